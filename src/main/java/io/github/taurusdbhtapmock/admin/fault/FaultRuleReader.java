package io.github.taurusdbhtapmock.admin.fault;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.error.Violations;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the bytes of {@code POST /_emulator/faults} into a checked
 * {@link FaultRuleRequest}, or refuses them with
 * {@link ErrorCode#CONTROL_PLANE_BAD_REQUEST} naming the field. The body is parsed here
 * rather than by Spring MVC so that a control-plane mistake gets the control plane's
 * code, not the API's, and so that an unknown field (a misspelt {@code times}) is refused
 * instead of silently ignored.
 */
@Component
class FaultRuleReader {

	private static final int MAX_PARSER_MESSAGE = 200;

	/**
	 * Far more than any rule needs; a bound so that a runaway client cannot make the
	 * emulator buffer without end.
	 */
	private static final int MAX_BODY_BYTES = 64 * 1024;

	private final ObjectReader reader;

	private final Validator validator;

	private final SdkOperationCatalogue operations;

	FaultRuleReader(JsonMapper json, Validator validator, SdkOperationCatalogue operations) {
		this.reader = json.readerFor(FaultRuleRequest.class)
			.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
		this.validator = validator;
		this.operations = operations;
	}

	FaultRuleRequest read(InputStream in) throws IOException {
		byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.control-plane-body-too-large",
					String.valueOf(MAX_BODY_BYTES));
		}
		FaultRuleRequest rule = parse(body);
		Set<ConstraintViolation<FaultRuleRequest>> violations = this.validator.validate(rule);
		if (!violations.isEmpty()) {
			throw badRequest(Violations.detail(violations));
		}
		if (rule.operation() != null && !this.operations.names().contains(rule.operation())) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.unknown-operation", rule.operation(),
					String.join(", ", this.operations.names()));
		}
		return rule;
	}

	private FaultRuleRequest parse(byte[] body) {
		if (body.length == 0) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.body-missing");
		}
		FaultRuleRequest rule;
		try {
			rule = this.reader.readValue(body);
		}
		catch (UnrecognizedPropertyException ex) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.unknown-field", ex.getPropertyName(),
					knownFields(ex.getKnownPropertyIds()));
		}
		catch (MismatchedInputException ex) {
			if (ex.getPath().isEmpty()) {
				throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.body-not-object");
			}
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.wrong-json-type",
					ex.getPath().get(ex.getPath().size() - 1).getPropertyName(), jsonType(ex.getTargetType()));
		}
		catch (JacksonException ex) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.body-not-json", describe(ex));
		}
		if (rule == null) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.body-not-object");
		}
		return rule;
	}

	/**
	 * The parser's first line, cut short: it may quote a token of any length from the
	 * body.
	 */
	private static String describe(JacksonException ex) {
		String message = ex.getOriginalMessage().lines().findFirst().orElse("");
		return (message.length() > MAX_PARSER_MESSAGE) ? message.substring(0, MAX_PARSER_MESSAGE) + "..." : message;
	}

	private static String knownFields(Collection<Object> known) {
		return (known == null) ? "" : known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
	}

	private static DefaultMessageSourceResolvable jsonType(Class<?> target) {
		boolean text = target == null || CharSequence.class.isAssignableFrom(target);
		return new DefaultMessageSourceResolvable(text ? "json-type.string" : "json-type.number");
	}

	private static ApiException badRequest(ApiException.Detail detail) {
		return new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, detail);
	}

}
