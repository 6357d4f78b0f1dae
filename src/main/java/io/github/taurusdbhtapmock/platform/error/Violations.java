package io.github.taurusdbhtapmock.platform.error;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;

/**
 * Writes Bean Validation violations as one detail, "field: why; field: why", sorted by
 * field.
 */
public final class Violations {

	private Violations() {
	}

	public static ApiException.Detail detail(Collection<? extends ConstraintViolation<?>> violations) {
		return fieldErrors(violations.stream()
			.map((violation) -> violation.getPropertyPath() + ": " + violation.getMessage())
			.toList());
	}

	public static ApiException.Detail fieldErrors(List<String> fieldErrors) {
		return new ApiException.Detail("detail.violations",
				List.of(fieldErrors.stream().sorted().collect(Collectors.joining("; "))));
	}

}
