import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded soak of one emulator over loopback (bench/soak.sh): CLIENTS threads run mixed
 * operations for DURATION_SECONDS (creates of unique tasks, modifications, reads, list
 * pages, deletes that keep each client's tasks bounded, and bad requests), and every
 * minute one line gives the requests, the unexpected answers (5xx or no answer), the p50
 * and p99 latency and the emulator's RSS. The last lines compare the last minute with the
 * first: RSS after warm-up and p99.
 *
 * <pre>java bench/Soak.java BASE_URL DURATION_SECONDS CLIENTS SERVER_PID</pre>
 */
public class Soak {

	static final String PROJECT = "0123456789abcdef0123456789abcdef";

	static final String REPLICATION = "/v3/" + PROJECT
			+ "/instances/aaaabbbbccccddddeeeeffff00001111in17/starrocks/databases/replication";

	static final String CREATE = "{\"source_instance_id\":\"1111aaaa2222bbbb3333cccc4444ddddin07\","
			+ "\"source_database\":\"src_db\",\"target_database\":\"%s_ap\",\"task_name\":\"%s\"}";

	static final String MODIFY = "{\"task_name\":\"%s\",\"db_configs\":[{\"param_name\":\"binlog_expire_logs_seconds\","
			+ "\"value\":\"86400\"}]}";

	/** Answers a well-formed call may get: success, a refusal of its own, a quota. */
	static final Set<Integer> EXPECTED = Set.of(200, 201, 400, 404, 409, 413, 429);

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

	static final AtomicLong unexpected = new AtomicLong();

	static final ConcurrentHashMap<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();

	public static void main(String[] args) throws Exception {
		String base = args[0];
		long seconds = Long.parseLong(args[1]);
		int clients = Integer.parseInt(args[2]);
		long pid = Long.parseLong(args[3]);
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			Thread thread = new Thread(() -> run(base, client, end));
			thread.start();
			threads.add(thread);
		}
		System.out.printf("| minute | requests | unexpected | p50 ms | p99 ms | RSS MB |%n|---|---|---|---|---|---|%n");
		List<double[]> minutes = new ArrayList<>();
		int minute = 0;
		while (System.nanoTime() < end) {
			Thread.sleep(Math.min(60_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
			minute++;
			List<Long> taken;
			synchronized (latencies) {
				taken = new ArrayList<>(latencies);
				latencies.clear();
			}
			Collections.sort(taken);
			double p50 = percentile(taken, 0.50);
			double p99 = percentile(taken, 0.99);
			double rss = rssMb(pid);
			minutes.add(new double[] { p99, rss });
			System.out.printf(Locale.ROOT, "| %d | %d | %d | %.1f | %.1f | %.0f |%n", minute, taken.size(),
					unexpected.getAndSet(0), p50, p99, rss);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		System.out.println();
		System.out.println("answers by status over the run: " + new java.util.TreeMap<>(statuses));
		if (minutes.size() >= 3) {
			double[] first = minutes.get(0);
			double[] warm = minutes.get(Math.min(4, minutes.size() - 2));
			double[] last = minutes.get(minutes.size() - 1);
			System.out.printf(Locale.ROOT, "RSS after warm-up (minute %d) %.0f MB, at the end %.0f MB (%+.1f %%)%n",
					Math.min(5, minutes.size() - 1), warm[1], last[1], 100 * (last[1] - warm[1]) / warm[1]);
			System.out.printf(Locale.ROOT, "p99 first minute %.1f ms, last minute %.1f ms (%.2f x)%n", first[0], last[0],
					last[0] / first[0]);
		}
	}

	static void run(String base, int client, long end) {
		Random random = new Random(client);
		Deque<String> owned = new ArrayDeque<>();
		long next = 0;
		while (System.nanoTime() < end) {
			int pick = random.nextInt(100);
			if (pick < 20) {
				String name = "soak_" + client + "_" + next++;
				if (call(base, "POST", REPLICATION, String.format(CREATE, name, name)) == 200) {
					owned.addLast(name);
				}
			}
			else if (pick < 30 && !owned.isEmpty()) {
				call(base, "PUT", REPLICATION, String.format(MODIFY, owned.peekLast()));
			}
			else if (pick < 55 && !owned.isEmpty()) {
				call(base, "GET", REPLICATION + "/configuration?task_name=" + owned.peekFirst(), null);
			}
			else if (pick < 75) {
				call(base, "GET", REPLICATION + "?offset=0&limit=10", null);
			}
			else if (pick < 90 && owned.size() > 20) {
				call(base, "DELETE", REPLICATION, "{\"task_name\":\"" + owned.removeFirst() + "\"}");
			}
			else if (pick < 95) {
				call(base, "POST", REPLICATION, "{not json");
			}
			else {
				call(base, "GET", "/v3/" + PROJECT + "/no-such-api", null);
			}
		}
	}

	static int call(String base, String method, String path, String body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("X-Auth-Token", "soak")
			.header("Content-Type", "application/json")
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody())
			.build();
		long started = System.nanoTime();
		int status;
		try {
			status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			status = 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
		latencies.add((System.nanoTime() - started) / 1_000);
		statuses.computeIfAbsent(status, (s) -> new AtomicLong()).incrementAndGet();
		if (!EXPECTED.contains(status)) {
			unexpected.incrementAndGet();
		}
		return status;
	}

	static double percentile(List<Long> sortedMicros, double p) {
		if (sortedMicros.isEmpty()) {
			return 0;
		}
		return sortedMicros.get((int) Math.min(sortedMicros.size() - 1, Math.floor(sortedMicros.size() * p))) / 1000.0;
	}

	static double rssMb(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
			}
		}
		return 0;
	}

}
