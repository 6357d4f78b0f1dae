package io.github.taurusdbhtapmock.junit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationsRequest;

import io.github.taurusdbhtapmock.admin.api.Fault;

/**
 * What the extension costs, run by bench/junit-start.sh in a fresh JVM: the first start
 * of an emulator (what the first test class waits for), the first SDK call, each further
 * start in the same JVM (each further class with a per-class emulator) and the reset
 * before each test, measured after a test-sized change (a task, its job, a fault rule,
 * journal entries). Then the isolation the extension does not use, for comparison: the
 * emulator as a child JVM from the same unpacked jar, plain and with a class-data archive
 * of its own classes (what a child-JVM extension would keep between runs). Not a test:
 * timings belong in a report, not in assertions.
 */
public final class StartCostBenchmark {

	private StartCostBenchmark() {
	}

	public static void main(String[] args) {
		int resets = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		int restarts = (args.length > 1) ? Integer.parseInt(args[1]) : 5;
		long jvmUptimeAtStart = ManagementFactory.getRuntimeMXBean().getUptime();

		long started = System.nanoTime();
		TaurusHtapEmulator emulator = TaurusHtapEmulator.start();
		double firstStart = millisSince(started);

		GaussDBClient client = emulator.gaussDbClient();
		started = System.nanoTime();
		list(client);
		double firstCall = millisSince(started);

		double[] resetMillis = new double[resets];
		for (int i = 0; i < resets; i++) {
			dirty(emulator, client, i);
			started = System.nanoTime();
			emulator.reset();
			resetMillis[i] = millisSince(started);
		}
		emulator.close();

		double[] restartMillis = new double[restarts];
		for (int i = 0; i < restarts; i++) {
			started = System.nanoTime();
			TaurusHtapEmulator next = TaurusHtapEmulator.start();
			restartMillis[i] = millisSince(started);
			next.close();
		}

		double[] childMillis = childStarts(restarts, false);
		double[] childCdsMillis = childStarts(restarts, true);

		System.out.printf(Locale.ROOT, "java %s, %d processors%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors());
		System.out.printf(Locale.ROOT, "JVM uptime before the first start: %d ms%n", jvmUptimeAtStart);
		System.out.printf(Locale.ROOT, "first start (fresh JVM): %.0f ms%n", firstStart);
		System.out.printf(Locale.ROOT, "first SDK call after it: %.0f ms%n", firstCall);
		System.out.printf(Locale.ROOT, "further starts in the same JVM (%d): %s%n", restarts, summary(restartMillis));
		System.out.printf(Locale.ROOT,
				"per-test reset after a task, a job, a fault rule and 2 journal entries (%d): %s%n", resets,
				summary(resetMillis));
		System.out.printf(Locale.ROOT, "child JVM start to the first 200 (%d): %s%n", restarts, summary(childMillis));
		System.out.printf(Locale.ROOT, "child JVM with a class-data archive (%d): %s%n", restarts,
				summary(childCdsMillis));
	}

	/**
	 * The emulator as a child process of this JVM's java, from the runtime's unpacked
	 * directory: launch to the first 200 of GET /_emulator/info. With {@code cds}, one
	 * unmeasured run first writes a dynamic class-data archive that the measured runs
	 * map.
	 */
	private static double[] childStarts(int runs, boolean cds) {
		try {
			Path directory = EmulatorRuntime.unpacked();
			Path archive = Files.createTempFile("taurusdb-htap-mock", ".jsa");
			Files.delete(archive);
			if (cds) {
				startChild(directory, List.of("-XX:ArchiveClassesAtExit=" + archive));
			}
			List<String> options = cds ? List.of("-XX:SharedArchiveFile=" + archive) : List.of();
			double[] millis = new double[runs];
			for (int i = 0; i < runs; i++) {
				millis[i] = startChild(directory, options);
			}
			Files.deleteIfExists(archive);
			return millis;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static double startChild(Path directory, List<String> jvmOptions) throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(jvmOptions);
		command
			.addAll(List.of("-cp", directory.resolve("classes") + File.pathSeparator + directory.resolve("lib") + "/*",
					"io.github.taurusdbhtapmock.TaurusHtapEmulatorApplication", "--server.port=" + port));
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest info = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/_emulator/info")).build();
		try {
			while (true) {
				try {
					if (http.send(info, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						return millisSince(started);
					}
				}
				catch (IOException notYet) {
					if (!process.isAlive()) {
						throw new IllegalStateException("the child emulator exited with " + process.exitValue());
					}
				}
				Thread.sleep(20);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			// SIGTERM: a JVM writing its class-data archive does so at a normal exit
			process.destroy();
			try {
				process.waitFor();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** What a test typically leaves behind. */
	private static void dirty(TaurusHtapEmulator emulator, GaussDBClient client, int i) {
		client.createStarRocksDataReplication(new CreateStarRocksDataReplicationRequest()
			.withInstanceId(TaurusHtapEmulator.DEMO_STARROCKS_INSTANCE_ID)
			.withXLanguage("en-us")
			.withBody(new CreateStarRocksDataReplication()
				.withSourceInstanceId(TaurusHtapEmulator.DEMO_TAURUS_INSTANCE_ID)
				.withSourceDatabase("src_db")
				.withTargetDatabase("tgt_" + i)
				.withTaskName("task_" + i)));
		emulator.addFault(Fault.on("ModifyDataSync").drop());
		list(client);
	}

	private static void list(GaussDBClient client) {
		client.listStarRocksDataReplications(
				new ListStarRocksDataReplicationsRequest().withInstanceId(TaurusHtapEmulator.DEMO_STARROCKS_INSTANCE_ID)
					.withXLanguage("en-us"));
	}

	private static double millisSince(long nanoTime) {
		return (System.nanoTime() - nanoTime) / 1e6;
	}

	private static String summary(double[] millis) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		double mean = Arrays.stream(sorted).average().orElse(0);
		return String.format(Locale.ROOT, "mean %.3f ms, median %.3f ms, p90 %.3f ms, max %.3f ms", mean,
				sorted[sorted.length / 2], sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))],
				sorted[sorted.length - 1]);
	}

}
