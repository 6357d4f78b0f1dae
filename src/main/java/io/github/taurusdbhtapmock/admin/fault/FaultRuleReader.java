package io.github.taurusdbhtapmock.admin.fault;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.admin.api.FaultDefinition;
import io.github.taurusdbhtapmock.admin.wire.JsonBodyReader;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.error.Violations;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a fault rule, as the JSON body of {@code POST /_emulator/faults} or as a
 * {@link FaultDefinition}, into a checked {@link FaultRuleRequest}, or refuses it with
 * {@link ErrorCode#CONTROL_PLANE_BAD_REQUEST} naming every field at fault. Both forms
 * meet the same checks. JSON is read strictly: an unknown field (a misspelt
 * {@code times}) is refused instead of silently ignored, and so is a fraction where a
 * whole number belongs.
 */
@Component
public class FaultRuleReader {

	/**
	 * Far more than any rule needs; a bound so that a runaway client cannot make the
	 * emulator buffer without end.
	 */
	public static final int MAX_BODY_BYTES = 64 * 1024;

	private final ObjectReader reader;

	private final JsonBodyReader bodies;

	private final Validator validator;

	private final SdkOperationCatalogue operations;

	FaultRuleReader(JsonMapper json, JsonBodyReader bodies, Validator validator, SdkOperationCatalogue operations) {
		this.reader = json.readerFor(FaultRuleRequest.class)
			.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
		this.bodies = bodies;
		this.validator = validator;
		this.operations = operations;
	}

	public FaultRuleRequest read(String json) {
		if (json != null && json.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.control-plane-body-too-large",
					String.valueOf(MAX_BODY_BYTES));
		}
		return check(this.bodies.read(json, this.reader));
	}

	public FaultRuleRequest read(FaultDefinition rule) {
		return check(FaultRuleRequest.of(Objects.requireNonNull(rule, "rule")));
	}

	private FaultRuleRequest check(FaultRuleRequest rule) {
		Set<ConstraintViolation<FaultRuleRequest>> violations = this.validator.validate(rule);
		if (!violations.isEmpty()) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, Violations.detail(violations));
		}
		if (rule.operation() != null && !this.operations.names().contains(rule.operation())) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.unknown-operation", rule.operation(),
					String.join(", ", this.operations.names()));
		}
		return rule;
	}

}
