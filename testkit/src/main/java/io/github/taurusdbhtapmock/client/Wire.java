package io.github.taurusdbhtapmock.client;

import java.util.List;

import io.github.taurusdbhtapmock.admin.api.FaultRule;
import io.github.taurusdbhtapmock.admin.api.JobDetail;

/**
 * The bodies of {@code /_emulator} that the contract has no record for: envelopes around
 * its records, counts, and the error body. Read and written by {@link RecordCodec}.
 */
final class Wire {

	private Wire() {
	}

	/** {@code POST /_emulator/jobs/{id}/complete} and {@code .../fail}. */
	record JobReply(JobDetail job) {
	}

	/** {@code POST /_emulator/jobs/complete-running}. */
	record JobsReply(List<JobDetail> jobs) {
	}

	/** {@code GET /_emulator/faults}. */
	record FaultList(List<FaultRule> faults) {
	}

	/** {@code DELETE /_emulator/faults} and {@code DELETE /_emulator/requests}. */
	record Deleted(int deleted) {
	}

	/** The body of {@code POST /_emulator/jobs/{id}/fail}. */
	record FailRequest(String failReason) {
	}

	/** A refusal: {@code {"error_code","error_msg"}}. */
	record ErrorBody(String errorCode, String errorMsg) {
	}

}
