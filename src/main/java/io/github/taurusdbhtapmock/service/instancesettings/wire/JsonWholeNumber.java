package io.github.taurusdbhtapmock.service.instancesettings.wire;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a field the SDK declares an integer only from a JSON whole number: a string, a
 * fraction or a boolean is the wrong JSON type, refused as any other. A whole number too
 * large for the field reads as the largest (or smallest) int, so that the field's range
 * refuses it with its own message.
 */
public final class JsonWholeNumber extends ValueDeserializer<Integer> {

	@Override
	public Integer deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
			return (Integer) context.handleUnexpectedToken(Integer.class, parser);
		}
		if (parser.getNumberType() == JsonParser.NumberType.INT) {
			return parser.getIntValue();
		}
		return (parser.getBigIntegerValue().signum() > 0) ? Integer.MAX_VALUE : Integer.MIN_VALUE;
	}

}
