package io.github.taurusdbhtapmock.service.htapinstance;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.service.htapinstance.wire.HtapInstanceListResponse;
import io.github.taurusdbhtapmock.service.htapinstance.wire.InstanceNodesResponse;
import io.github.taurusdbhtapmock.service.htapinstance.wire.StarRocksDatabasesResponse;
import io.github.taurusdbhtapmock.service.htapinstance.wire.StarRocksInstanceInfoResponse;
import io.github.taurusdbhtapmock.service.validation.DatabaseNameFilter;
import io.github.taurusdbhtapmock.service.validation.PageLimit;
import io.github.taurusdbhtapmock.service.validation.PageOffset;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.platform.web.SdkOperation;
import io.github.taurusdbhtapmock.platform.web.TaurusInstancePath;
import io.github.taurusdbhtapmock.platform.web.TaurusStarRocksPath;

/**
 * HTTP mapping of the read operations on HTAP (StarRocks) instances. The {instance_id} of
 * the path is the StarRocks instance for ListStarRocksDataBases and ListInstanceNode and
 * the TaurusDB instance for the other two.
 */
@RestController
@RequestMapping(path = "/v3/{project_id}/instances/{instance_id}", produces = ApiMediaType.JSON_UTF8_VALUE)
class HtapInstanceController {

	private final HtapInstanceService service;

	HtapInstanceController(HtapInstanceService service) {
		this.service = service;
	}

	@GetMapping("/starrocks/databases")
	@SdkOperation("ListStarRocksDataBases")
	StarRocksDatabasesResponse databases(InstancePath path,
			@RequestParam(name = "limit", required = false) @PageLimit String limit,
			@RequestParam(name = "offset", required = false) @PageOffset String offset,
			@RequestParam(name = "database_name", required = false) @DatabaseNameFilter String databaseName) {
		return StarRocksDatabasesResponse
			.from(this.service.databases(path, DatabaseQuery.of(limit, offset, databaseName)));
	}

	@GetMapping("/starrocks/nodes")
	@SdkOperation("ListInstanceNode")
	InstanceNodesResponse nodes(InstancePath path) {
		return InstanceNodesResponse.from(this.service.nodes(path));
	}

	@GetMapping("/htap")
	@SdkOperation("ListHtapInstanceInfo")
	HtapInstanceListResponse htapInstances(TaurusInstancePath path) {
		return HtapInstanceListResponse.from(this.service.attachedInstances(path));
	}

	@GetMapping("/starrocks/{starrocks_instance_id}")
	@SdkOperation("ListStarrocksInstanceInfo")
	StarRocksInstanceInfoResponse starRocksInstance(TaurusStarRocksPath path) {
		return StarRocksInstanceInfoResponse.from(this.service.attachedInstance(path));
	}

}
