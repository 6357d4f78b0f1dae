package io.github.taurusdbhtapmock.service.job;

/** The statuses of the task center, as the job API spells them. */
public enum JobStatus {

	PENDING("Pending"), RUNNING("Running"), COMPLETED("Completed"), FAILED("Failed");

	private final String wireValue;

	JobStatus(String wireValue) {
		this.wireValue = wireValue;
	}

	public String wireValue() {
		return this.wireValue;
	}

}
