package example;

import java.util.Map;

import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationsRequest;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.junit.TaurusHtapEmulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The emulator without the extension, as any code can run it (another test framework, a
 * main, a build tool plugin): start, use, close. docs/junit.md quotes it.
 */
class EmbeddedServerExampleTest {

	@Test
	void startUseAndClose() {
		// tag::embedded[]
		try (TaurusHtapEmulator emulator = TaurusHtapEmulator.start(0, Map.of("emulator.jobs.duration", "0s"))) {
			GaussDBClient client = emulator.gaussDbClient();
			String total = client
				.listStarRocksDataReplications(new ListStarRocksDataReplicationsRequest()
					.withInstanceId(TaurusHtapEmulator.DEMO_STARROCKS_INSTANCE_ID)
					.withXLanguage("en-us"))
				.getTotalCount();
			assertEquals("0", total);
		}
		// end::embedded[]
	}

	@Test
	void closeStopsIt() {
		TaurusHtapEmulator emulator = TaurusHtapEmulator.start();
		emulator.close();
		assertFalse(emulator.isRunning());
	}

}
