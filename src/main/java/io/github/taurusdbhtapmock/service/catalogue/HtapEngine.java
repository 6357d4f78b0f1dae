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
 * An HTAP engine the catalogue knows: star-rocks, the only one of HTAP Standard Edition,
 * so an unknown engine is a parameter error rather than an empty catalogue. Null is
 * valid.
 */
@Documented
@Pattern(regexp = "star-rocks")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface HtapEngine {

	String message() default "{validation.htap-engine}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
