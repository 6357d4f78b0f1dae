package io.github.taurusdbhtapmock.service.starrocks;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import tools.jackson.databind.JsonNode;

/**
 * The StarRocks instance operations over HTTP, for the demo project and TaurusDB
 * instance: paths, a valid creation body, and the catalogue's flavor ids looked up as a
 * client does.
 */
final class StarRocksApi {

	static final String PROJECT = ApiClient.PROJECT;

	static final String TAURUS = ApiClient.SOURCE_INSTANCE;

	static final String SEEDED = ApiClient.INSTANCE;

	static final String PASSWORD = "Test@123456!";

	private final ApiClient api;

	StarRocksApi(ApiClient api) {
		this.api = api;
	}

	static String instancesPath() {
		return "/v3/" + PROJECT + "/instances/" + TAURUS + "/starrocks";
	}

	static String instancePath(String starRocksId) {
		return instancesPath() + "/" + starRocksId;
	}

	static String onInstance(String starRocksId, String rest) {
		return "/v3/" + PROJECT + "/instances/" + starRocksId + "/starrocks" + rest;
	}

	/** The id of a catalogue flavor, from ListHtapFlavor. */
	String flavorId(String specCode, String version) {
		JsonNode flavors = this.api
			.get("/v3/" + PROJECT + "/htap/flavors/star-rocks?availability_zone_mode=single&spec_code=" + specCode
					+ "&version_name=" + version)
			.assertOk()
			.json()
			.get("flavors");
		return flavors.get(0).get("id").asString();
	}

	/**
	 * A Single instance of 3.1.6.0 with xlarge flavors, as the provider's test creates
	 * it.
	 */
	String singleBody(String name) {
		return body(name, "Single", 1, 1, flavorId("gaussdb.sr-fe.xlarge.x86.4", "3.1.6.0"),
				flavorId("gaussdb.sr-be.xlarge.x86.4", "3.1.6.0"));
	}

	String body(String name, String mode, int fe, int be, String feFlavor, String beFlavor) {
		return """
				{"name":"%s","engine":{"type":"star-rocks","version":"3.1.6.0"},"ha":{"mode":"%s"},
				 "fe_flavor_id":"%s","be_flavor_id":"%s","db_root_pwd":"%s","fe_count":%d,"be_count":%d,
				 "az_mode":"single","fe_volume":{"io_type":"SSD","capacity_in_gb":50},
				 "be_volume":{"io_type":"SSD","capacity_in_gb":50},"az_code":"cn-north-4a",
				 "tags_info":{"sys_tags":[{"key":"_sys_enterprise_project_id","value":"0"}]}}""".formatted(name, mode,
				feFlavor, beFlavor, PASSWORD, fe, be);
	}

	ApiResponse create(String body) {
		return this.api.post(instancesPath(), body);
	}

	/** Creates a Single instance; its id and job id. */
	String[] createSingle(String name) {
		JsonNode json = create(singleBody(name)).assertOk().json();
		return new String[] { json.at("/instance/id").asString(), json.get("job_id").asString() };
	}

	JsonNode instance(String starRocksId) {
		return this.api.get(instancePath(starRocksId)).assertOk().json().at("/instances/0");
	}

	JsonNode job(String jobId) {
		return this.api.get("/v3/" + PROJECT + "/jobs?id=" + jobId).assertOk().json().get("job");
	}

	ApiResponse delete(String starRocksId) {
		return this.api.send("DELETE", instancePath(starRocksId), null);
	}

	ApiResponse restart(String starRocksId) {
		return this.api.put(onInstance(starRocksId, "/restart"), null);
	}

	ApiResponse restartNode(String starRocksId, String nodeId) {
		return this.api.put(onInstance(starRocksId, "/" + nodeId + "/restart"), null);
	}

	ApiResponse resize(String starRocksId, String body) {
		return this.api.post(onInstance(starRocksId, "/resize-flavor"), body);
	}

	ApiResponse securityGroup(String starRocksId, String securityGroupId) {
		return this.api.put(onInstance(starRocksId, "/security-group"),
				"{\"security_group_id\":\"" + securityGroupId + "\"}");
	}

	ApiResponse upgrade(String body) {
		return this.api.post(instancesPath() + "/db-upgrade", body);
	}

	ApiResponse nodes(String starRocksId) {
		return this.api.get(onInstance(starRocksId, "/nodes"));
	}

	ApiResponse resourceCheck(String body) {
		return this.api.post("/v3/" + PROJECT + "/starrocks/resource-check", body);
	}

}
