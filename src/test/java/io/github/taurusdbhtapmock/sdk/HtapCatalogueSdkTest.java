package io.github.taurusdbhtapmock.sdk;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.HtapFlavorInfoFlavors;
import com.huaweicloud.sdk.gaussdb.v3.model.HtapStorageTypeStorageType;
import com.huaweicloud.sdk.gaussdb.v3.model.ListHtapDataStoreRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListHtapDataStoreResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.ListHtapFlavorRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListHtapFlavorResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.ListHtapStorageTypeRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListHtapStorageTypeResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.SrDataStoresDatastores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.SdkClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTAP catalogue through the official Java SDK, as the Terraform provider's data
 * sources use it: the SDK parses every field with its declared type (strings, and an
 * Integer min_volume_size), so a reply that parses proves the JSON types.
 */
class HtapCatalogueSdkTest extends EmulatorTest {

	private SdkClient sdk;

	private GaussDBClient client;

	@BeforeEach
	void buildClient() {
		this.sdk = SdkClient.connect(port());
		this.client = this.sdk.client();
	}

	@Test
	void listHtapDataStoreNamesTheKernelVersions() {
		ListHtapDataStoreResponse reply = this.client
			.listHtapDataStore(new ListHtapDataStoreRequest().withEngineName("star-rocks").withXLanguage("en-us"));

		assertThat(reply.getHttpStatusCode()).isEqualTo(200);
		assertThat(reply.getDatastores()).extracting(SrDataStoresDatastores::getKernelVersion)
			.containsExactly("3.1.6.0", "3.3.8.0");
		assertThat(reply.getDatastores().get(0).getId()).isEqualTo("38197973-8895-36ed-b853-52daeefb6d3a");
	}

	@Test
	void listHtapFlavorFiltersAsTheTerraformDataSourceDoes() {
		ListHtapFlavorResponse reply = this.client
			.listHtapFlavor(new ListHtapFlavorRequest().withEngineName("star-rocks")
				.withAvailabilityZoneMode("single")
				.withVersionName("3.1.6.0")
				.withSpecCode("gaussdb.sr-be.xlarge.x86.4"));

		assertThat(reply.getFlavors()).singleElement().satisfies((flavor) -> {
			assertThat(flavor.getSpecCode()).isEqualTo("gaussdb.sr-be.xlarge.x86.4");
			assertThat(flavor.getVcpus()).isEqualTo("4");
			assertThat(flavor.getRam()).isEqualTo("16");
			assertThat(flavor.getType()).isEqualTo("x86");
			assertThat(flavor.getInstanceMode()).isEqualTo("Cluster");
			assertThat(flavor.getId()).isNotBlank();
			assertThat(flavor.getAzStatus()).containsEntry("cn-north-4a", "normal");
		});
		ListHtapFlavorResponse all = this.client
			.listHtapFlavor(new ListHtapFlavorRequest().withEngineName("star-rocks"));
		assertThat(all.getFlavors()).extracting(HtapFlavorInfoFlavors::getVersionName)
			.containsOnly("3.1.6.0", "3.3.8.0")
			.hasSize(12);
	}

	@Test
	void listHtapStorageTypeGivesAnIntegerMinimumVolume() {
		ListHtapStorageTypeResponse reply = this.client.listHtapStorageType(
				new ListHtapStorageTypeRequest().withDatabase("star-rocks").withVersionName("3.1.6.0"));

		assertThat(reply.getStorageType()).extracting(HtapStorageTypeStorageType::getName)
			.containsExactly("ULTRAHIGH", "ESSD");
		assertThat(reply.getStorageType()).extracting(HtapStorageTypeStorageType::getMinVolumeSize)
			.containsExactly(50, 100);
		assertThat(reply.getStorageType().get(0).getAzStatus()).containsEntry("cn-north-4b", "normal");
	}

	@Test
	void anUnknownEngineIsAParameterError() {
		ClientRequestException error = SdkClient.clientError(() -> this.client
			.listHtapFlavor(new ListHtapFlavorRequest().withEngineName("clickhouse").withXLanguage("en-us")));

		this.sdk.assertError(error, 400, "DBS.280001", "Parameter error.");
		assertThat(error.getErrorMsg()).contains("engine_name");
	}

}
