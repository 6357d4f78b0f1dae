package io.github.taurusdbhtapmock.admin.fault;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reports each cross-field problem of a fault rule on the JSON field to fix. */
class ConsistentFaultRuleValidator implements ConstraintValidator<ConsistentFaultRule, FaultRuleRequest> {

	@Override
	public boolean isValid(FaultRuleRequest rule, ConstraintValidatorContext context) {
		if (rule == null) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		boolean valid = true;
		if (rule.operation() == null && rule.method() == null && rule.path() == null) {
			valid = violation(context, "operation", "{validation.fault-matcher-missing}");
		}
		// an unknown or missing effect is reported on its own field; what the effect
		// needs is then moot
		if ("error".equals(rule.effect())) {
			valid &= errorRule(rule, context);
		}
		else if ("delay".equals(rule.effect())) {
			valid &= delayRule(rule, context);
		}
		else if ("drop".equals(rule.effect())) {
			valid &= onlyFor(context, "{validation.fault-error-only}", "status", rule.status(), "error_code",
					rule.errorCode(), "error_msg", rule.errorMsg());
			valid &= onlyFor(context, "{validation.fault-delay-only}", "delay_ms", rule.delayMs(), "delay_max_ms",
					rule.delayMaxMs());
		}
		return valid;
	}

	private static boolean errorRule(FaultRuleRequest rule, ConstraintValidatorContext context) {
		boolean valid = true;
		if (rule.status() == null) {
			valid = violation(context, "status", "{validation.fault-status-required}");
		}
		if (rule.errorCode() == null && rule.errorMsg() != null) {
			valid = violation(context, "error_code", "{validation.fault-error-pair}");
		}
		if (rule.errorMsg() == null && rule.errorCode() != null) {
			valid = violation(context, "error_msg", "{validation.fault-error-pair}");
		}
		return valid & onlyFor(context, "{validation.fault-delay-only}", "delay_ms", rule.delayMs(), "delay_max_ms",
				rule.delayMaxMs());
	}

	private static boolean delayRule(FaultRuleRequest rule, ConstraintValidatorContext context) {
		boolean valid = true;
		if (rule.delayMs() == null) {
			valid = violation(context, "delay_ms", "{validation.fault-delay-required}");
		}
		else if (rule.delayMaxMs() != null && rule.delayMaxMs() < rule.delayMs()) {
			valid = violation(context, "delay_max_ms", "{validation.fault-delay-range}");
		}
		return valid & onlyFor(context, "{validation.fault-error-only}", "status", rule.status(), "error_code",
				rule.errorCode(), "error_msg", rule.errorMsg());
	}

	/**
	 * Flags each named field that is set; {@code fieldsAndValues} alternates JSON names
	 * and values.
	 */
	private static boolean onlyFor(ConstraintValidatorContext context, String message, Object... fieldsAndValues) {
		boolean valid = true;
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			if (fieldsAndValues[i + 1] != null) {
				valid = violation(context, (String) fieldsAndValues[i], message);
			}
		}
		return valid;
	}

	private static boolean violation(ConstraintValidatorContext context, String field, String message) {
		context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
		return false;
	}

}
