package io.github.taurusdbhtapmock.client;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reply as the wire carried it, with assertions for the control plane's documented
 * shapes; {@link #json()} is read with the kit's own {@link Json}.
 */
record ProbeReply(int status, HttpHeaders headers, String body) {

	Object json() {
		return Json.parse(this.body);
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> object() {
		Object json = json();
		assertThat(json).as("a JSON object: %s", this.body).isInstanceOf(Map.class);
		return (Map<String, Object>) json;
	}

	/**
	 * The value at a JSON pointer such as {@code /jobs/0/id}; null when there is none.
	 */
	Object at(String pointer) {
		Object node = json();
		for (String step : pointer.substring(1).split("/")) {
			if (node instanceof Map<?, ?> map) {
				node = map.get(step);
			}
			else if (node instanceof List<?> list) {
				int index = Integer.parseInt(step);
				node = (index < list.size()) ? list.get(index) : null;
			}
			else {
				return null;
			}
		}
		return node;
	}

	String text(String field) {
		Object value = object().get(field);
		assertThat(value).as("field %s of %s is a JSON string", field, this.body).isInstanceOf(String.class);
		return (String) value;
	}

	String header(String name) {
		return this.headers.firstValue(name).orElse(null);
	}

	/** 200 with a JSON body. */
	ProbeReply assertOk() {
		assertThat(this.status).as("status of reply %s", this.body).isEqualTo(200);
		assertJsonReply();
		return this;
	}

	/**
	 * The control plane's error shape, {@code {"error_code","error_msg"}}, the given
	 * status and code, and an error_msg starting with the given text.
	 */
	ProbeReply assertError(int status, String code, String messageStart) {
		assertThat(this.status).as("status of reply %s", this.body).isEqualTo(status);
		assertJsonReply();
		Map<String, Object> json = object();
		assertThat(json.get("error_code")).as(this.body).isEqualTo(code);
		assertThat((String) json.get("error_msg")).as(this.body).startsWith(messageStart);
		assertThat(json.keySet()).containsExactlyInAnyOrder("error_code", "error_msg");
		return this;
	}

	String errorMessage() {
		return text("error_msg");
	}

	private void assertJsonReply() {
		assertThat(header("Content-Type")).as("Content-Type").isEqualToIgnoringCase("application/json;charset=UTF-8");
		assertThat(header("X-Request-Id")).as("X-Request-Id").matches("[0-9a-f]{32}");
	}

}
