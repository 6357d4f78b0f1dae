package io.github.taurusdbhtapmock.platform.error;

import java.util.Collection;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import tools.jackson.core.JacksonException;

/**
 * How a refusal names what is wrong with a JSON body, the same for the emulated API and
 * the control plane: the field as the client wrote it, the JSON type it needed, and what
 * the parser said.
 */
public final class JsonMistakes {

	/** The parser's message may quote a token of any length from the body. */
	private static final int MAX_PARSER_MESSAGE = 200;

	private JsonMistakes() {
	}

	/** {@code db_configs[0].value}, as the client wrote it. */
	public static String path(Collection<JacksonException.Reference> path) {
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

	/** The JSON type a field needed, as a message resolved in the caller's language. */
	public static DefaultMessageSourceResolvable expectedType(Class<?> target) {
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

	/** The parser's first line, cut short, and where it stopped. */
	public static String parserMessage(JacksonException ex) {
		String where = (ex.getLocation() != null && ex.getLocation().getLineNr() > 0)
				? " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")" : "";
		String message = ex.getOriginalMessage().lines().findFirst().orElse("");
		return ((message.length() > MAX_PARSER_MESSAGE) ? message.substring(0, MAX_PARSER_MESSAGE) + "..." : message)
				+ where;
	}

}
