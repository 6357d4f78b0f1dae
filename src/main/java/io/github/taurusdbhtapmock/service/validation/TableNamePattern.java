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
 * A table name in a whitelist or blacklist: letters, digits, underscores, and the
 * wildcards * and ? (allowed only with is_support_reg_exp), optionally qualified by a
 * database name ({@code db.table}) for instance-level sync. Null is valid: combine with
 * {@code @NotNull} where the field is mandatory.
 */
@Documented
@Pattern(regexp = "[A-Za-z0-9_*?]{1,512}(\\.[A-Za-z0-9_*?]{1,512})?")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface TableNamePattern {

	String message() default "{validation.table-name-pattern}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
