package io.github.taurusdbhtapmock.testsupport;

import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationsRequest;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;

/**
 * The official SDK's calls the kit's tests make on the demo topology, each written once.
 */
public final class SdkTasks {

	private SdkTasks() {
	}

	/**
	 * CreateStarRocksDataReplication of a task {@code name} from {@code src_db} into
	 * {@code <name>_ap}: the id of the job it starts.
	 */
	public static String create(GaussDBClient client, String name) {
		return client
			.createStarRocksDataReplication(new CreateStarRocksDataReplicationRequest()
				.withInstanceId(DemoTopology.STARROCKS_INSTANCE_ID)
				.withXLanguage("en-us")
				.withBody(new CreateStarRocksDataReplication().withSourceInstanceId(DemoTopology.TAURUS_INSTANCE_ID)
					.withSourceDatabase("src_db")
					.withTargetDatabase(name + "_ap")
					.withTaskName(name)))
			.getJobId();
	}

	/** ListStarRocksDataReplications of the demo instance: its total_count. */
	public static String listTotal(GaussDBClient client) {
		return client
			.listStarRocksDataReplications(
					new ListStarRocksDataReplicationsRequest().withInstanceId(DemoTopology.STARROCKS_INSTANCE_ID)
						.withXLanguage("en-us"))
			.getTotalCount();
	}

}
