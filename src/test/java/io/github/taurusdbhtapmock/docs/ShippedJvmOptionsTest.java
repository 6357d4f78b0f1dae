package io.github.taurusdbhtapmock.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The JVM options that won the benchmark are written in three places: the image's
 * JAVA_TOOL_OPTIONS (in its training stage and its run stage: an AOT cache is used only
 * with the options it was trained with), scripts/start-fast.sh and bench/run.sh, which
 * measures them. They must not drift apart, or the benchmark measures something nobody
 * runs.
 */
class ShippedJvmOptionsTest {

	private static final Pattern SCRIPT_OPTIONS = Pattern.compile("(?m)^SHIPPED_JVM_OPTS=\"([^\"]+)\"$");

	private static final Pattern IMAGE_OPTIONS = Pattern.compile("(?m)^ENV JAVA_TOOL_OPTIONS=\"([^\"]+)\"$");

	@Test
	void theDockerfileTheFastStartAndTheBenchmarkUseTheSameOptions() throws IOException {
		String shipped = group(SCRIPT_OPTIONS, read("scripts/start-fast.sh"));
		assertThat(shipped).contains("-Xmx");
		// a JVM whose heap ran out exits, so that its container restarts it
		assertThat(shipped).contains("-XX:+ExitOnOutOfMemoryError");

		assertThat(group(SCRIPT_OPTIONS, read("bench/run.sh"))).isEqualTo(shipped);

		// set before the training run, so the AOT cache is trained with the options it is
		// used with
		String dockerfile = read("Dockerfile");
		assertThat(group(IMAGE_OPTIONS, dockerfile)).isEqualTo(shipped);
		assertThat(dockerfile.indexOf("ENV JAVA_TOOL_OPTIONS=")).isLessThan(dockerfile.indexOf("-XX:AOTCacheOutput="));
		// the training stage and the run stage set them each: both the same
		Matcher every = IMAGE_OPTIONS.matcher(dockerfile);
		while (every.find()) {
			assertThat(every.group(1)).isEqualTo(shipped);
		}
	}

	@Test
	void thePerformancePageNamesThem() throws IOException {
		String shipped = group(SCRIPT_OPTIONS, read("scripts/start-fast.sh"));
		assertThat(read("docs/performance.md")).contains(shipped);
		assertThat(read("docs/configuration.md")).contains(shipped);
	}

	private static String read(String file) throws IOException {
		return Files.readString(Path.of(file));
	}

	private static String group(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("%s in the file", pattern).isTrue();
		return matcher.group(1);
	}

}
