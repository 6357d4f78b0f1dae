package io.github.taurusdbhtapmock.service.parameter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.platform.validation.ProjectId;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.platform.web.SdkOperation;
import io.github.taurusdbhtapmock.service.parameter.wire.CompareParametersRequest;
import io.github.taurusdbhtapmock.service.parameter.wire.CompareParametersResponse;
import io.github.taurusdbhtapmock.service.parameter.wire.NodeTypeName;
import io.github.taurusdbhtapmock.service.parameter.wire.ParametersResponse;
import io.github.taurusdbhtapmock.service.parameter.wire.UpdateParametersRequest;
import io.github.taurusdbhtapmock.service.parameter.wire.UpdateParametersResponse;
import io.github.taurusdbhtapmock.service.validation.PageLimit;
import io.github.taurusdbhtapmock.service.validation.PageOffset;

/**
 * HTTP mapping of the parameter operations of StarRocks instances, named as the SDK names
 * them. The {instance_id} is the StarRocks instance; the comparison names a configuration
 * instead.
 */
@RestController
class ParameterController {

	static final String INSTANCE_PATH = "/v3/{project_id}/instances/{instance_id}/starrocks/configurations";

	/** The documented default page size. */
	private static final int DEFAULT_LIMIT = 100;

	private final ParameterService service;

	ParameterController(ParameterService service) {
		this.service = service;
	}

	@GetMapping(path = INSTANCE_PATH, produces = ApiMediaType.JSON_UTF8_VALUE)
	@SdkOperation("ShowStarrocksParams")
	ParametersResponse show(InstancePath path,
			@RequestParam(name = "node_type", required = false) @NotNull @NodeTypeName String nodeType,
			@RequestParam(name = "offset", required = false) @PageOffset String offset,
			@RequestParam(name = "limit", required = false) @PageLimit String limit) {
		return ParameterReplies
			.of(this.service.show(path, NodeType.of(nodeType), (offset != null) ? Integer.parseInt(offset) : 0,
					(limit != null) ? Integer.parseInt(limit) : DEFAULT_LIMIT));
	}

	@PutMapping(path = INSTANCE_PATH, produces = ApiMediaType.JSON_UTF8_VALUE)
	@SdkOperation("UpdateStarrocksParams")
	UpdateParametersResponse update(InstancePath path, @Valid @RequestBody UpdateParametersRequest body) {
		ParameterService.UpdateOutcome outcome = this.service.update(path, NodeType.of(body.nodeType()),
				body.parameterValues());
		return new UpdateParametersResponse(outcome.jobId(), outcome.restartRequired());
	}

	@PostMapping(path = "/v3/{project_id}/configurations/starrocks/comparison", produces = ApiMediaType.JSON_UTF8_VALUE)
	@SdkOperation("CheckStarrocksParams")
	CompareParametersResponse compare(@PathVariable("project_id") @ProjectId String projectId,
			@Valid @RequestBody CompareParametersRequest body) {
		return ParameterReplies.of(this.service.compare(projectId, body.sourceConfigurationId()));
	}

}
