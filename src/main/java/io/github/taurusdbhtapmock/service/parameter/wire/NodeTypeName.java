package io.github.taurusdbhtapmock.service.parameter.wire;

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
 * A node type: {@code fe} (frontends) or {@code be} (backends). Null is valid: combine
 * with {@code @NotNull} where it is mandatory.
 */
@Documented
@Pattern(regexp = "fe|be")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface NodeTypeName {

	String message() default "{validation.node-type}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
