package com.example.replication;

import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationConfigRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationConfigResponse;

import org.springframework.stereotype.Service;

/**
 * Replication tasks of the configured StarRocks instance, through the official SDK. A
 * failed call throws the SDK's {@code ServiceResponseException}, with GaussDB's error
 * code.
 */
@Service
public class ReplicationService {

	private static final String LANGUAGE = "en-us";

	private final GaussDBClient client;

	private final String instanceId;

	ReplicationService(GaussDBClient client, GaussDbProperties properties) {
		this.client = client;
		this.instanceId = properties.instanceId();
	}

	/** Creates the task; returns the id of the job that creates it. */
	public String create(NewTask task) {
		return this.client
			.createStarRocksDataReplication(new CreateStarRocksDataReplicationRequest().withInstanceId(this.instanceId)
				.withXLanguage(LANGUAGE)
				.withBody(new CreateStarRocksDataReplication().withTaskName(task.taskName())
					.withSourceInstanceId(task.sourceInstanceId())
					.withSourceDatabase(task.sourceDatabase())
					.withTargetDatabase(task.targetDatabase())))
			.getJobId();
	}

	public TaskConfiguration configuration(String taskName) {
		ListStarRocksDataReplicationConfigResponse reply = this.client.listStarRocksDataReplicationConfig(
				new ListStarRocksDataReplicationConfigRequest().withInstanceId(this.instanceId)
					.withXLanguage(LANGUAGE)
					.withTaskName(taskName));
		return new TaskConfiguration(reply.getSourceInstanceId(), reply.getDatabaseInfo().getDatabaseName(),
				reply.getTargetDatabaseName());
	}

}
