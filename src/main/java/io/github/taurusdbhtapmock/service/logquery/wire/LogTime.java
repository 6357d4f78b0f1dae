package io.github.taurusdbhtapmock.service.logquery.wire;

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
 * A time as the log queries take it: {@code yyyy-mm-ddThh:mm:ssZ}, Z the offset from UTC
 * such as +0800. Null is valid: combine with {@code @NotNull} where the field is
 * mandatory.
 */
@Documented
@Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{4}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface LogTime {

	String message() default "{validation.log-time}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
