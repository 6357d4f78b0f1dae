package io.github.taurusdbhtapmock.service.instancesettings.wire;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a field the SDK declares a boolean only from JSON true or false: the string
 * "true" or a number is the wrong JSON type, refused as any other.
 */
public final class JsonBooleanOnly extends ValueDeserializer<Boolean> {

	@Override
	public Boolean deserialize(JsonParser parser, DeserializationContext context) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
			return token == JsonToken.VALUE_TRUE;
		}
		return (Boolean) context.handleUnexpectedToken(Boolean.class, parser);
	}

}
