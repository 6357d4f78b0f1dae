package io.github.taurusdbhtapmock.support;

import java.util.concurrent.atomic.AtomicReference;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The official client, remembering the X-Request-Id of the last reply (the SDK hides
 * response headers), and the assertions on what a caller of the SDK sees of an error.
 */
public final class RecordingSdkClient {

	private final AtomicReference<String> lastRequestId = new AtomicReference<>();

	private final GaussDBClient client;

	public RecordingSdkClient(int port) {
		this.client = SdkClients.forPort(port, SdkClients.recordingRequestIds(this.lastRequestId));
	}

	public GaussDBClient client() {
		return this.client;
	}

	public static ClientRequestException clientError(ThrowingCallable call) {
		ClientRequestException error = catchThrowableOfType(ClientRequestException.class, call);
		assertThat(error).as("the SDK raised ClientRequestException").isNotNull();
		return error;
	}

	/**
	 * Status, code, the documented start of the message, and the exchange's own request
	 * id.
	 */
	public void assertError(ClientRequestException error, int status, String code, String messageStart) {
		assertThat(error.getHttpStatusCode()).as(error.toString()).isEqualTo(status);
		assertThat(error.getErrorCode()).as(error.toString()).isEqualTo(code);
		assertThat(error.getErrorMsg()).as(error.toString()).startsWith(messageStart);
		assertThat(error.getRequestId()).matches("[0-9a-f]{32}").isEqualTo(this.lastRequestId.get());
	}

}
