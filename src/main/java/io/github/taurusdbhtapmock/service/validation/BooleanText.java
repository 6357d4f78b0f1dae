package io.github.taurusdbhtapmock.service.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * A boolean sent as a JSON string, as the API does everywhere: "true" or "false". Null is
 * valid: combine with {@code @NotNull} where the field is mandatory.
 */
@Documented
@Pattern(regexp = "true|false")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface BooleanText {

	String message() default "{validation.boolean-text}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
