package io.github.taurusdbhtapmock.service.starrocks.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.starrocks.BooleanOrText;

/**
 * Body of UpgradeSrKernelVersion (UpgradeSrKernelVersionRequestV3). The SDK sends
 * booleans, the Terraform provider the strings "true", "false" or "": both are accepted.
 */
public record UpgradeKernelRequest(@JsonProperty("delay") @BooleanOrText Object delay,
		@JsonProperty("is_skip_validate") @BooleanOrText Object isSkipValidate) {
}
