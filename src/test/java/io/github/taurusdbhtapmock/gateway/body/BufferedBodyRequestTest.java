package io.github.taurusdbhtapmock.gateway.body;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import io.github.taurusdbhtapmock.platform.error.RequestBodyTooLargeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The one body buffer, on its own: what it reads from the connection, what it keeps, what
 * it replays, and where it stops.
 */
class BufferedBodyRequestTest {

	private static final String BODY = "{\"task_name\":\"abcdefghijklmnopqrstuvwxyz\"}";

	private final MockHttpServletRequest connection = new MockHttpServletRequest("POST", "/v3/p/x");

	BufferedBodyRequestTest() {
		this.connection.setContent(BODY.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readingAheadTakesOnlyWhatWasAskedAndTheApplicationStillReadsEverything() throws IOException {
		BufferedBodyRequest body = new BufferedBodyRequest(this.connection, 1024, 16);

		body.readAhead(17);

		assertThat(this.connection.getInputStream().available()).isEqualTo(BODY.length() - 17);
		assertThat(RequestBody.start(this.connection)).isEqualTo(new RequestBody.Start(BODY.substring(0, 16), true));
		assertThat(new String(body.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(BODY);
		assertThat(RequestBody.whole(this.connection)).isNull();
	}

	@Test
	void aBodyWithinWhatIsKeptIsKeptWhole() throws IOException {
		BufferedBodyRequest body = new BufferedBodyRequest(this.connection, 1024, 4096);

		body.readAhead(4097);

		assertThat(RequestBody.start(this.connection)).isEqualTo(new RequestBody.Start(BODY, false));
		assertThat(body.getReader().readLine()).isEqualTo(BODY);
	}

	@Test
	void withoutReadingAheadWhatTheApplicationReadsIsKept() throws IOException {
		BufferedBodyRequest body = new BufferedBodyRequest(this.connection, 1024, 8);

		assertThat(RequestBody.start(this.connection)).isEqualTo(new RequestBody.Start(null, false));
		assertThat(body.getInputStream().readAllBytes()).hasSize(BODY.length());
		assertThat(RequestBody.start(this.connection)).isEqualTo(new RequestBody.Start(BODY.substring(0, 8), true));
	}

	@Test
	void theWholeBodyIsReadExactlyAndReplayed() throws IOException {
		BufferedBodyRequest body = new BufferedBodyRequest(this.connection, BODY.length(), -1);

		body.readAhead(5);
		body.readWhole();

		assertThat(RequestBody.whole(this.connection)).isEqualTo(BODY.getBytes(StandardCharsets.UTF_8));
		assertThat(RequestBody.start(this.connection)).isNull();
		InputStream replay = body.getInputStream();
		assertThat(replay.readAllBytes()).isEqualTo(BODY.getBytes(StandardCharsets.UTF_8));
		assertThat(body.getInputStream().read()).isEqualTo(-1);
	}

	@Test
	void readingStopsOneBytePastTheLimit() throws IOException {
		BufferedBodyRequest body = new BufferedBodyRequest(this.connection, 10, 4096);

		assertThatExceptionOfType(RequestBodyTooLargeException.class).isThrownBy(() -> body.readAhead(4097));

		assertThat(this.connection.getInputStream().available()).isEqualTo(BODY.length() - 11);
		assertThat(RequestBody.start(this.connection)).isEqualTo(new RequestBody.Start(BODY.substring(0, 11), true));
	}

	@Test
	void theApplicationReadingPastTheLimitFailsThereToo() throws IOException {
		BufferedBodyRequest body = new BufferedBodyRequest(this.connection, 10, -1);
		InputStream in = body.getInputStream();

		assertThatExceptionOfType(RequestBodyTooLargeException.class).isThrownBy(in::readAllBytes);
		assertThat(this.connection.getInputStream().available()).isEqualTo(BODY.length() - 11);
	}

	@Test
	void aWholeBodyOverTheLimitIsNeverHeld() {
		BufferedBodyRequest body = new BufferedBodyRequest(this.connection, 10, -1);

		assertThatExceptionOfType(RequestBodyTooLargeException.class).isThrownBy(body::readWhole);
		assertThat(RequestBody.whole(this.connection)).isNull();
	}

}
