package io.github.taurusdbhtapmock.service.catalogue;

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
 * How an instance spreads over availability zones: single or multi. Null is valid.
 */
@Documented
@Pattern(regexp = "single|multi")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface AvailabilityZoneMode {

	String message() default "{validation.availability-zone-mode}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
