package io.nocvault.notify.internal;

import io.nocvault.common.FieldErrorsException;
import java.util.List;

/** Input that breaks the rules of the notify module: answered with 400 and the field problems. */
public class InvalidInputException extends FieldErrorsException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input: " + problems.stream().map(FieldProblem::field).toList(), problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
