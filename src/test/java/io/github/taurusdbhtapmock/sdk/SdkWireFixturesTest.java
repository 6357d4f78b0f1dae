package io.github.taurusdbhtapmock.sdk;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.Names;
import tools.jackson.databind.JsonNode;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays the requests the official SDKs really sent (src/test/resources/sdk-wire,
 * described by its INDEX.md) over a plain socket, with the captured method, request
 * target, headers and body framing, so the emulator is tested against what SDK users put
 * on the wire rather than against what a test client happens to send.
 */
class SdkWireFixturesTest extends EmulatorTest {

	private static final String ROOT = "sdk-wire/";

	private static final Pattern FIXTURE_NAME = Pattern.compile("[0-9]{3}_[^/]+\\.txt");

	/**
	 * The capture server appended its own findings after the body, each section opened by
	 * this marker.
	 */
	private static final String TRAILER = "\n\n----- ";

	private static final Pattern CHUNK_SIZES = Pattern.compile("chunk sizes: \\[([0-9, ]+)\\]");

	private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 ([0-9]{3})(?: .*)?");

	private static final byte[] CRLF_CRLF = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

	/**
	 * The captures' source instance: 35 characters, one short of a TaurusDB instance ID.
	 */
	private static final String CAPTURED_SOURCE_INSTANCE = "1111aaaa2222bbbb3333cccc4444dddin07";

	private static final String PARAMETER_ERROR = "Parameter error.";

	private static final String PARAMETER_ERROR_ZH = "参数错误。";

	/**
	 * What the emulator's documented rules answer to each capture. Validation runs before
	 * any lookup, so every capture carrying the 35-character source_instance_id is
	 * refused for that alone (or with the other fields it gets wrong), whatever it asks
	 * for. The task names the capture server used to stage errors (force_error, err500,
	 * html404, ...) are plain valid names to the emulator, and no task of that name
	 * exists.
	 */
	private static final Map<String, Expected> EXPECTED = Map.ofEntries(
			// com.huaweicloud.sdk:huaweicloud-sdk-gaussdb 3.1.143, body sent chunked
			entry("java/001_POST_replication.txt", Expected.invalid("source_instance_id")),
			entry("java/002_PUT_replication.txt", Expected.invalid("source_instance_id")),
			entry("java/003_PUT_replication.txt",
					Expected.invalidZh("source_instance_id", "table_repl_config.repl_type", "target_database_name")),
			entry("java/004_POST_table-config-check.txt", Expected.invalid("source_instance_id")),
			entry("java/005_GET_configuration.txt", Expected.taskNotFound("task_demo")),
			entry("java/006_GET_configuration.txt", Expected.invalid("task_name")),
			entry("java/007_POST_replication.txt",
					Expected.invalid("source_instance_id", "source_database", "target_database")),
			entry("java/008_GET_configuration.txt", Expected.invalid("task_name")),
			entry("java/009_GET_configuration_ERR.txt", Expected.taskNotFound("force_error")),
			entry("java/010_POST_replication_ERR.txt", Expected.invalid("source_instance_id")),
			entry("java/011_GET_configuration.txt", Expected.taskNotFound("noreqid_error")),
			entry("java/012_GET_configuration.txt", Expected.taskNotFound("reqid_in_body")),
			entry("java/013_GET_configuration.txt", Expected.taskNotFound("err500")),
			entry("java/014_GET_configuration.txt", Expected.taskNotFound("badtype")),
			entry("java/015_GET_configuration.txt", Expected.taskNotFound("badbool")),
			entry("java-extra/001_GET_configuration.txt", Expected.taskNotFound("html404")),
			entry("java-extra/002_GET_configuration.txt", Expected.taskNotFound("nocontenttype")),
			// 3.1.212 built from source, body sent with Content-Length
			entry("java-3.1.212-src/001_POST_replication.txt", Expected.invalid("source_instance_id")),
			entry("java-3.1.212-src/002_PUT_replication.txt", Expected.invalid("source_instance_id")),
			entry("java-3.1.212-src/003_PUT_replication.txt",
					Expected.invalidZh("source_instance_id", "table_repl_config.repl_type", "target_database_name")),
			entry("java-3.1.212-src/004_PUT_replication.txt", Expected.invalid("source_instance_id")),
			entry("java-3.1.212-src/005_POST_table-config-check.txt", Expected.invalid("source_instance_id")),
			entry("java-3.1.212-src/006_GET_configuration.txt", Expected.taskNotFound("task_demo")),
			entry("java-3.1.212-src/007_GET_configuration.txt", Expected.invalid("task_name")),
			entry("java-3.1.212-src/008_POST_replication.txt",
					Expected.invalid("source_instance_id", "source_database", "target_database")),
			entry("java-3.1.212-src/009_GET_configuration.txt", Expected.invalid("task_name")),
			entry("java-3.1.212-src/010_GET_configuration_ERR.txt", Expected.taskNotFound("force_error")),
			entry("java-3.1.212-src/011_POST_replication_ERR.txt", Expected.invalid("source_instance_id")),
			entry("java-3.1.212-src/012_GET_configuration.txt", Expected.taskNotFound("noreqid_error")),
			entry("java-3.1.212-src/013_GET_configuration.txt", Expected.taskNotFound("reqid_in_body")),
			entry("java-3.1.212-src/014_GET_configuration.txt", Expected.taskNotFound("err500")),
			entry("java-3.1.212-src/015_GET_configuration.txt", Expected.taskNotFound("badtype")),
			entry("java-3.1.212-src/016_GET_configuration.txt", Expected.taskNotFound("badbool")),
			// Node.js SDK 3.1.209/3.1.211
			entry("node/001_POST_replication.txt", Expected.invalid("source_instance_id")),
			entry("node/002_PUT_replication.txt", Expected.invalid("source_instance_id")),
			entry("node/003_POST_table-config-check.txt", Expected.invalid("source_instance_id")),
			entry("node/004_GET_configuration.txt", Expected.taskNotFound("task_demo")),
			entry("node/005_POST_replication.txt",
					Expected.invalid("source_instance_id", "source_database", "target_database")),
			entry("node/006_GET_configuration_ERR.txt", Expected.taskNotFound("force_error")),
			entry("node/007_GET_configuration.txt", Expected.taskNotFound("noreqid_error")),
			entry("node/008_GET_configuration.txt", Expected.taskNotFound("badtype")));

	static Stream<String> fixtures() throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "*/*.txt");
		return Arrays.stream(resources)
			.map(SdkWireFixturesTest::fixtureId)
			.filter((id) -> FIXTURE_NAME.matcher(id.substring(id.indexOf('/') + 1)).matches())
			.sorted();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void replayedCaptureGetsTheDocumentedAnswer(String fixture) throws IOException {
		Expected expected = EXPECTED.get(fixture);
		assertThat(expected).as("expected outcome of %s (add it to EXPECTED)", fixture).isNotNull();
		ApiResponse reply = replay(Capture.load(fixture));
		try {
			expected.verify(reply);
		}
		catch (AssertionError ex) {
			// Surefire names parameterized cases by index only; say which capture failed.
			throw new AssertionError(fixture + ": " + ex.getMessage(), ex);
		}
	}

	@Test
	void everyExpectationHasItsCapture() throws IOException {
		assertThat(fixtures()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
	}

	/**
	 * The main 3.1.143 captures with the 35-character source instance replaced by the
	 * demo one, replayed in the order the SDK sent them. Each run uses its own task and
	 * destination database, since a name can be used once on the emulator every test
	 * class shares.
	 */
	@Nested
	class RepairedJavaCaptures {

		private final String task = Names.unique("task");

		private final String target = Names.unique("tgt");

		@Test
		void createModifyCheckAndListFollowTheSuccessPath() throws IOException {
			ApiResponse created = replay(repaired("java/001_POST_replication.txt")).assertOk();
			assertThat(created.json().propertyNames()).containsExactly("job_id");
			assertThat(created.text("job_id")).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

			// The captured table_config is a JSON object, not the documented
			// "operation;operation" syntax, and
			// max_binlog_size is not in the parameter catalogue: both are reported as
			// failed, so nothing is applied
			// and no job is started.
			ApiResponse modified = replay(repaired("java/002_PUT_replication.txt")).assertOk();
			JsonNode modify = modified.json();
			assertThat(modify.propertyNames()).containsExactlyInAnyOrder("source_database_name", "target_database_name",
					"source_db_config_check_results", "tbl_config_check_results", "task_name");
			assertThat(modified.text("task_name")).isEqualTo(this.task);
			assertThat(modified.text("source_database_name")).isEqualTo("src_db");
			assertThat(modified.text("target_database_name")).isEqualTo(this.target);
			assertThat(checkResults(modify.get("source_db_config_check_results"), "param_name", "value"))
				.containsExactly("binlog_expire_logs_seconds=86400:success", "max_binlog_size=1073741824:fail");
			assertThat(checkResults(modify.get("tbl_config_check_results"), "table_name", "table_config"))
				.containsExactly("t1={\"replication_num\":\"1\"}:failed");

			// The capture asks to register (is_create_task) the task the create above
			// already started: the name is
			// taken, which is a conflict whatever the table checks would say.
			replay(repaired("java/004_POST_table-config-check.txt")).assertError(409, "DBS.280406",
					"Operation not allowed by the DB instance type or status.");

			// The task as the create left it: the refused modification changed nothing.
			ApiResponse listed = replay(repaired("java/005_GET_configuration.txt")).assertOk();
			JsonNode configuration = listed.json();
			assertThat(listed.text("source_instance_id")).isEqualTo(ApiClient.SOURCE_INSTANCE);
			assertThat(listed.text("source_node_id")).isEqualTo(ApiClient.READ_REPLICA);
			assertThat(listed.text("target_database_name")).isEqualTo(this.target);
			assertThat(configuration.at("/database_info/database_name").asString()).isEqualTo("src_db");
			assertThat(configuration.at("/database_info/db_config_check_results").isEmpty()).isTrue();
			assertThat(configuration.get("table_infos").isEmpty()).isTrue();
			assertThat(configuration.at("/table_repl_config/repl_type").asString()).isEqualTo("exclude_tables");
			assertThat(configuration.at("/table_repl_config/repl_scope").asString()).isEqualTo("all");
			assertThat(configuration.get("is_tables_change").isBoolean()).isTrue();
			assertThat(configuration.get("is_tables_change").asBoolean()).isFalse();
		}

		private Capture repaired(String fixture) throws IOException {
			return Capture.load(fixture)
				.rewritten((text) -> text.replace(CAPTURED_SOURCE_INSTANCE, ApiClient.SOURCE_INSTANCE)
					.replace("task_name=task_demo", "task_name=" + this.task)
					.replace("\"task_demo\"", "\"" + this.task + "\"")
					.replace("\"tgt_db\"", "\"" + this.target + "\""));
		}

		private static List<String> checkResults(JsonNode results, String nameField, String valueField) {
			List<String> lines = new ArrayList<>();
			results.forEach((result) -> lines.add(result.get(nameField).asString() + "="
					+ result.get(valueField).asString() + ":" + result.get("check_result").asString()));
			return lines;
		}

	}

	/**
	 * Sends the capture as the SDK did, to this emulator, and reads the raw reply up to
	 * the connection's end.
	 */
	private ApiResponse replay(Capture capture) throws IOException {
		try (Socket socket = new Socket("localhost", port())) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(capture.wireBytes("localhost:" + port()));
			out.flush();
			ApiResponse reply = RawReply.parse(socket.getInputStream().readAllBytes());
			assertEveryReplyIsJson(reply);
			return reply;
		}
	}

	/**
	 * The contract no reply may break, whatever was asked: the SDK can parse only
	 * labelled JSON.
	 */
	private static void assertEveryReplyIsJson(ApiResponse reply) {
		assertThat(reply.status()).as("status of reply %s", reply.body()).isBetween(200, 499);
		assertThat(reply.headers().allValues("Content-Type")).as("Content-Type")
			.singleElement()
			.satisfies((type) -> assertThat(type).isEqualToIgnoringCase("application/json;charset=UTF-8"));
		assertThat(reply.header("X-Request-Id")).as("X-Request-Id").matches("[0-9a-f]{32}");
		assertThat(reply.body()).as("body").doesNotContainIgnoringCase("<html").isNotBlank();
		assertThat(reply.json().isObject()).as("body %s is a JSON object", reply.body()).isTrue();
	}

	/**
	 * {@code java/001_POST_replication.txt} from a classpath URL, whether in a directory
	 * or a jar.
	 */
	private static String fixtureId(Resource resource) {
		try {
			String url = resource.getURL().toString();
			return url.substring(url.lastIndexOf(ROOT) + ROOT.length());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int indexOf(byte[] bytes, byte[] part, int from) {
		for (int i = from; i <= bytes.length - part.length; i++) {
			if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The expected answer to a capture: its status and error code, the documented first
	 * sentence of error_msg, and what the emulator's explanation must name: exactly these
	 * fields for a parameter error, or the task.
	 */
	private record Expected(int status, String errorCode, String messageStart, List<String> fields, String mentions) {

		static Expected invalid(String... fields) {
			return new Expected(400, "DBS.280001", PARAMETER_ERROR, List.of(fields), null);
		}

		/** X-Language zh-cn: the same refusal, in Chinese. */
		static Expected invalidZh(String... fields) {
			return new Expected(400, "DBS.280001", PARAMETER_ERROR_ZH, List.of(fields), null);
		}

		static Expected taskNotFound(String taskName) {
			return new Expected(400, "DBS.270022", "The synchronization task does not exist.", List.of(), taskName);
		}

		void verify(ApiResponse reply) {
			reply.assertError(this.status, this.errorCode, this.messageStart);
			String detail = reply.errorMessage().substring(this.messageStart.length()).strip();
			if (!this.fields.isEmpty()) {
				assertThat(namedFields(detail)).as("fields named by %s", reply.errorMessage())
					.containsExactlyInAnyOrderElementsOf(this.fields);
			}
			if (this.mentions != null) {
				assertThat(detail).contains(this.mentions);
			}
		}

		/** Violations are written "field: why; field: why". */
		private static List<String> namedFields(String detail) {
			List<String> names = new ArrayList<>();
			for (String violation : detail.split("; ")) {
				int colon = violation.indexOf(": ");
				names.add((colon >= 0) ? violation.substring(0, colon) : violation);
			}
			return names;
		}

	}

	/**
	 * One captured request: request line, headers in arrival order, body bytes and how
	 * the body was framed.
	 */
	private record Capture(String fixture, String requestLine, List<String[]> headers, byte[] body,
			List<Integer> chunkSizes) {

		static Capture load(String fixture) throws IOException {
			byte[] bytes;
			try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + fixture)) {
				assertThat(in).as("classpath resource %s%s", ROOT, fixture).isNotNull();
				bytes = in.readAllBytes();
			}
			int headEnd = indexOf(bytes, CRLF_CRLF, 0);
			assertThat(headEnd).as("end of the CRLF-terminated header block of %s", fixture).isPositive();
			String head = new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1);
			// A checkout that rewrote line endings would no longer hold what the SDK
			// sent.
			assertThat(head.replace("\r\n", "")).as("header block of %s has only CRLF line ends", fixture)
				.doesNotContain("\n", "\r");
			int bodyStart = headEnd + CRLF_CRLF.length;
			int bodyEnd = indexOf(bytes, TRAILER.getBytes(StandardCharsets.ISO_8859_1), bodyStart);
			assertThat(bodyEnd).as("capture trailer of %s", fixture).isNotNegative();
			byte[] body = Arrays.copyOfRange(bytes, bodyStart, bodyEnd);
			String trailer = new String(bytes, bodyEnd, bytes.length - bodyEnd, StandardCharsets.UTF_8);

			String[] lines = head.split("\r\n");
			List<String[]> headers = new ArrayList<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				assertThat(colon).as("header line '%s' of %s", lines[i], fixture).isPositive();
				headers.add(new String[] { lines[i].substring(0, colon), lines[i].substring(colon + 1).strip() });
			}
			Capture capture = new Capture(fixture, lines[0], headers, body, chunkSizes(trailer));
			capture.assertFramingMatchesBody();
			return capture;
		}

		/**
		 * The sizes of the non-empty chunks, as the capture server received them; null
		 * when not chunked.
		 */
		private static List<Integer> chunkSizes(String trailer) {
			Matcher matcher = CHUNK_SIZES.matcher(trailer);
			if (!matcher.find()) {
				return null;
			}
			return Arrays.stream(matcher.group(1).split(","))
				.map(String::strip)
				.map(Integer::valueOf)
				.filter((size) -> size > 0)
				.toList();
		}

		private void assertFramingMatchesBody() {
			String contentLength = header("Content-Length");
			if (contentLength != null) {
				assertThat(Integer.parseInt(contentLength)).as("Content-Length of %s", this.fixture)
					.isEqualTo(this.body.length);
			}
			if (chunked()) {
				assertThat(this.chunkSizes).as("chunk sizes recorded for %s", this.fixture).isNotNull();
				assertThat(this.chunkSizes.stream().mapToInt(Integer::intValue).sum())
					.as("chunked body of %s", this.fixture)
					.isEqualTo(this.body.length);
			}
		}

		boolean chunked() {
			String encoding = header("Transfer-Encoding");
			return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
		}

		String header(String name) {
			return this.headers.stream()
				.filter((header) -> header[0].equalsIgnoreCase(name))
				.map((header) -> header[1])
				.findFirst()
				.orElse(null);
		}

		/**
		 * This capture with its request target and body edited; the body keeps its
		 * framing, resized.
		 */
		Capture rewritten(UnaryOperator<String> edit) {
			byte[] newBody = edit.apply(new String(this.body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
			return new Capture(this.fixture, edit.apply(this.requestLine), this.headers, newBody,
					(this.chunkSizes != null) ? List.of(newBody.length) : null);
		}

		/**
		 * The request as the SDK sent it, but addressed to {@code host} and asking the
		 * server to close the connection after replying, so the reply ends where the
		 * stream ends.
		 */
		byte[] wireBytes(String host) {
			StringBuilder head = new StringBuilder(this.requestLine).append("\r\n");
			boolean hasContentLength = false;
			for (String[] header : this.headers) {
				String name = header[0];
				String value = header[1];
				if (name.equalsIgnoreCase("Host")) {
					value = host;
				}
				else if (name.equalsIgnoreCase("Connection")) {
					value = "close";
				}
				else if (name.equalsIgnoreCase("Content-Length")) {
					value = String.valueOf(this.body.length);
					hasContentLength = true;
				}
				head.append(name).append(": ").append(value).append("\r\n");
			}
			if (!chunked() && !hasContentLength && this.body.length > 0) {
				head.append("Content-Length: ").append(this.body.length).append("\r\n");
			}
			head.append("\r\n");
			ByteArrayOutputStream wire = new ByteArrayOutputStream();
			wire.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			if (chunked()) {
				int offset = 0;
				for (int size : this.chunkSizes) {
					wire.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
					wire.write(this.body, offset, size);
					wire.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
					offset += size;
				}
				wire.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
			}
			else {
				wire.writeBytes(this.body);
			}
			return wire.toByteArray();
		}

	}

	/**
	 * Reads a raw HTTP/1.1 reply: status line, headers, and a body framed by length,
	 * chunks or end of stream.
	 */
	private static final class RawReply {

		private RawReply() {
		}

		static ApiResponse parse(byte[] bytes) throws IOException {
			int headEnd = indexOf(bytes, CRLF_CRLF, 0);
			assertThat(headEnd)
				.as("end of the reply's header block in %s", new String(bytes, StandardCharsets.ISO_8859_1))
				.isPositive();
			String[] lines = new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
			Matcher status = STATUS_LINE.matcher(lines[0]);
			assertThat(status.matches()).as("status line '%s'", lines[0]).isTrue();
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				assertThat(colon).as("reply header line '%s'", lines[i]).isPositive();
				headers.computeIfAbsent(lines[i].substring(0, colon).strip(), (name) -> new ArrayList<>())
					.add(lines[i].substring(colon + 1).strip());
			}
			HttpHeaders httpHeaders = HttpHeaders.of(headers, (name, value) -> true);
			byte[] body = Arrays.copyOfRange(bytes, headEnd + CRLF_CRLF.length, bytes.length);
			if (httpHeaders.firstValue("Transfer-Encoding").filter((te) -> te.contains("chunked")).isPresent()) {
				body = dechunk(body);
			}
			else if (httpHeaders.firstValue("Content-Length").isPresent()) {
				int length = Integer.parseInt(httpHeaders.firstValue("Content-Length").get());
				assertThat(body.length).as("reply body length").isEqualTo(length);
			}
			if (httpHeaders.firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
				try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
					body = in.readAllBytes();
				}
			}
			return new ApiResponse(Integer.parseInt(status.group(1)), httpHeaders,
					new String(body, StandardCharsets.UTF_8));
		}

		private static byte[] dechunk(byte[] chunked) {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			int position = 0;
			while (true) {
				int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.ISO_8859_1), position);
				assertThat(lineEnd).as("chunk size line").isNotNegative();
				String sizeLine = new String(chunked, position, lineEnd - position, StandardCharsets.ISO_8859_1);
				int size = Integer.parseInt(sizeLine.split(";", 2)[0].strip(), 16);
				position = lineEnd + 2;
				if (size == 0) {
					return body.toByteArray();
				}
				body.write(chunked, position, size);
				position += size + 2;
			}
		}

	}

}
