package io.github.taurusdbhtapmock.admin.wire;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
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

	private static final int MAX_PARSER_MESSAGE = 200;

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
					jsonPath(ex.getPath()), jsonType(ex.getTargetType()));
		}
		catch (JacksonException ex) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.body-not-json", describe(ex));
		}
		if (value == null) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.body-not-object");
		}
		return value;
	}

	private static String knownFields(Collection<Object> known) {
		return (known == null) ? "" : known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
	}

	/** {@code projects[0].starrocks_instances[1].be_nodes}, as the caller wrote it. */
	private static String jsonPath(List<JacksonException.Reference> path) {
		StringBuilder text = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				text.append(text.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				text.append('[').append(reference.getIndex()).append(']');
			}
		}
		return text.toString();
	}

	/** The JSON type the field needed, resolved in the caller's language. */
	private static DefaultMessageSourceResolvable jsonType(Class<?> target) {
		String kind = "object";
		if (target == null || CharSequence.class.isAssignableFrom(target) || target.isEnum()) {
			kind = "string";
		}
		else if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
			kind = "number";
		}
		else if (target == Boolean.class || target == boolean.class) {
			kind = "boolean";
		}
		else if (Collection.class.isAssignableFrom(target) || target.isArray()) {
			kind = "array";
		}
		return new DefaultMessageSourceResolvable("json-type." + kind);
	}

	/**
	 * The parser's first line, cut short (it may quote a token of any length from the
	 * body), and where it stopped.
	 */
	private static String describe(JacksonException ex) {
		String where = (ex.getLocation() != null && ex.getLocation().getLineNr() > 0)
				? " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")" : "";
		String message = ex.getOriginalMessage().lines().findFirst().orElse("");
		return ((message.length() > MAX_PARSER_MESSAGE) ? message.substring(0, MAX_PARSER_MESSAGE) + "..." : message)
				+ where;
	}

}
