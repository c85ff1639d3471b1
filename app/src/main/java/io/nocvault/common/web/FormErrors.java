package io.nocvault.common.web;

import io.nocvault.common.FieldMessage;
import java.util.Collection;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;

/** Field problems shown on a form again: each field of the model attribute {@code form} shows its message. */
public final class FormErrors {

    private FormErrors() {}

    /** Adds the problems as the binding result of the model attribute {@code form}. */
    public static void show(Model model, Object form, Collection<? extends FieldMessage> problems) {
        BindingResult result = new DirectFieldBindingResult(form, "form");
        for (FieldMessage problem : problems) {
            result.rejectValue(problem.field(), "invalid", problem.message());
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
    }
}
