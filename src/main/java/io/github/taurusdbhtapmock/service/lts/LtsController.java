package io.github.taurusdbhtapmock.service.lts;

import java.util.Arrays;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.platform.validation.ProjectId;
import io.github.taurusdbhtapmock.platform.validation.StarRocksInstanceId;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.SdkOperation;
import io.github.taurusdbhtapmock.service.htapinstance.CloudDefaults;
import io.github.taurusdbhtapmock.service.htapinstance.HtapInstanceService;
import io.github.taurusdbhtapmock.service.htapinstance.StarRocksCluster;
import io.github.taurusdbhtapmock.service.instancesettings.LogType;
import io.github.taurusdbhtapmock.service.instancesettings.LtsLink;
import io.github.taurusdbhtapmock.service.lts.wire.LtsConfigsRequest;
import io.github.taurusdbhtapmock.service.lts.wire.LtsConfigsResponse;
import io.github.taurusdbhtapmock.service.lts.wire.LtsConfigsResponse.InstanceLtsConfigs;
import io.github.taurusdbhtapmock.service.lts.wire.LtsConfigsResponse.LtsConfig;
import io.github.taurusdbhtapmock.service.lts.wire.LtsConfigsResponse.LtsInstance;
import io.github.taurusdbhtapmock.service.lts.wire.LtsUnlinkRequest;
import io.github.taurusdbhtapmock.service.validation.PageLimit;
import io.github.taurusdbhtapmock.service.validation.PageOffset;

/**
 * HTTP mapping of the LTS configurations of a project's StarRocks instances: the
 * instances are named in the query and the bodies, not the path.
 */
@RestController
@RequestMapping(path = "/v3/{project_id}/starrocks/instances/logs/lts-configs", produces = ApiMediaType.JSON_UTF8_VALUE)
class LtsController {

	private static final int DEFAULT_LIMIT = 100;

	private static final String ENTERPRISE_PROJECT_NAME = "default";

	private final LtsService service;

	private final HtapInstanceService instances;

	LtsController(LtsService service, HtapInstanceService instances) {
		this.service = service;
		this.instances = instances;
	}

	@GetMapping
	@SdkOperation("ShowHtapLtsConfig")
	LtsConfigsResponse list(@PathVariable("project_id") @ProjectId String projectId,
			@RequestParam(name = "instance_id", required = false) @StarRocksInstanceId String instanceId,
			@RequestParam(name = "enterprise_project_id", required = false) String enterpriseProjectId,
			@RequestParam(name = "instance_name", required = false) String instanceName,
			@RequestParam(name = "limit", required = false) @PageLimit String limit,
			@RequestParam(name = "offset", required = false) @PageOffset String offset) {
		LtsPage page = this.service.page(projectId,
				new LtsQuery(instanceId, instanceName, enterpriseProjectId,
						(offset != null) ? Integer.parseInt(offset) : 0,
						(limit != null) ? Integer.parseInt(limit) : DEFAULT_LIMIT));
		return new LtsConfigsResponse(page.entries().stream().map(this::configs).toList(), page.total());
	}

	/**
	 * UpdateStarRockLtsConfig. The SDK declares the reply a free-form object: an empty
	 * one.
	 */
	@PostMapping
	@SdkOperation("UpdateStarRockLtsConfig")
	Map<String, Object> link(@PathVariable("project_id") @ProjectId String projectId,
			@Valid @RequestBody LtsConfigsRequest body) {
		this.service.link(projectId, body.logConfigs());
		return Map.of();
	}

	/**
	 * DeleteStarRockLtsConfig: the logs travel in a DELETE body, as the SDK sends them.
	 */
	@DeleteMapping
	@SdkOperation("DeleteStarRockLtsConfig")
	Map<String, Object> unlink(@PathVariable("project_id") @ProjectId String projectId,
			@Valid @RequestBody LtsUnlinkRequest body) {
		this.service.unlink(projectId, body.logConfigs());
		return Map.of();
	}

	private InstanceLtsConfigs configs(LtsPage.Entry entry) {
		StarRocksCluster cluster = this.instances.cluster(entry.instance());
		return new InstanceLtsConfigs(Arrays.stream(LogType.values()).map((type) -> {
			LtsLink link = entry.settings().lts().get(type);
			return (link != null) ? new LtsConfig(type.wireValue(), link.groupId(), link.streamId(), true)
					: new LtsConfig(type.wireValue(), "", "", false);
		}).toList(),
				new LtsInstance(entry.instance().id(), entry.instance().name(), cluster.mode(),
						CloudDefaults.ENGINE_NAME, cluster.engineVersion(), entry.instance().status(),
						CloudDefaults.ENTERPRISE_PROJECT_ID, ENTERPRISE_PROJECT_NAME));
	}

}
