package io.github.taurusdbhtapmock.platform.validation;

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
 * A StarRocks instance ID: 36 letters or digits ending in {@code in17}, or {@code in07}
 * as some official pages document. Null is valid: combine with {@code @NotNull} where the
 * field is mandatory.
 */
@Documented
@Pattern(regexp = "[A-Za-z0-9]{32}in[01]7")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface StarRocksInstanceId {

	String message() default "{validation.starrocks-instance-id}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
