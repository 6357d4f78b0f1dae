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
 * A source (TaurusDB) database name: 3 to 1024 letters, digits or underscores. Null is
 * valid: combine with {@code @NotNull} where the field is mandatory.
 */
@Documented
@Pattern(regexp = "[A-Za-z0-9_]{3,1024}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface SourceDatabaseName {

	String message() default "{validation.source-database-name}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
