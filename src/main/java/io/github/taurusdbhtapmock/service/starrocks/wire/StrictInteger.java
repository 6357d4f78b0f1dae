package io.github.taurusdbhtapmock.service.starrocks.wire;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads an integer field only from a JSON integer: the string "1" is refused as a wrong
 * JSON type, as the gateway refuses a number where a string belongs, rather than coerced.
 */
class StrictInteger extends ValueDeserializer<Integer> {

	@Override
	public Integer deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
			return parser.getIntValue();
		}
		return (Integer) context.handleUnexpectedToken(Integer.class, parser);
	}

}
