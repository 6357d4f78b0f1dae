package io.github.taurusdbhtapmock.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.github.taurusdbhtapmock.support.ApiClient;

/**
 * Generates requests to the emulated API that are wrong in the ways clients get things
 * wrong: values of the wrong JSON type, huge and odd strings, missing and repeated
 * fields, unknown enum values, invalid or deeply nested JSON, wrong content types, bad
 * percent-encodings, oversized headers, wrong methods. The same seed gives the same
 * requests, so a failure can be replayed.
 */
final class BadRequestGenerator {

	/** The write operations and a body each would accept. */
	private static final List<Operation> OPERATIONS = List.of(
			new Operation("POST", "",
					Map.of("source_instance_id", ApiClient.SOURCE_INSTANCE, "source_database", "src_db",
							"target_database", "@target", "task_name", "@task")),
			new Operation("PUT", "",
					Map.of("task_name", "@existing", "db_configs",
							List.of(Map.of("param_name", "sync_view", "value", "true")), "tables_configs",
							List.of(Map.of("table_name", "t1", "table_config", "order by id")), "table_repl_config",
							Map.of("repl_type", "include_tables", "repl_scope", "part", "tables", List.of("t1")))),
			new Operation("POST", "/table-config-check",
					Map.of("task_name", "@task", "is_create_task", "true", "source_instance_id",
							ApiClient.SOURCE_INSTANCE, "source_database_name", "sales", "target_database_name",
							"@target", "tables_configs",
							List.of(Map.of("table_name", "orders", "table_config", "order by id")))),
			new Operation("POST", "/database-config-check",
					Map.of("task_name", "@task", "source_instance_id", ApiClient.SOURCE_INSTANCE,
							"source_database_name", "sales", "target_database_name", "@target")),
			new Operation("POST", "/pause", Map.of("task_name", "@existing")),
			new Operation("POST", "/resume", Map.of("task_name", "@existing")),
			new Operation("DELETE", "", Map.of("task_name", "@existing")));

	private static final List<String> QUERIES = List.of("/configuration?task_name=", "?limit=", "?offset=",
			"/configuration/", "/database-parameters?main_task_name=");

	private static final List<Object> WRONG_TYPES = List.of(0, -1, 1.5, 1e308, true, false, List.of(), List.of("x"),
			Map.of(), Map.of("a", "b"));

	private static final List<String> ODD_STRINGS = List.of("", " ", "ab", "a b", "x\u0000y", "tab\there",
			"line\nbreak", "名前", "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", "'; DROP TABLE tasks; --",
			"<script>alert(1)</script>", "${jndi:ldap://x}", "../../etc/passwd", "%s%s%n", "\\u0000", "NaN", "true",
			"null", "ALL", "src_db", "in17", "_", "___", "a".repeat(129), "b".repeat(1025));

	private final Random random;

	private final String existingTask;

	private int counter;

	BadRequestGenerator(long seed, String existingTask) {
		this.random = new Random(seed);
		this.existingTask = existingTask;
	}

	/**
	 * The next request: raw bytes for the socket, and whether it writes (so a refusal
	 * must change nothing).
	 */
	Request next() {
		int kind = this.random.nextInt(12);
		return switch (kind) {
			case 0, 1, 2 -> jsonRequest(mutateValue(body()));
			case 3 -> jsonRequest(mutateKeys(body()));
			case 4 -> raw(pick(OPERATIONS), invalidJson(), "application/json");
			case 5 -> raw(pick(OPERATIONS), deepJson(), "application/json");
			case 6 -> raw(pick(OPERATIONS), toJson(body().values()),
					pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
							"multipart/form-data; boundary=x", "", "json", "application/json; charset=latin1")));
			case 7 -> get(REPLICATION + pick(QUERIES) + pick(List.of("%zz", "%", "%e0%80", "%C0%AF", "a%00b",
					encode(pick(ODD_STRINGS)), "%2e%2e%2f", "abc&task_name=def", "1e3", "-0", "99999999999")));
			case 8 -> withHeader(get(REPLICATION), pick(
					List.of("X-Auth-Token", "X-Language", "Authorization", "X-Project-Id", "X-Sdk-Date", "Accept")),
					pick(ODD_STRINGS) + "x".repeat(this.random.nextInt(20_000)));
			case 9 -> raw(
					new Operation(pick(List.of("PATCH", "GET", "PUT", "DELETE", "POST", "OPTIONS", "TRACE")),
							pick(List.of("", "/pause", "/x", "/../replication", "/%2e%2e", "//", ";a=b")), Map.of()),
					toJson(body().values()), "application/json");
			case 10 -> raw(pick(OPERATIONS), toJson(body().values()).replace("\"", ""), "application/json");
			default -> jsonRequest(mutateValue(mutateValue(body())));
		};
	}

	private static final String REPLICATION = ApiClient.REPLICATION_PATH;

	private Body body() {
		Operation operation = pick(OPERATIONS);
		Map<String, Object> values = new LinkedHashMap<>();
		operation.body().forEach((key, value) -> values.put(key, resolve(value)));
		return new Body(operation, values);
	}

	private Object resolve(Object value) {
		if ("@task".equals(value)) {
			return "fuzz_task_" + (++this.counter);
		}
		if ("@target".equals(value)) {
			return "fuzz_target_" + (++this.counter);
		}
		if ("@existing".equals(value)) {
			return this.existingTask;
		}
		return value;
	}

	/**
	 * Replaces one field's value (at the top or one level down) with a wrong type or an
	 * odd string.
	 */
	private Body mutateValue(Body body) {
		List<String> keys = new ArrayList<>(body.values().keySet());
		String key = pick(keys);
		Object replacement = this.random.nextBoolean() ? pick(WRONG_TYPES) : pick(ODD_STRINGS);
		Object current = body.values().get(key);
		if (current instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> item
				&& this.random.nextBoolean()) {
			Map<Object, Object> changed = new LinkedHashMap<>(item);
			changed.put(pick(new ArrayList<>(item.keySet())), replacement);
			body.values().put(key, List.of(changed));
		}
		else if (current instanceof Map<?, ?> map && !map.isEmpty() && this.random.nextBoolean()) {
			Map<Object, Object> changed = new LinkedHashMap<>(map);
			changed.put(pick(new ArrayList<>(map.keySet())), replacement);
			body.values().put(key, changed);
		}
		else {
			body.values().put(key, replacement);
		}
		return body;
	}

	/** Removes a field, repeats one, or adds unknown ones. */
	private Body mutateKeys(Body body) {
		String key = pick(new ArrayList<>(body.values().keySet()));
		switch (this.random.nextInt(3)) {
			case 0 -> body.values().remove(key);
			case 1 -> body.values().put(key + "\u0000dup", body.values().get(key));
			default -> body.values().put(pick(ODD_STRINGS) + "_unknown", pick(WRONG_TYPES));
		}
		return body;
	}

	private byte[] invalidJson() {
		String valid = toJson(body().values());
		return switch (this.random.nextInt(5)) {
			case 0 -> valid.substring(0, this.random.nextInt(valid.length())).getBytes(StandardCharsets.UTF_8);
			case 1 -> (valid + pick(List.of("}", "x", ",", "{}", "\u0000"))).getBytes(StandardCharsets.UTF_8);
			case 2 -> {
				byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
				bytes[this.random.nextInt(bytes.length)] = (byte) (0x80 + this.random.nextInt(0x80));
				yield bytes;
			}
			case 3 -> pick(List.of("null", "[]", "\"x\"", "1", "true", "{", "", "{\"a\":}", "{'a':1}"))
				.getBytes(StandardCharsets.UTF_8);
			default -> {
				byte[] bytes = new byte[this.random.nextInt(200)];
				this.random.nextBytes(bytes);
				yield bytes;
			}
		};
	}

	private byte[] deepJson() {
		int depth = 500 + this.random.nextInt(4500);
		String open = this.random.nextBoolean() ? "[" : "{\"a\":";
		String close = open.equals("[") ? "]" : "}";
		return ("{\"task_name\":" + open.repeat(depth) + "1" + close.repeat(depth) + "}")
			.getBytes(StandardCharsets.UTF_8);
	}

	private Request jsonRequest(Body body) {
		String json = toJson(body.values()).replace("\u0000dup\"", "\"");
		return raw(body.operation(), json.getBytes(StandardCharsets.UTF_8), "application/json;charset=UTF-8");
	}

	private Request raw(Operation operation, byte[] body, String contentType) {
		String head = operation.method() + " " + REPLICATION + operation.suffix() + " HTTP/1.1\r\nHost: localhost\r\n"
				+ "X-Auth-Token: fuzz\r\n" + (contentType.isEmpty() ? "" : "Content-Type: " + contentType + "\r\n")
				+ "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
		bytes.writeBytes(body);
		return new Request(operation.method() + " " + operation.suffix(), bytes.toByteArray(),
				!operation.method().equals("GET"));
	}

	private Request raw(Operation operation, String body, String contentType) {
		return raw(operation, body.getBytes(StandardCharsets.UTF_8), contentType);
	}

	private static Request get(String pathAndQuery) {
		return new Request("GET " + pathAndQuery,
				("GET " + pathAndQuery
						+ " HTTP/1.1\r\nHost: localhost\r\nX-Auth-Token: fuzz\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1),
				false);
	}

	private static Request withHeader(Request request, String name, String value) {
		String text = new String(request.bytes(), StandardCharsets.ISO_8859_1);
		String cleaned = value.replace("\r", "").replace("\n", "");
		return new Request(request.description() + " with " + name,
				text.replace("Connection: close\r\n", name + ": " + cleaned + "\r\nConnection: close\r\n")
					.getBytes(StandardCharsets.UTF_8),
				false);
	}

	private static String encode(String text) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			encoded.append('%').append(String.format("%02X", b));
		}
		return encoded.toString();
	}

	private <T> T pick(List<T> options) {
		return options.get(this.random.nextInt(options.size()));
	}

	/**
	 * A minimal JSON writer: the generator must be able to write what a JSON library
	 * would refuse to.
	 */
	static String toJson(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String text) {
			StringBuilder json = new StringBuilder("\"");
			for (char c : text.toCharArray()) {
				switch (c) {
					case '"' -> json.append("\\\"");
					case '\\' -> json.append("\\\\");
					case '\n' -> json.append("\\n");
					case '\t' -> json.append("\\t");
					default ->
						json.append((c < 0x20 && c != 0) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
				}
			}
			return json.append('"').toString();
		}
		if (value instanceof Map<?, ?> map) {
			List<String> entries = new ArrayList<>();
			map.forEach((key, item) -> entries.add(toJson(String.valueOf(key)) + ":" + toJson(item)));
			return "{" + String.join(",", entries) + "}";
		}
		if (value instanceof List<?> list) {
			return "[" + String.join(",", list.stream().map(BadRequestGenerator::toJson).toList()) + "]";
		}
		return String.valueOf(value);
	}

	record Operation(String method, String suffix, Map<String, Object> body) {
	}

	record Body(Operation operation, Map<String, Object> values) {
	}

	record Request(String description, byte[] bytes, boolean writes) {
	}

}
