package io.github.taurusdbhtapmock.service.catalogue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ListHtapDataStore, ListHtapFlavor and ListHtapStorageType over HTTP: the catalogue's
 * values with the JSON types the SDK declares, the filters, and the refusals.
 */
class HtapCatalogueHttpTest extends EmulatorTest {

	private static final String HTAP = "/v3/" + ApiClient.PROJECT + "/htap";

	private static final String FLAVORS = HTAP + "/flavors/star-rocks";

	@Test
	void datastoresListTheKernelVersionsTheSeededInstancesRunFirst() {
		ApiResponse reply = this.api.get(HTAP + "/datastores/star-rocks").assertOk();

		JsonNode datastores = reply.json().get("datastores");
		assertThat(reply.json().propertyNames()).containsExactly("datastores");
		assertThat(datastores).hasSize(2);
		for (JsonNode datastore : datastores) {
			assertThat(datastore.propertyNames()).containsExactlyInAnyOrder("id", "name", "kernel_version");
			datastore.properties()
				.forEach((field) -> assertThat(field.getValue().isString()).as(field.getKey()).isTrue());
		}
		assertThat(texts(datastores, "kernel_version")).containsExactly("3.1.6.0", "3.3.8.0");
		assertThat(texts(datastores, "name")).containsExactly("3.1.6", "3.3.8");
		// the version and datastore id every seeded StarRocks instance reports
		JsonNode node = this.api
			.get("/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.SOURCE_INSTANCE + "/starrocks/"
					+ ApiClient.INSTANCE)
			.assertOk()
			.json()
			.at("/instances/0/groups/0/nodes/0/datastore");
		assertThat(datastores.get(0).get("id").asString()).isEqualTo(node.get("id").asString());
		assertThat(datastores.get(0).get("kernel_version").asString()).isEqualTo(node.get("version").asString());
	}

	@Test
	void flavorsAreFeAndBeOfEveryVersionWithStringFields() {
		JsonNode flavors = this.api.get(FLAVORS).assertOk().json().get("flavors");

		assertThat(flavors).hasSize(12);
		for (JsonNode flavor : flavors) {
			assertThat(flavor.propertyNames()).containsExactlyInAnyOrder("type", "vcpus", "ram", "id", "spec_code",
					"version_name", "instance_mode", "az_status");
			flavor.properties()
				.stream()
				.filter((field) -> !field.getKey().equals("az_status"))
				.forEach((field) -> assertThat(field.getValue().isString()).as(field.getKey()).isTrue());
			assertThat(flavor.get("az_status").isObject()).isTrue();
			assertThat(flavor.get("az_status").propertyNames()).containsExactly("cn-north-4a", "cn-north-4b",
					"cn-north-4c");
			assertThat(flavor.get("ram").asInt()).isEqualTo(4 * flavor.get("vcpus").asInt());
		}
		assertThat(texts(flavors, "id")).doesNotHaveDuplicates();
		assertThat(texts(flavors, "spec_code")).contains("gaussdb.sr-fe.xlarge.x86.4", "gaussdb.sr-be.xlarge.x86.4",
				"gaussdb.sr-be.2xlarge.x86.4", "gaussdb.sr-fe.4xlarge.x86.4");
	}

	@Test
	void theTerraformFiltersMatchExactly() {
		JsonNode flavors = this.api
			.get(FLAVORS + "?availability_zone_mode=single&version_name=3.1.6.0&spec_code=gaussdb.sr-be.xlarge.x86.4")
			.assertOk()
			.json()
			.get("flavors");

		assertThat(flavors).singleElement().satisfies((flavor) -> {
			assertThat(flavor.get("spec_code").asString()).isEqualTo("gaussdb.sr-be.xlarge.x86.4");
			assertThat(flavor.get("version_name").asString()).isEqualTo("3.1.6.0");
			assertThat(flavor.get("vcpus").asString()).isEqualTo("4");
			assertThat(flavor.get("ram").asString()).isEqualTo("16");
			assertThat(flavor.get("az_status").get("cn-north-4a").asString()).isEqualTo("normal");
		});
		// the provider's test needs two FE and two BE flavors on sale in its zone to
		// resize
		JsonNode ofVersion = this.api.get(FLAVORS + "?availability_zone_mode=single&version_name=3.1.6.0")
			.assertOk()
			.json()
			.get("flavors");
		assertThat(ofVersion).hasSize(6);
		assertThat(texts(ofVersion, "version_name")).containsOnly("3.1.6.0");
		for (String role : List.of("sr-fe", "sr-be")) {
			assertThat(ofVersion)
				.filteredOn((flavor) -> flavor.get("spec_code").asString().contains(role)
						&& "normal".equals(flavor.get("az_status").get("cn-north-4a").asString()))
				.hasSizeGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void multiZoneLeavesOutTheFlavorsOnSaleInOneZoneOnly() {
		JsonNode multi = this.api.get(FLAVORS + "?availability_zone_mode=multi&version_name=3.3.8.0")
			.assertOk()
			.json()
			.get("flavors");

		assertThat(texts(multi, "spec_code")).containsExactly("gaussdb.sr-fe.xlarge.x86.4",
				"gaussdb.sr-fe.2xlarge.x86.4", "gaussdb.sr-be.xlarge.x86.4", "gaussdb.sr-be.2xlarge.x86.4");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "version_name=3.1.6", "version_name=9.9.9.9", "spec_code=gaussdb.sr-be.xlarge",
			"spec_code=GAUSSDB.SR-BE.XLARGE.X86.4" })
	void aFilterNothingMatchesAnswersAnEmptyList(String filter) {
		assertThat(this.api.get(FLAVORS + "?" + filter).assertOk().json().get("flavors")).isEmpty();
	}

	@Test
	void storageTypesOfAVersionHaveAnIntegerMinimumSize() {
		ApiResponse reply = this.api.get(HTAP + "/storage-type/star-rocks?version_name=3.1.6.0").assertOk();

		assertThat(reply.json().propertyNames()).containsExactly("storage_type");
		JsonNode types = reply.json().get("storage_type");
		assertThat(texts(types, "name")).containsExactly("ULTRAHIGH", "ESSD");
		for (JsonNode type : types) {
			assertThat(type.propertyNames()).containsExactlyInAnyOrder("name", "az_status", "min_volume_size");
			assertThat(type.get("name").isString()).isTrue();
			assertThat(type.get("min_volume_size").isInt()).as("min_volume_size is a JSON integer").isTrue();
			assertThat(type.get("az_status").get("cn-north-4a").asString()).isEqualTo("normal");
		}
		assertThat(types.get(0).get("min_volume_size").asInt()).isEqualTo(50);
		assertThat(types.get(1).get("min_volume_size").asInt()).isEqualTo(100);
		assertThat(types.get(1).get("az_status").get("cn-north-4c").asString()).isEqualTo("unsupported");
	}

	@Test
	void aVersionNotOnSaleHasNoStorageType() {
		assertThat(this.api.get(HTAP + "/storage-type/star-rocks?version_name=2.5.0.0")
			.assertOk()
			.json()
			.get("storage_type")).isEmpty();
	}

	@Test
	void storageTypesNeedTheVersion() {
		this.api.get(HTAP + "/storage-type/star-rocks").assertError(400, "DBS.280001", "Parameter error.");
		assertThat(this.api.get(HTAP + "/storage-type/star-rocks").errorMessage()).contains("version_name");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/datastores/starrocks", "/flavors/mysql", "/flavors/Star-Rocks" })
	void anUnknownEngineIsAParameterErrorNamingIt(String path) {
		this.api.get(HTAP + path)
			.assertError(400, "DBS.280001", "Parameter error. engine_name: must be star-rocks, the only HTAP engine");
	}

	@Test
	void anUnknownDatabaseIsAParameterErrorNamingIt() {
		this.api.get(HTAP + "/storage-type/gaussdb-mysql?version_name=3.1.6.0")
			.assertError(400, "DBS.280001", "Parameter error. database: must be star-rocks, the only HTAP engine");
	}

	@Test
	void anUnknownZoneModeIsAParameterErrorNamingIt() {
		this.api.get(FLAVORS + "?availability_zone_mode=triple")
			.assertError(400, "DBS.280001", "Parameter error. availability_zone_mode: must be single or multi");
	}

	@Test
	void aMalformedProjectIsAParameterError() {
		this.api.get("/v3/not-a-project/htap/datastores/star-rocks")
			.assertError(400, "DBS.280001", "Parameter error. project_id: must be 32 letters or digits");
	}

	@Test
	void theRefusalSpeaksTheRequestsLanguage() {
		this.api.withHeader("X-Language", "zh-cn")
			.get(FLAVORS + "?availability_zone_mode=triple")
			.assertError(400, "DBS.280001", "参数错误。availability_zone_mode: 必须是 single 或 multi");
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> texts = new ArrayList<>();
		array.forEach((element) -> texts.add(element.get(field).asString()));
		return texts;
	}

}
