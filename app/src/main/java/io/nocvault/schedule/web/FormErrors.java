package io.nocvault.schedule.web;

import io.nocvault.schedule.internal.FieldProblem;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;

/** Field problems as a {@link BindingResult} for a form shown again, so that each field shows its message. */
final class FormErrors {

    private FormErrors() {}

    static BindingResult of(Object form, List<FieldProblem> problems) {
        BindingResult result = new DirectFieldBindingResult(form, "form");
        for (FieldProblem problem : problems) {
            result.rejectValue(problem.field(), "invalid", problem.message());
        }
        return result;
    }
}
