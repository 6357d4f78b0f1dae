package io.github.taurusdbhtapmock.service.instancesettings.wire;

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
 * An LTS log group or log stream id: a UUID as LTS gives them, or up to 64 letters,
 * digits and hyphens. Null is valid: combine with {@code @NotNull} where the field is
 * mandatory.
 */
@Documented
@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,63}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface LtsResourceId {

	String message() default "{validation.lts-resource-id}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
