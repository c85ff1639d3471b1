package io.nocvault.noc.web;

import io.nocvault.noc.internal.FieldProblem;
import io.nocvault.noc.internal.NocCommand;
import io.nocvault.noc.internal.NocDetails;
import java.util.ArrayList;
import java.util.List;

/**
 * The NOC form. The secret fields are never sent back to the browser: {@link #withoutSecrets()} is what a form
 * with errors shows again, and {@link #toString()} hides them.
 */
record NocForm(
        String name,
        String description,
        String location,
        String contactPerson,
        String contactEmail,
        String contactPhone,
        String jumpHost,
        String jumpPort,
        String jumpUsername,
        String jumpPassword,
        String jumpPasswordConfirm,
        String jumpPrivateKey,
        Boolean clearJumpPassword,
        Boolean clearJumpPrivateKey) {

    static final String PASSWORDS_DIFFER = "The passwords do not match";
    static final int REDISPLAY_LIMIT = 2000;
    static final String BAD_PORT = "Enter a port between 1 and 65535";

    static NocForm empty() {
        return new NocForm(null, null, null, null, null, null, null, "22", null, null, null, null, false, false);
    }

    static NocForm of(NocDetails noc) {
        return new NocForm(
                noc.name(),
                noc.description(),
                noc.location(),
                noc.contactPerson(),
                noc.contactEmail(),
                noc.contactPhone(),
                noc.jumpHost(),
                String.valueOf(noc.jumpPort() == null ? 22 : noc.jumpPort()),
                noc.jumpUsername(),
                null,
                null,
                null,
                false,
                false);
    }

    /** The command this form asks for, and what is wrong with the form itself (port, password confirmation). */
    Parsed parse() {
        List<FieldProblem> problems = new ArrayList<>();
        Integer port = null;
        String portText = jumpPort == null ? "" : jumpPort.strip();
        if (!portText.isEmpty()) {
            try {
                port = Integer.valueOf(portText);
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("jumpPort", BAD_PORT));
            }
        }
        String password = jumpPassword == null ? "" : jumpPassword;
        String confirm = jumpPasswordConfirm == null ? "" : jumpPasswordConfirm;
        if (!password.equals(confirm)) {
            problems.add(new FieldProblem("jumpPasswordConfirm", PASSWORDS_DIFFER));
        }
        NocCommand command = new NocCommand(
                name,
                description,
                location,
                contactPerson,
                contactEmail,
                contactPhone,
                jumpHost,
                port,
                jumpUsername,
                jumpPassword,
                jumpPrivateKey,
                Boolean.TRUE.equals(clearJumpPassword),
                Boolean.TRUE.equals(clearJumpPrivateKey));
        return new Parsed(command, problems);
    }

    /** This form with the secret fields emptied and absurdly long values cut, to show again. */
    NocForm withoutSecrets() {
        return new NocForm(
                redisplay(name),
                redisplay(description),
                redisplay(location),
                redisplay(contactPerson),
                redisplay(contactEmail),
                redisplay(contactPhone),
                redisplay(jumpHost),
                redisplay(jumpPort),
                redisplay(jumpUsername),
                null,
                null,
                null,
                clearJumpPassword,
                clearJumpPrivateKey);
    }

    /** Input far beyond any field's limit is not echoed back whole (the field's message says it is too long). */
    private static String redisplay(String value) {
        return value == null || value.length() <= REDISPLAY_LIMIT ? value : value.substring(0, REDISPLAY_LIMIT);
    }

    @Override
    public String toString() {
        return "NocForm[name=" + name + ", jumpHost=" + jumpHost + ", secrets hidden]";
    }

    record Parsed(NocCommand command, List<FieldProblem> problems) {}
}
