package io.github.taurusdbhtapmock.service.dbuser.wire;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a field the SDK declares as an Integer exactly as the SDK's strict deserializer
 * does: a JSON whole number that fits an int. A string ("3"), a fraction (3.5) or a
 * boolean is refused, never coerced, so a client that sends the wrong JSON type learns it
 * here rather than from the real service.
 */
final class StrictInteger extends ValueDeserializer<Integer> {

	@Override
	public Integer deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT
				&& parser.getNumberType() == JsonParser.NumberType.INT) {
			return parser.getIntValue();
		}
		return (Integer) context.handleUnexpectedToken(Integer.class, parser);
	}

}
