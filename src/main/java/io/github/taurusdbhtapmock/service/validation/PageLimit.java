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
 * A page size: a whole number from 1 to 100, sent as a string. Null is valid: combine
 * with {@code @NotNull} where the field is mandatory.
 */
@Documented
@Pattern(regexp = "[1-9][0-9]?|100")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PageLimit {

	String message() default "{validation.page-limit}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
