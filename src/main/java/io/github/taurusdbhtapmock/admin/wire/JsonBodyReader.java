package io.github.taurusdbhtapmock.admin.wire;

import java.util.Collection;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.error.JsonMistakes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON body of a control-plane call, whichever way it came (an HTTP body or a
 * Java string), and refuses what it cannot read with
 * {@link ErrorCode#CONTROL_PLANE_BAD_REQUEST} naming the field: the one place such a body
 * is parsed, so a malformed one gets the same explanation from every door, and the
 * control plane's code rather than the emulated API's.
 */
@Component
public class JsonBodyReader {

	private final JsonMapper json;

	public JsonBodyReader(JsonMapper json) {
		this.json = json;
	}

	public <T> T read(String body, Class<T> type) {
		return read(body, this.json.readerFor(type));
	}

	/**
	 * With a reader of the caller's (one that refuses unknown fields, for instance); the
	 * unknown-field refusal it may raise is worded for fault rules, the only body read
	 * that strictly.
	 */
	public <T> T read(String body, ObjectReader reader) {
		if (body == null || body.isBlank()) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.body-missing");
		}
		T value;
		try {
			value = reader.readValue(body);
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
					JsonMistakes.path(ex.getPath()), JsonMistakes.expectedType(ex.getTargetType()));
		}
		catch (JacksonException ex) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.body-not-json",
					JsonMistakes.parserMessage(ex));
		}
		if (value == null) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.body-not-object");
		}
		return value;
	}

	private static String knownFields(Collection<Object> known) {
		return (known == null) ? "" : known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
	}

}
