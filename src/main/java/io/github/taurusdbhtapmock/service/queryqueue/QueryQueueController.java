package io.github.taurusdbhtapmock.service.queryqueue;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.platform.web.SdkOperation;
import io.github.taurusdbhtapmock.service.instancesettings.InstanceSettings;
import io.github.taurusdbhtapmock.service.instancesettings.wire.StatusResponse;
import io.github.taurusdbhtapmock.service.queryqueue.wire.QueueRuleBody;
import io.github.taurusdbhtapmock.service.queryqueue.wire.QueueRuleRequest;
import io.github.taurusdbhtapmock.service.queryqueue.wire.QueueRuleResponse;
import io.github.taurusdbhtapmock.service.queryqueue.wire.QueueSwitchRequest;

/**
 * HTTP mapping of the query queue operations of a StarRocks instance ({instance_id}).
 */
@RestController
@RequestMapping(path = "/v3/{project_id}/instances/{instance_id}", produces = ApiMediaType.JSON_UTF8_VALUE)
class QueryQueueController {

	private final QueryQueueService service;

	QueryQueueController(QueryQueueService service) {
		this.service = service;
	}

	@GetMapping("/query-queue/rules")
	@SdkOperation("ShowHtapQueryQueuesRule")
	QueueRuleResponse rule(InstancePath path) {
		InstanceSettings settings = this.service.rule(path);
		return new QueueRuleResponse(QueueRuleBody.from(settings.queueRule(), settings.queueEnabled()));
	}

	@PutMapping("/query-queue/rules")
	@SdkOperation("SetHtapQueryQueuesRule")
	StatusResponse setRule(InstancePath path, @Valid @RequestBody QueueRuleRequest body) {
		this.service.setRule(path, body.queryQueueRule());
		return StatusResponse.SUCCESS;
	}

	@PostMapping("/htap/query-queue/switch")
	@SdkOperation("UpdateHtapQueryQueuesControl")
	StatusResponse setEnabled(InstancePath path, @Valid @RequestBody QueueSwitchRequest body) {
		this.service.setEnabled(path, Boolean.parseBoolean(body.enableQueryQueueSelect()));
		return StatusResponse.SUCCESS;
	}

}
