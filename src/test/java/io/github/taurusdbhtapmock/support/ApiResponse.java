package io.github.taurusdbhtapmock.support;

import java.net.http.HttpHeaders;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A reply as the wire carried it, with assertions for the API's documented shapes. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public JsonNode json() {
		return JSON.readTree(this.body);
	}

	/**
	 * The body read as one of the control plane's published records
	 * ({@code io.github.taurusdbhtapmock.admin.api}); a field the record does not have
	 * fails the test.
	 */
	public <T> T as(Class<T> type) {
		return strictReader(type).readValue(this.body);
	}

	/** One field of the body, read as {@link #as(Class)} reads the whole. */
	public <T> T as(String field, Class<T> type) {
		JsonNode node = json().get(field);
		assertThat(node).as("field %s of %s", field, this.body).isNotNull();
		return strictReader(type).readValue(node);
	}

	private static ObjectReader strictReader(Class<?> type) {
		return JSON.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
	}

	public String text(String field) {
		JsonNode node = json().get(field);
		assertThat(node).as("field %s of %s", field, this.body).isNotNull();
		assertThat(node.isString()).as("field %s of %s is a JSON string", field, this.body).isTrue();
		return node.asString();
	}

	public String header(String name) {
		return this.headers.firstValue(name).orElse(null);
	}

	/** 200 with a JSON body. */
	public ApiResponse assertOk() {
		assertThat(this.status).as("status of reply %s", this.body).isEqualTo(200);
		assertJsonReply();
		return this;
	}

	/**
	 * The documented error shape: {@code {"error_code","error_msg"}} (plus request_id for
	 * gateway codes), the given status and code, and an error_msg starting with the
	 * documented sentence.
	 */
	public ApiResponse assertError(int status, String code, String messageStart) {
		assertThat(this.status).as("status of reply %s", this.body).isEqualTo(status);
		assertJsonReply();
		JsonNode json = json();
		assertThat(json.get("error_code").asString()).as(this.body).isEqualTo(code);
		assertThat(json.get("error_msg").asString()).as(this.body).startsWith(messageStart);
		if (code.startsWith("APIGW.")) {
			assertThat(json.propertyNames()).containsExactlyInAnyOrder("error_code", "error_msg", "request_id");
			assertThat(json.get("request_id").asString()).isEqualTo(header("X-Request-Id"));
		}
		else {
			assertThat(json.propertyNames()).containsExactlyInAnyOrder("error_code", "error_msg");
		}
		return this;
	}

	public String errorMessage() {
		return json().get("error_msg").asString();
	}

	private void assertJsonReply() {
		assertThat(header("Content-Type")).as("Content-Type").isEqualToIgnoringCase("application/json;charset=UTF-8");
		assertThat(header("X-Request-Id")).as("X-Request-Id").matches("[0-9a-f]{32}");
	}

}
