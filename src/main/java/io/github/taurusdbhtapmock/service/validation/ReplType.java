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
 * Table synchronization type: include_tables (whitelist) or exclude_tables (blacklist).
 * Null is valid: combine with {@code @NotNull} where the field is mandatory.
 */
@Documented
@Pattern(regexp = "include_tables|exclude_tables")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ReplType {

	String message() default "{validation.repl-type}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
