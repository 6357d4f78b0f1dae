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
 * A fuzzy database-name filter: 3 to 128 characters, or empty, which the official request
 * example sends to mean no filter. Null is valid: the parameter is optional.
 */
@Documented
@Pattern(regexp = "(?s)(.{3,128})?")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface DatabaseNameFilter {

	String message() default "{validation.database-name-filter}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
