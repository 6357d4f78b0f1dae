package io.github.taurusdbhtapmock.service.starrocks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/** A StarRocks node id: 32 letters or digits and the suffix no17. Null is valid. */
@Documented
@Pattern(regexp = "[A-Za-z0-9]{32}no17")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface StarRocksNodeId {

	String message() default "{validation.starrocks-node-id}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
