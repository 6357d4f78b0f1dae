package io.github.taurusdbhtapmock.service.instancesettings.wire;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a field the SDK declares a string that a known client sends as a number: a JSON
 * string as it is, or a JSON whole number as its digits. A fraction, a boolean or a
 * structure is the wrong JSON type, refused as any other.
 */
public final class JsonWholeNumberOrText extends ValueDeserializer<String> {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT) {
			return parser.getString();
		}
		return (String) context.handleUnexpectedToken(String.class, parser);
	}

}
