import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Helper of bench/fill.sh, plain Java so that it needs nothing beyond a JDK.
 *
 * <pre>
 * fill  BASE_URL PREFIX CLIENTS   unique creates until the first refusal; prints "created N" and the refusal,
 *                                 then times (warm client) a GET, GET /_emulator/info and POST /_emulator/reset
 * time  BASE_URL METHOD PATH      one request; prints "STATUS MS"
 * </pre>
 */
public class FillTool {

	static final String REPLICATION = "/v3/0123456789abcdef0123456789abcdef/instances/"
			+ "aaaabbbbccccddddeeeeffff00001111in17/starrocks/databases/replication";

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "fill" -> fill(args[1], args[2], Integer.parseInt(args[3]));
			case "time" -> System.out.println(time(args[1], args[2], args[3]));
			default -> throw new IllegalArgumentException(args[0]);
		}
		System.exit(0);
	}

	static void fill(String base, String prefix, int clients) throws Exception {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger created = new AtomicInteger();
		AtomicBoolean refused = new AtomicBoolean();
		AtomicReference<String> refusal = new AtomicReference<>();
		AtomicInteger failures = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			pool.execute(() -> {
				while (!refused.get()) {
					String name = prefix + "_" + next.getAndIncrement();
					try {
						HttpResponse<String> reply = HTTP.send(create(base, name), HttpResponse.BodyHandlers.ofString());
						if (reply.statusCode() == 200) {
							created.incrementAndGet();
						}
						else if (refused.compareAndSet(false, true)) {
							refusal.set(reply.statusCode() + " " + reply.body());
						}
					}
					catch (Exception ex) {
						failures.incrementAndGet();
					}
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.HOURS);
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("created %d in %.1f s (%.0f/s), %d transport failures%n", created.get(), seconds,
				created.get() / seconds, failures.get());
		System.out.println("refusal " + refusal.get());
		// the emulator stays full meanwhile: fill.sh's watcher reads the info and readiness
		Thread.sleep(3000);
		// at the refusal, from this warm client: a read, the info and a reset
		System.out.println("get " + time(base, "GET", "REPLICATION?limit=10"));
		System.out.println("info " + time(base, "GET", "/_emulator/info"));
		System.out.println("reset " + time(base, "POST", "/_emulator/reset"));
	}

	static HttpRequest create(String base, String name) {
		String body = "{\"source_instance_id\":\"1111aaaa2222bbbb3333cccc4444ddddin07\",\"source_database\":\"src_db\","
				+ "\"target_database\":\"" + name + "\",\"task_name\":\"" + name + "\"}";
		return HttpRequest.newBuilder(URI.create(base + REPLICATION))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("X-Auth-Token", "bench")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	static String time(String base, String method, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path.replace("REPLICATION", REPLICATION)))
			.timeout(Duration.ofSeconds(30))
			.header("X-Auth-Token", "bench")
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		long start = System.nanoTime();
		HttpResponse<String> reply = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		return String.format("%d %.1f", reply.statusCode(), (System.nanoTime() - start) / 1e6);
	}

}
