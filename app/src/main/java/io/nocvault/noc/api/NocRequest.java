package io.nocvault.noc.api;

import io.nocvault.noc.internal.NocCommand;

/**
 * The JSON body of creating or updating a NOC. Absent or empty {@code jumpPassword}/{@code jumpPrivateKey} keep
 * the stored secret on update; {@code clearJumpPassword}/{@code clearJumpPrivateKey} remove it. An absent or empty
 * {@code jumpHost} means the NOC is reached directly. {@link #toString()} never shows a secret.
 */
record NocRequest(
        String name,
        String description,
        String location,
        String contactPerson,
        String contactEmail,
        String contactPhone,
        String jumpHost,
        Integer jumpPort,
        String jumpUsername,
        String jumpPassword,
        String jumpPrivateKey,
        Boolean clearJumpPassword,
        Boolean clearJumpPrivateKey) {

    NocCommand toCommand() {
        return new NocCommand(
                name,
                description,
                location,
                contactPerson,
                contactEmail,
                contactPhone,
                jumpHost,
                jumpPort,
                jumpUsername,
                jumpPassword,
                jumpPrivateKey,
                Boolean.TRUE.equals(clearJumpPassword),
                Boolean.TRUE.equals(clearJumpPrivateKey));
    }

    @Override
    public String toString() {
        return toCommand().toString();
    }
}
