import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many connections against a running emulator, and how long a separate request waits meanwhile.
 *
 *   java bench/Connections.java PORT keepalive CONNECTIONS SECONDS
 *     CONNECTIONS kept-alive connections each sending GETs back to back; every second a new connection
 *     sends one GET (the probe) and its time is printed.
 *   java bench/Connections.java PORT open CONNECTIONS SECONDS
 *     as keepalive, but each kept-alive connection sends one GET every 5 s (inside Tomcat's 10 s keep-alive
 *     timeout): many clients holding pooled connections, as a shared emulator sees them, rather than a flood.
 *   java bench/Connections.java PORT slow CLIENTS SECONDS
 *     CLIENTS connections each sending a POST body one byte every 4 s; every second a probe as above;
 *     at the end, how the slow clients were answered.
 *
 * Java 21+ (a virtual thread per connection).
 */
public class Connections {

	/** When the run ends; set once every connection is open. */
	static volatile long end = Long.MAX_VALUE;

	/** How often a connection of the "open" mode sends a request. */
	static final long OPEN_PACE_MILLIS = 5_000;

	static final String PATH = "/v3/0123456789abcdef0123456789abcdef/instances/aaaabbbbccccddddeeeeffff00001111in17"
			+ "/starrocks/databases/replication";

	static final String GET = "GET " + PATH + " HTTP/1.1\r\nHost: localhost\r\nX-Auth-Token: t\r\n\r\n";

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		String mode = args[1];
		int clients = Integer.parseInt(args[2]);
		int seconds = Integer.parseInt(args[3]);
		AtomicInteger open = new AtomicInteger();
		AtomicLong requests = new AtomicLong();
		AtomicInteger failed = new AtomicInteger();
		AtomicInteger reconnects = new AtomicInteger();
		List<String> slowReplies = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch connected = new CountDownLatch(clients);
		for (int i = 0; i < clients; i++) {
			Thread.ofVirtual().start(() -> {
				if (mode.equals("open")) {
					// spread over the pace, so that the connections do not send in one burst
					pause(java.util.concurrent.ThreadLocalRandom.current().nextLong(OPEN_PACE_MILLIS));
				}
				try (Socket socket = new Socket("localhost", port)) {
					socket.setSoTimeout(60_000);
					open.incrementAndGet();
					connected.countDown();
					if (mode.equals("slow")) {
						slowReplies.add(trickle(socket));
					}
					else {
						Socket current = socket;
						while (System.nanoTime() < end) {
							if (exchange(current).startsWith("closed")) {
								// the server ends a kept-alive connection after 100 requests (Tomcat's default)
								reconnects.incrementAndGet();
								current = new Socket("localhost", port);
								current.setSoTimeout(60_000);
								continue;
							}
							requests.incrementAndGet();
							if (mode.equals("open")) {
								Thread.sleep(OPEN_PACE_MILLIS);
							}
						}
					}
				}
				catch (Exception ex) {
					failed.incrementAndGet();
					connected.countDown();
				}
			});
		}
		connected.await();
		end = System.nanoTime() + seconds * 1_000_000_000L;
		System.out.printf("mode=%s clients=%d open=%d failed-to-connect-or-mid-run=%d%n", mode, clients, open.get(),
				failed.get());
		List<Long> probes = new ArrayList<>();
		while (System.nanoTime() < end - 1_000_000_000L) {
			Thread.sleep(1000);
			long start = System.nanoTime();
			String status;
			try (Socket socket = new Socket("localhost", port)) {
				socket.setSoTimeout(30_000);
				status = exchange(socket);
			}
			catch (Exception ex) {
				status = ex.toString();
			}
			long millis = (System.nanoTime() - start) / 1_000_000;
			probes.add(millis);
			System.out.printf("probe %2d: %5d ms  %s%n", probes.size(), millis, status);
		}
		Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000) + (mode.equals("slow") ? 15_000 : 2_000));
		long within = probes.stream().filter((m) -> m <= 1000).count();
		Collections.sort(probes);
		System.out.printf("probes within 1 s: %d of %d; max %d ms%n", within, probes.size(),
				probes.isEmpty() ? 0 : probes.get(probes.size() - 1));
		if (mode.equals("slow")) {
			System.out.printf("slow clients answered: %d of %d; replies: %s%n", slowReplies.size(), clients,
					summary(slowReplies));
		}
		else {
			System.out.printf("requests on the kept-alive connections: %d (%.0f/s); reconnects: %d; failures: %d%n",
					requests.get(), requests.get() / (double) seconds, reconnects.get(), failed.get());
		}
		System.exit(0);
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static final java.util.Map<Socket, InputStream> IN = new java.util.concurrent.ConcurrentHashMap<>();

	static InputStream buffered(Socket socket) {
		try {
			return new java.io.BufferedInputStream(socket.getInputStream());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** One GET on a kept-alive connection; returns its status line, or "closed". */
	static String exchange(Socket socket) throws Exception {
		OutputStream out = socket.getOutputStream();
		out.write(GET.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		InputStream in = IN.computeIfAbsent(socket, Connections::buffered);
		String head = readHead(in);
		if (head.isEmpty()) {
			IN.remove(socket);
			return "closed";
		}
		int length = 0;
		boolean chunked = false;
		for (String line : head.split("\r\n")) {
			String lower = line.toLowerCase();
			if (lower.startsWith("content-length:")) {
				length = Integer.parseInt(line.substring(15).trim());
			}
			if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
		}
		if (chunked) {
			while (true) {
				String size = readLine(in);
				int n = Integer.parseInt(size.trim(), 16);
				in.readNBytes(n + 2);
				if (n == 0) {
					break;
				}
			}
		}
		else {
			in.readNBytes(length);
		}
		return head.substring(0, head.indexOf("\r\n"));
	}

	/** A POST whose body comes a byte every 4 s; returns how it was answered, and after how long. */
	static String trickle(Socket socket) throws Exception {
		String body = "{\"task_name\":\"" + "x".repeat(100) + "\"}";
		OutputStream out = socket.getOutputStream();
		out.write(("POST " + PATH + " HTTP/1.1\r\nHost: localhost\r\nX-Auth-Token: t\r\nContent-Type: application/json\r\n"
				+ "Content-Length: " + body.length() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
		long start = System.nanoTime();
		Thread writer = Thread.ofVirtual().start(() -> {
			try {
				for (byte b : body.getBytes(StandardCharsets.US_ASCII)) {
					out.write(b);
					out.flush();
					Thread.sleep(4000);
				}
			}
			catch (Exception ex) {
				// closed by the server
			}
		});
		try {
			String head = readHead(socket.getInputStream());
			String status = head.isEmpty() ? "closed" : head.substring(0, head.indexOf("\r\n"));
			return status + " after ~" + ((System.nanoTime() - start) / 1_000_000_000L) + " s";
		}
		finally {
			writer.interrupt();
		}
	}

	static String summary(List<String> replies) {
		java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
		for (String reply : replies) {
			counts.merge(reply, 1, Integer::sum);
		}
		return counts.toString();
	}

	static String readHead(InputStream in) throws Exception {
		StringBuilder head = new StringBuilder();
		while (true) {
			String line = readLine(in);
			if (line == null || line.isEmpty()) {
				return head.toString();
			}
			head.append(line).append("\r\n");
		}
	}

	static String readLine(InputStream in) throws Exception {
		StringBuilder line = new StringBuilder();
		int b;
		while ((b = in.read()) >= 0) {
			if (b == '\n') {
				return line.toString().replace("\r", "");
			}
			line.append((char) b);
		}
		return line.isEmpty() ? null : line.toString();
	}

}
