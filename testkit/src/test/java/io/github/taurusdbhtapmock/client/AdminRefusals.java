package io.github.taurusdbhtapmock.client;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import io.github.taurusdbhtapmock.admin.api.AdminException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Assertions on control-plane calls made in Java that the emulator refuses. */
final class AdminRefusals {

	private AdminRefusals() {
	}

	/** The refusal the call ends with; fails when the call succeeds or ends otherwise. */
	static AdminException catchControl(ThrowingCallable call) {
		AdminException refused = catchThrowableOfType(AdminException.class, call);
		assertThat(refused).as("refused with AdminException").isNotNull();
		return refused;
	}

	/**
	 * The Java call is refused with the status, code and message the endpoint answered.
	 */
	static void assertSameRefusal(ThrowingCallable call, ProbeReply endpoint, int status, String code) {
		endpoint.assertError(status, code, "");
		AdminException refused = catchControl(call);
		assertThat(refused.httpStatus()).isEqualTo(status);
		assertThat(refused.errorCode()).isEqualTo(code);
		assertThat(refused.errorMsg()).isEqualTo(endpoint.errorMessage());
		assertThat(refused).hasMessage(code + ": " + refused.errorMsg());
	}

	/** Refused with this status and code, and a message containing every given text. */
	static AdminException assertRefused(ThrowingCallable call, int status, String code, String... messageParts) {
		AdminException refused = catchControl(call);
		assertThat(refused.httpStatus()).as(refused.getMessage()).isEqualTo(status);
		assertThat(refused.errorCode()).as(refused.getMessage()).isEqualTo(code);
		for (String part : messageParts) {
			assertThat(refused.errorMsg()).contains(part);
		}
		return refused;
	}

}
