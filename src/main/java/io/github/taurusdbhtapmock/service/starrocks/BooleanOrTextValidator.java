package io.github.taurusdbhtapmock.service.starrocks;

import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link BooleanOrText}. */
class BooleanOrTextValidator implements ConstraintValidator<BooleanOrText, Object> {

	private static final Set<String> TEXTS = Set.of("true", "false", "");

	@Override
	public boolean isValid(Object value, ConstraintValidatorContext context) {
		return value == null || value instanceof Boolean || (value instanceof String text && TEXTS.contains(text));
	}

}
