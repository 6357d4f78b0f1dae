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
 * A record offset: a whole number from 0, sent as a string. Null is valid: combine with
 * {@code @NotNull} where the field is mandatory.
 */
@Documented
@Pattern(regexp = "0|[1-9][0-9]{0,8}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PageOffset {

	String message() default "{validation.page-offset}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
