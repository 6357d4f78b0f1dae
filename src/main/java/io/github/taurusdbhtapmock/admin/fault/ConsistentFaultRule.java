package io.github.taurusdbhtapmock.admin.fault;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The checks of a {@link FaultRuleRequest} that relate its fields: a rule names which
 * requests it applies to, has what its effect needs, and carries nothing meant for
 * another effect (a {@code delay_ms} on an error rule is a mistake worth reporting, not
 * ignoring). Each violation names the field to fix.
 */
@Documented
@Constraint(validatedBy = ConsistentFaultRuleValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentFaultRule {

	String message() default "{validation.fault-rule}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
