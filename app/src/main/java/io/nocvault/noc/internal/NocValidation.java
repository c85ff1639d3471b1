package io.nocvault.noc.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every rule a NOC must satisfy before it is stored: field constraints of {@link NocCommand}, the jump server rules
 * (username and at least one credential when a host is given) and a usable private key.
 */
@Component
class NocValidation {

    static final String NEEDS_HOST =
            "Enter the jump server host, or leave the jump server fields empty to reach " + "this NOC directly";
    static final String NEEDS_USERNAME = "Enter the username for the jump server";
    static final String NEEDS_CREDENTIAL = "A jump server needs a password or a private key";

    private final Validator validator;

    NocValidation(Validator validator) {
        this.validator = validator;
    }

    /** The problems of {@code command} applied to {@code existing} (null when creating). */
    List<FieldProblem> problems(NocCommand command, Noc existing) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<ConstraintViolation<NocCommand>> violations = validator.validate(command);
        violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage())));
        if (command.hasJumpServer()) {
            jumpServerProblems(command, existing, problems);
        } else if (command.hasJumpDetails()) {
            problems.add(new FieldProblem("jumpHost", NEEDS_HOST));
        }
        return problems;
    }

    private static void jumpServerProblems(NocCommand command, Noc existing, List<FieldProblem> problems) {
        if (command.jumpUsername() == null) {
            problems.add(new FieldProblem("jumpUsername", NEEDS_USERNAME));
        }
        String key = command.jumpPrivateKey();
        if (key != null && key.length() <= NocCommand.PRIVATE_KEY_MAX) {
            PrivateKeyCheck.problem(key)
                    .ifPresent(message -> problems.add(new FieldProblem("jumpPrivateKey", message)));
        }
        if (!willHavePassword(command, existing) && !willHavePrivateKey(command, existing)) {
            problems.add(new FieldProblem("jumpPassword", NEEDS_CREDENTIAL));
        }
    }

    static boolean willHavePassword(NocCommand command, Noc existing) {
        if (command.jumpPassword() != null) {
            return true;
        }
        return !command.clearJumpPassword() && existing != null && existing.getJumpPasswordSealed() != null;
    }

    static boolean willHavePrivateKey(NocCommand command, Noc existing) {
        if (command.jumpPrivateKey() != null) {
            return true;
        }
        return !command.clearJumpPrivateKey() && existing != null && existing.getJumpPrivateKeySealed() != null;
    }
}
