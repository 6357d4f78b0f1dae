import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Helpers of bench/run.sh, in plain Java so that the harness needs nothing beyond a JDK, curl and wrk.
 *
 * <pre>
 * launch  BASE_URL TASK LOG PIDFILE -- COMMAND...   start COMMAND, print the ms from launch to the first 200 on
 *                                                   GET {BASE}/configuration?task_name=TASK (creating TASK with
 *                                                   one POST as soon as the server answers anything)
 * wait200 BASE_URL TASK TIMEOUT_S                   the same without starting anything (for containers)
 * store   BASE_URL PREFIX COUNT CLIENTS             create COUNT tasks named PREFIX_0..; print req/s and failures
 * report  RESULTS_TSV META_FILE OUT_MD              the Markdown table: median [min-max] per figure, ratios
 * </pre>
 */
public class BenchTool {

	static final String SOURCE_INSTANCE = "1111aaaa2222bbbb3333cccc4444ddddin07";

	static final String SOURCE_NODE = "5555eeee6666ffff7777gggg8888hhhhno07";

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "launch" -> launch(args);
			case "wait200" -> {
				long start = System.nanoTime();
				long deadline = start + TimeUnit.SECONDS.toNanos(Long.parseLong(args[3]));
				firstOk(URI.create(args[1]), args[2], null, deadline);
				System.out.println(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
			}
			case "store" -> store(URI.create(args[1]), args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
			case "report" -> report(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
			default -> throw new IllegalArgumentException(args[0]);
		}
		System.exit(0); // the HTTP client's threads would keep the JVM alive
	}

	// ---- startup ---------------------------------------------------------------------------------------

	static void launch(String[] args) throws Exception {
		URI base = URI.create(args[1]);
		String task = args[2];
		Path log = Path.of(args[3]);
		Path pidFile = Path.of(args[4]);
		List<String> command = Arrays.asList(args).subList(Arrays.asList(args).indexOf("--") + 1, args.length);
		// warm this poller up against a port nobody listens on, so its own class loading is not timed
		for (int i = 0; i < 50; i++) {
			exchange(new InetSocketAddress("127.0.0.1", 1), "GET", "/", null);
		}
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		long start = System.nanoTime();
		Process process = builder.start();
		Files.writeString(pidFile, Long.toString(process.pid()));
		long firstReply = firstOk(base, task, process, start + TimeUnit.SECONDS.toNanos(180));
		long ready = System.nanoTime();
		System.out.printf(Locale.ROOT, "%d %d%n", TimeUnit.NANOSECONDS.toMillis(ready - start),
				TimeUnit.NANOSECONDS.toMillis(firstReply - start));
	}

	/**
	 * Polls GET every 5 ms until anything answers, then creates the task with one POST (every server gets the
	 * same two requests, whether its GET needs the task or not), then GETs until 200. Returns when the first
	 * reply of any kind came. Fails after the deadline.
	 */
	static long firstOk(URI base, String task, Process process, long deadline) throws Exception {
		InetSocketAddress address = new InetSocketAddress(base.getHost(), base.getPort());
		String get = base.getPath() + "/configuration?task_name=" + task;
		long firstReply = 0;
		while (true) {
			int status = exchange(address, "GET", get, null);
			if (status > 0 && firstReply == 0) {
				firstReply = System.nanoTime();
				int created = exchange(address, "POST", base.getPath(), createBody(task, task + "_db"));
				if (created != 200) {
					throw new IllegalStateException("POST create answered " + created);
				}
				continue;
			}
			if (status == 200) {
				return firstReply;
			}
			if (process != null && !process.isAlive()) {
				throw new IllegalStateException("the server exited with " + process.exitValue());
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("no 200 before the deadline (last status " + status + ")");
			}
			Thread.sleep(5);
		}
	}

	static String createBody(String task, String target) {
		return "{\"source_instance_id\":\"" + SOURCE_INSTANCE + "\",\"source_node_id\":\"" + SOURCE_NODE
				+ "\",\"source_database\":\"src_db\",\"target_database\":\"" + target + "\",\"task_name\":\"" + task
				+ "\"}";
	}

	/** One HTTP/1.1 exchange on a fresh connection; the status, or 0 when there was no complete reply. */
	static int exchange(InetSocketAddress address, String method, String path, String body) {
		try (Socket socket = new Socket()) {
			socket.connect(address, 200);
			socket.setSoTimeout(30_000);
			byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
			String head = method + " " + path + " HTTP/1.1\r\nHost: " + address.getHostString() + ":"
					+ address.getPort() + "\r\nX-Auth-Token: bench\r\nConnection: close\r\n"
					+ ((body != null) ? "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n"
							: "")
					+ "\r\n";
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.write(content);
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream reply = new ByteArrayOutputStream();
			in.transferTo(reply);
			String text = reply.toString(StandardCharsets.ISO_8859_1);
			if (!text.startsWith("HTTP/1.") || text.indexOf("\r\n\r\n") < 0) {
				return 0;
			}
			return Integer.parseInt(text.substring(9, 12));
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	// ---- storing tasks --------------------------------------------------------------------------------

	static void store(URI base, String prefix, int count, int clients) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newFixedThreadPool(2))
			.build();
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		AtomicLong firstFailure = new AtomicLong(-1);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		List<Future<?>> done = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			done.add(pool.submit(() -> {
				int i;
				while ((i = next.getAndIncrement()) < count) {
					String name = prefix + "_" + i;
					HttpRequest request = HttpRequest.newBuilder(base)
						.header("X-Auth-Token", "bench")
						.header("Content-Type", "application/json")
						.timeout(Duration.ofSeconds(60))
						.POST(HttpRequest.BodyPublishers.ofString(createBody(name, name)))
						.build();
					try {
						HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() != 200) {
							failures.incrementAndGet();
							firstFailure.compareAndSet(-1, response.statusCode());
						}
					}
					catch (IOException ex) {
						failures.incrementAndGet();
					}
				}
				return null;
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		System.out.printf(Locale.ROOT, "%.0f %d%n", count / seconds, failures.get());
		if (failures.get() > 0) {
			System.err.println("store: " + failures.get() + " failures, first status " + firstFailure.get());
		}
	}

	// ---- the report ------------------------------------------------------------------------------------

	/** A figure of the table: its key in the TSV, its label, its unit and whether a ratio is worth showing. */
	record Figure(String key, String label, String unit, int decimals, boolean ratio, String ratioTo) {

		Figure(String key, String label, String unit, int decimals, boolean ratio) {
			this(key, label, unit, decimals, ratio, null);
		}

	}

	static final List<Figure> FIGURES = List.of(
			new Figure("startup_ms", "startup: launch to first 200 on GET configuration", "ms", 0, true),
			new Figure("first_reply_ms", "startup: launch to first HTTP reply", "ms", 0, true),
			new Figure("startup_plain_ms", "startup of the fat jar as built, no extraction, no cache (ratio: to WireMock's startup)", "ms", 0, true, "peer:startup_ms"),
			new Figure("classes_loaded", "startup: classes loaded to the first 200 (-Xlog:class+load, one extra start each)", "", 0, true),
			new Figure("classes_loaded_plain", "startup of the fat jar: classes loaded to the first 200 (ratio: to WireMock's)", "", 0, true, "peer:classes_loaded"),
			new Figure("embedded_first200_ms", "test kit: first start in a fresh test JVM, JVM launch to first 200 on GET configuration (ratio: to the fast start above)", "ms", 0, true, "us:startup_ms"),
			new Figure("embedded_start_call_ms", "test kit: its start call alone in that JVM (bench/junit-start.sh's \"first start\")", "ms", 0, false),
			new Figure("get_rps", "GET configuration: throughput", "req/s", 0, true),
			new Figure("get_cpu_us", "GET configuration: the server's CPU time per request (user + system, over the measured load)", "µs", 0, true),
			new Figure("get_p50_ms", "GET configuration: p50 latency", "ms", 2, true),
			new Figure("get_p99_ms", "GET configuration: p99 latency", "ms", 2, true),
			new Figure("get_errors", "GET configuration: non-2xx replies and socket errors", "", 0, false),
			new Figure("post_rps", "POST create: throughput", "req/s", 0, true),
			new Figure("post_cpu_us", "POST create: the server's CPU time per request (user + system, over the measured load)", "µs", 0, true),
			new Figure("post_p50_ms", "POST create: p50 latency", "ms", 2, true),
			new Figure("post_p99_ms", "POST create: p99 latency", "ms", 2, true),
			new Figure("post_errors", "POST create: non-2xx replies and socket errors", "", 0, false),
			new Figure("post_stored", "POST create: tasks stored by the load (warm-up included)", "", 0, false),
			new Figure("rss_idle_mb", "RSS idle after startup", "MB", 0, true),
			new Figure("rss_load_mb", "RSS after the GET and POST load", "MB", 0, true),
			new Figure("rss_load_anon_mb", "RSS after the load: its anonymous part (heap, metaspace, code; no mapped files)", "MB", 0, true),
			new Figure("heap_load_mb", "live heap after the load (after a full GC)", "MB", 1, true),
			new Figure("store_rps", "storing the tasks: throughput (4 clients)", "req/s", 0, true),
			new Figure("rss_stored_mb", "RSS after storing the tasks", "MB", 0, true),
			new Figure("heap_stored_mb", "live heap after storing them (after a full GC)", "MB", 1, true),
			new Figure("bytes_per_task", "live heap per stored task (histogram delta / tasks)", "bytes", 0, true),
			new Figure("image_healthy_ms", "image: docker run to healthy", "ms", 0, true),
			new Figure("image_first200_ms", "image: docker run to first 200 on GET configuration", "ms", 0, true),
			new Figure("image_rss_mb", "image: container memory after startup (docker stats)", "MB", 0, true),
			new Figure("image_size_mb", "image: size", "MB", 0, true));

	static void report(Path tsv, Path meta, Path out) throws IOException {
		// system -> key -> values in run order
		Map<String, Map<String, List<Double>>> values = new LinkedHashMap<>();
		for (String line : Files.readAllLines(tsv)) {
			String[] f = line.split("\t");
			if (f.length < 4 || f[0].equals("system")) {
				continue;
			}
			values.computeIfAbsent(f[0], (k) -> new LinkedHashMap<>())
				.computeIfAbsent(f[1], (k) -> new ArrayList<>())
				.add(Double.parseDouble(f[3]));
		}
		Map<String, List<Double>> us = values.getOrDefault("us", Map.of());
		Map<String, List<Double>> peer = values.getOrDefault("peer", Map.of());
		StringBuilder md = new StringBuilder();
		md.append(Files.readString(meta)).append('\n');
		md.append("| figure | taurusdb-htap-mock: median [min – max] | WireMock: median [min – max] | ratio us/peer (medians; or as the row says) | runs |\n");
		md.append("|---|---|---|---|---|\n");
		for (Figure figure : FIGURES) {
			List<Double> a = us.get(figure.key());
			List<Double> b = peer.get(figure.key());
			if (a == null && b == null) {
				continue;
			}
			// a figure of ours alone can be compared with another figure: WireMock's, or ours
			List<Double> denominator = b;
			if (figure.ratioTo() != null) {
				String[] to = figure.ratioTo().split(":");
				denominator = (to[0].equals("us") ? us : peer).get(to[1]);
			}
			String ratio = (figure.ratio() && a != null && denominator != null && median(denominator) != 0)
					? String.format(Locale.ROOT, "%.2f", median(a) / median(denominator)) : "–";
			String unit = figure.unit().isEmpty() ? "" : " " + figure.unit();
			md.append("| ").append(figure.label()).append(unit.isEmpty() ? "" : " (" + figure.unit() + ")")
				.append(" | ").append(cell(a, figure.decimals()))
				.append(" | ").append(cell(b, figure.decimals()))
				.append(" | ").append(ratio)
				.append(" | ").append(Math.max(a == null ? 0 : a.size(), b == null ? 0 : b.size()))
				.append(" |\n");
		}
		md.append('\n');
		Files.writeString(out, md.toString());
		System.out.print(md);
	}

	static String cell(List<Double> values, int decimals) {
		if (values == null || values.isEmpty()) {
			return "–";
		}
		String format = "%." + decimals + "f";
		return String.format(Locale.ROOT, format + " [" + format + " – " + format + "]", median(values),
				values.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
				values.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
	}

	static double median(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int n = sorted.length;
		return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

}
