package io.nocvault.noc.internal;

import io.nocvault.common.FieldErrorsException;
import java.util.List;

/** Input that breaks the rules of the noc module: answered with 400 and the field problems. */
public class InvalidInputException extends FieldErrorsException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input: " + problems.stream().map(FieldProblem::field).toList(), problems);
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
