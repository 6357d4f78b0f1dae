package io.github.taurusdbhtapmock.platform.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;

/**
 * The content type of every reply: the official SDK only parses bodies labelled
 * application/json.
 */
public final class ApiMediaType {

	public static final String JSON_UTF8_VALUE = "application/json;charset=UTF-8";

	public static final MediaType JSON_UTF8 = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

	private ApiMediaType() {
	}

}
