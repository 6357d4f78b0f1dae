package io.github.taurusdbhtapmock.service.starrocks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A flag sent either as a JSON boolean (as the SDK declares it) or as the string "true",
 * "false" or "" (as the Terraform provider sends it; "" means false). Null is valid.
 */
@Documented
@Constraint(validatedBy = BooleanOrTextValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface BooleanOrText {

	String message() default "{validation.boolean-or-text}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
