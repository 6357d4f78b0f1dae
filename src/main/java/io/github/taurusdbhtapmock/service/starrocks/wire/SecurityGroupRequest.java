package io.github.taurusdbhtapmock.service.starrocks.wire;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.starrocks.SecurityGroupId;

/** Body of ModifyStarRocksSecurityGroup (ModifyStarRocksSecurityGroupReq). */
public record SecurityGroupRequest(
		@JsonProperty("security_group_id") @NotNull @SecurityGroupId String securityGroupId) {
}
