package io.nocvault.inventory.internal;

import io.nocvault.common.FieldErrorsException;
import java.util.List;

/** Input that breaks the inventory's rules: answered with 400 and the field problems. */
public class InvalidInputException extends FieldErrorsException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(
                "Invalid device: "
                        + problems.stream()
                                .map(p -> p.field() + ": " + p.message())
                                .toList(),
                problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
