package io.github.taurusdbhtapmock.service.slowlogmasking;

import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.platform.web.SdkOperation;
import io.github.taurusdbhtapmock.service.slowlogmasking.wire.MaskingStatusResponse;
import io.github.taurusdbhtapmock.service.slowlogmasking.wire.MaskingUpdateRequest;

/** HTTP mapping of slow-log masking on a StarRocks instance ({instance_id}). */
@RestController
@RequestMapping(path = "/v3/{project_id}/instances/{instance_id}/starrocks/slowlog-sensitive",
		produces = ApiMediaType.JSON_UTF8_VALUE)
class SlowLogMaskingController {

	private final SlowLogMaskingService service;

	SlowLogMaskingController(SlowLogMaskingService service) {
		this.service = service;
	}

	@GetMapping
	@SdkOperation("ShowStarRocksSlowlogSensitiveStatus")
	MaskingStatusResponse status(InstancePath path) {
		return new MaskingStatusResponse(Boolean.toString(this.service.isMasked(path)));
	}

	/**
	 * The SDK declares no field in the reply: an empty JSON object, so that a client
	 * decoding the body finds a document.
	 */
	@PutMapping
	@SdkOperation("UpdateSlowlogSensitiveStatus")
	Map<String, Object> update(InstancePath path, @Valid @RequestBody MaskingUpdateRequest body) {
		this.service.setMasked(path, body.openSlowLogSwitch());
		return Map.of();
	}

}
