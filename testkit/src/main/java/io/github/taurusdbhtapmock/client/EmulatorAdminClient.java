package io.github.taurusdbhtapmock.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.taurusdbhtapmock.admin.api.AdminException;
import io.github.taurusdbhtapmock.admin.api.ClockState;
import io.github.taurusdbhtapmock.admin.api.EmulatorAdmin;
import io.github.taurusdbhtapmock.admin.api.EmulatorInfo;
import io.github.taurusdbhtapmock.admin.api.FaultDefinition;
import io.github.taurusdbhtapmock.admin.api.FaultRule;
import io.github.taurusdbhtapmock.admin.api.ImportedState;
import io.github.taurusdbhtapmock.admin.api.JobDetail;
import io.github.taurusdbhtapmock.admin.api.JournalFilter;
import io.github.taurusdbhtapmock.admin.api.JournalListing;
import io.github.taurusdbhtapmock.admin.api.ResetResult;
import io.github.taurusdbhtapmock.admin.api.Topology;

/**
 * The emulator's control plane over HTTP: each method of {@link EmulatorAdmin} is one
 * call to its {@code /_emulator} endpoint of a running emulator, whichever way it was
 * started (a JUnit extension, a container, {@code docker run}, {@code java -jar}).
 *
 * <pre>{@code
 * EmulatorAdmin admin = EmulatorAdminClient.connect("http://localhost:8080");
 * admin.reset();
 * admin.addFault(Fault.on("ModifyDataSync").error(500).times(1));
 * }</pre>
 *
 * <p>
 * A call the emulator refuses throws {@link AdminException} with the endpoint's status,
 * {@code error_code} and {@code error_msg}, in English. A call that gets no such answer
 * (no connection, no reply within {@link #REQUEST_TIMEOUT}, a reply that is not the
 * endpoint's JSON, e.g. from another server on that port) throws
 * {@link UncheckedIOException} or {@link IllegalStateException}, whose message names the
 * method, the URL and the cause. Instances are immutable and thread-safe.
 */
public final class EmulatorAdminClient implements EmulatorAdmin {

	/** The header that carries {@code emulator.control-plane.token}. */
	static final String TOKEN_HEADER = "X-Emulator-Token";

	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * Every control-plane call answers at once (fault delays only apply to {@code /v3}):
	 * this bounds a call to an emulator that stopped answering.
	 */
	static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private static final String PREFIX = "/_emulator";

	private static final String JSON = "application/json;charset=UTF-8";

	private static final int EXCERPT_LENGTH = 300;

	private final String baseUrl;

	private final String token;

	private final HttpClient http;

	private final Duration requestTimeout;

	EmulatorAdminClient(String baseUrl, String token, HttpClient http, Duration requestTimeout) {
		this.baseUrl = baseUrl;
		this.token = token;
		this.http = http;
		this.requestTimeout = requestTimeout;
	}

	/**
	 * The control plane of the emulator at this base URL, e.g.
	 * {@code http://localhost:8080} (a trailing slash is ignored). Nothing is sent until
	 * the first call.
	 */
	public static EmulatorAdminClient connect(String baseUrl) {
		Objects.requireNonNull(baseUrl, "baseUrl");
		try {
			return connect(new URI(baseUrl.trim()));
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("Not an emulator base URL such as http://localhost:8080: " + baseUrl,
					ex);
		}
	}

	/** The control plane of the emulator at this base URL. */
	public static EmulatorAdminClient connect(URI baseUrl) {
		return new EmulatorAdminClient(normalize(Objects.requireNonNull(baseUrl, "baseUrl")), null,
				SharedHttpClient.INSTANCE, REQUEST_TIMEOUT);
	}

	/**
	 * A copy that sends this token in {@code X-Emulator-Token}, for an emulator started
	 * with {@code emulator.control-plane.token} set.
	 */
	public EmulatorAdminClient withToken(String token) {
		return new EmulatorAdminClient(this.baseUrl, Objects.requireNonNull(token, "token"), this.http,
				this.requestTimeout);
	}

	/** The emulator's base URL, without a trailing slash, e.g. http://localhost:8080. */
	public String baseUrl() {
		return this.baseUrl;
	}

	@Override
	public EmulatorInfo info() {
		return call(Call.get("info()", "/info"), EmulatorInfo.class);
	}

	@Override
	public ResetResult reset() {
		return call(Call.post("reset()", "/reset", null), ResetResult.class);
	}

	/** Null is refused, rather than taken for every project: too much for a slip. */
	@Override
	public ResetResult reset(String projectId) {
		Objects.requireNonNull(projectId, "projectId");
		return call(Call.post("reset(projectId)", "/reset" + Query.of("project_id", projectId), null),
				ResetResult.class);
	}

	@Override
	public Topology topology() {
		return call(Call.get("topology()", "/topology"), Topology.class);
	}

	@Override
	public Topology addTopology(Topology additions) {
		Objects.requireNonNull(additions, "additions");
		return call(Call.post("addTopology(Topology)", "/topology", RecordCodec.write(additions)), Topology.class);
	}

	@Override
	public Topology addTopology(String json) {
		Objects.requireNonNull(json, "json");
		return call(Call.post("addTopology(String)", "/topology", json), Topology.class);
	}

	/** The document as the emulator wrote it, once checked to be a JSON object. */
	@Override
	public String exportState() {
		Call call = Call.get("exportState()", "/state");
		String reply = send(call);
		try {
			if (!(Json.parse(reply) instanceof Map)) {
				throw new IllegalArgumentException("expected a JSON object");
			}
		}
		catch (IllegalArgumentException ex) {
			throw notTheDocumentedReply(call, reply, ex);
		}
		return reply;
	}

	@Override
	public ImportedState importState(String json) {
		Objects.requireNonNull(json, "json");
		return call(new Call("importState(String)", "PUT", "/state", json), ImportedState.class);
	}

	@Override
	public JournalListing journal(JournalFilter filter) {
		Objects.requireNonNull(filter, "filter");
		String query = Query.of("method", filter.method(), "path", filter.path(), "project", filter.project(),
				"operation", filter.operation(), "status", filter.status(), "limit", filter.limit());
		return call(Call.get("journal(JournalFilter)", "/requests" + query), JournalListing.class);
	}

	@Override
	public int clearJournal() {
		return call(Call.delete("clearJournal()", "/requests"), Wire.Deleted.class).deleted();
	}

	@Override
	public FaultRule addFault(FaultDefinition rule) {
		Objects.requireNonNull(rule, "rule");
		return call(Call.post("addFault(FaultDefinition)", "/faults", RecordCodec.write(rule)), FaultRule.class);
	}

	@Override
	public FaultRule addFault(String json) {
		Objects.requireNonNull(json, "json");
		return call(Call.post("addFault(String)", "/faults", json), FaultRule.class);
	}

	@Override
	public List<FaultRule> faults() {
		return call(Call.get("faults()", "/faults"), Wire.FaultList.class).faults();
	}

	@Override
	public FaultRule fault(String id) {
		return call(Call.get("fault(id)", "/faults/" + Query.segment(id, "id")), FaultRule.class);
	}

	@Override
	public FaultRule removeFault(String id) {
		return call(Call.delete("removeFault(id)", "/faults/" + Query.segment(id, "id")), FaultRule.class);
	}

	@Override
	public int clearFaults() {
		return call(Call.delete("clearFaults()", "/faults"), Wire.Deleted.class).deleted();
	}

	@Override
	public JobDetail completeJob(String jobId) {
		return call(Call.post("completeJob(jobId)", "/jobs/" + Query.segment(jobId, "jobId") + "/complete", null),
				Wire.JobReply.class)
			.job();
	}

	/** A null reason is sent as none, which the emulator refuses as the endpoint does. */
	@Override
	public JobDetail failJob(String jobId, String failReason) {
		String body = RecordCodec.write(new Wire.FailRequest(failReason));
		return call(Call.post("failJob(jobId, failReason)", "/jobs/" + Query.segment(jobId, "jobId") + "/fail", body),
				Wire.JobReply.class)
			.job();
	}

	@Override
	public List<JobDetail> completeRunningJobs() {
		return call(Call.post("completeRunningJobs()", "/jobs/complete-running", null), Wire.JobsReply.class).jobs();
	}

	@Override
	public ClockState clock() {
		return call(Call.get("clock()", "/clock"), ClockState.class);
	}

	/**
	 * Sent as decimal seconds, exactly: a duration finer than a millisecond, or negative,
	 * is refused by the emulator as the endpoint refuses such {@code seconds}.
	 */
	@Override
	public ClockState advanceClock(Duration duration) {
		Objects.requireNonNull(duration, "duration");
		String seconds = BigDecimal.valueOf(duration.getSeconds())
			.add(BigDecimal.valueOf(duration.getNano(), 9))
			.stripTrailingZeros()
			.toPlainString();
		return call(Call.post("advanceClock(Duration)", "/clock/advance" + Query.of("seconds", seconds), null),
				ClockState.class);
	}

	@Override
	public String toString() {
		return "EmulatorAdminClient[" + this.baseUrl + ((this.token != null) ? ", with token]" : "]");
	}

	private <T> T call(Call call, Class<T> replyType) {
		String reply = send(call);
		try {
			return RecordCodec.read(reply, replyType);
		}
		catch (IllegalArgumentException ex) {
			throw notTheDocumentedReply(call, reply, ex);
		}
	}

	/** The body of a 2xx reply; a refusal is thrown as {@link AdminException}. */
	private String send(Call call) {
		String url = this.baseUrl + PREFIX + call.pathAndQuery();
		HttpResponse<byte[]> response;
		try {
			response = this.http.send(request(call, url), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(call.describe(url) + " failed: " + explain(ex), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(call.describe(url) + " was interrupted", ex);
		}
		// JSON travels in UTF-8 (RFC 8259), which the emulator declares too
		String body = new String(response.body(), StandardCharsets.UTF_8);
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			return body;
		}
		throw refusal(call, url, status, body);
	}

	private HttpRequest request(Call call, String url) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(this.requestTimeout)
			.header("Accept", "application/json")
			// refusals in English, whatever the emulator's default language
			.header("X-Language", "en-us");
		if (this.token != null) {
			request.header(TOKEN_HEADER, this.token);
		}
		if (call.body() != null) {
			request.header("Content-Type", JSON);
			return request
				.method(call.method(), HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8))
				.build();
		}
		return request.method(call.method(), HttpRequest.BodyPublishers.noBody()).build();
	}

	private static RuntimeException refusal(Call call, String url, int status, String body) {
		Wire.ErrorBody error = null;
		try {
			error = RecordCodec.read(body, Wire.ErrorBody.class);
		}
		catch (IllegalArgumentException ex) {
			// not the control plane's error body: said below
		}
		if (error != null && error.errorCode() != null && error.errorMsg() != null) {
			return new AdminException(status, error.errorCode(), error.errorMsg());
		}
		return new IllegalStateException(call.describe(url) + " answered HTTP " + status
				+ " without the control plane's error body {\"error_code\",\"error_msg\"}: " + excerpt(body));
	}

	private IllegalStateException notTheDocumentedReply(Call call, String reply, IllegalArgumentException cause) {
		return new IllegalStateException(
				call.describe(this.baseUrl + PREFIX + call.pathAndQuery())
						+ " answered, but not with the documented JSON (" + cause.getMessage() + "): " + excerpt(reply),
				cause);
	}

	/**
	 * The JDK's exceptions often have no message (a refused connection is a bare
	 * {@link ConnectException}): the type, message and causes, and a hint for the common
	 * ones.
	 */
	private String explain(IOException ex) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (text.length() > 0) {
				text.append(", caused by ");
			}
			text.append(cause.getClass().getName());
			if (cause.getMessage() != null) {
				text.append(": ").append(cause.getMessage());
			}
		}
		if (ex instanceof HttpConnectTimeoutException) {
			text.append(" (no connection within ").append(CONNECT_TIMEOUT.toSeconds()).append(" s)");
		}
		else if (ex instanceof HttpTimeoutException) {
			text.append(" (no reply within ").append(this.requestTimeout.toMillis()).append(" ms)");
		}
		else if (ex instanceof ConnectException || ex.getCause() instanceof ConnectException) {
			text.append(" (is an emulator running at ").append(this.baseUrl).append("?)");
		}
		return text.toString();
	}

	private static String excerpt(String body) {
		if (body.isEmpty()) {
			return "(no body)";
		}
		return (body.length() <= EXCERPT_LENGTH) ? body : body.substring(0, EXCERPT_LENGTH) + "...";
	}

	/**
	 * {@code scheme://authority[/path]} without a trailing slash, so that endpoint paths
	 * append to it; a query or fragment would be lost, so it is refused.
	 */
	private static String normalize(URI baseUrl) {
		String scheme = baseUrl.getScheme();
		if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
				|| baseUrl.getRawAuthority() == null || baseUrl.getHost() == null || baseUrl.getRawQuery() != null
				|| baseUrl.getRawFragment() != null) {
			throw new IllegalArgumentException(
					"Not an emulator base URL such as http://localhost:8080 (http or https, a host, no query): "
							+ baseUrl);
		}
		String path = (baseUrl.getRawPath() != null) ? baseUrl.getRawPath() : "";
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		return scheme.toLowerCase(java.util.Locale.ROOT) + "://" + baseUrl.getRawAuthority() + path;
	}

	/** One call: the interface method it serves, the HTTP method, the path and body. */
	private record Call(String operation, String method, String pathAndQuery, String body) {

		static Call get(String operation, String pathAndQuery) {
			return new Call(operation, "GET", pathAndQuery, null);
		}

		static Call post(String operation, String pathAndQuery, String body) {
			return new Call(operation, "POST", pathAndQuery, body);
		}

		static Call delete(String operation, String pathAndQuery) {
			return new Call(operation, "DELETE", pathAndQuery, null);
		}

		String describe(String url) {
			return "EmulatorAdmin." + this.operation + ": " + this.method + " " + url;
		}

	}

	/**
	 * One HTTP client for every instance: it holds a selector thread and a connection
	 * pool, which calls share.
	 */
	private static final class SharedHttpClient {

		static final HttpClient INSTANCE = HttpClient.newBuilder()
			.connectTimeout(CONNECT_TIMEOUT)
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

	}

}
