import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.github.taurusdbhtapmock.junit.TaurusHtapEmulator;

/**
 * The test kit's first start in a fresh JVM, as a user's first test class meets it: the
 * JVM's launch to the first 200 on GET configuration of an emulator the kit embeds (the
 * same poll as {@code BenchTool launch}: one create, then GETs), and the kit's start call
 * alone (what bench/junit-start.sh calls the first start). Run by bench/run.sh on the
 * kit's test classpath, with the JVM's default options, as a test JVM has them. Prints
 * "LAUNCH_TO_200_MS START_CALL_MS".
 */
public final class EmbeddedStart {

	private EmbeddedStart() {
	}

	public static void main(String[] args) throws Exception {
		long started = System.nanoTime();
		TaurusHtapEmulator emulator = TaurusHtapEmulator.start();
		long startCall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		URI base = URI.create(emulator.baseUrl() + args[0]);
		BenchTool.firstOk(base, "bench_task", null, System.nanoTime() + TimeUnit.SECONDS.toNanos(120));
		long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		System.out.printf(Locale.ROOT, "%d %d%n", uptime, startCall);
		emulator.close();
		System.exit(0);
	}

}
