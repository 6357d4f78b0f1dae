package io.github.taurusdbhtapmock.service.replication;

/** Where a task is in its life, spelled as the live service reports it. */
public enum TaskStage {

	/** Registered by a configuration check, not started yet. */
	WAIT("Wait"), FULL("Full"), INCREMENTAL("Incremental"), PAUSED("Paused"), CANCELLED("Cancelled");

	private final String wireValue;

	TaskStage(String wireValue) {
		this.wireValue = wireValue;
	}

	public String wireValue() {
		return this.wireValue;
	}

}
