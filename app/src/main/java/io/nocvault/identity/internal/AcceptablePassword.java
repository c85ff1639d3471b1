package io.nocvault.identity.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A new password that follows {@link Passwords#problem}; {@code null} and empty pass (combine with NotBlank). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptablePassword.Validator.class)
public @interface AcceptablePassword {

    String message() default "Unacceptable password";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the rule and reports its message. */
    class Validator implements ConstraintValidator<AcceptablePassword, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isEmpty()) {
                return true;
            }
            return Passwords.problem(value)
                    .map(message -> {
                        context.disableDefaultConstraintViolation();
                        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
                        return false;
                    })
                    .orElse(true);
        }
    }
}
