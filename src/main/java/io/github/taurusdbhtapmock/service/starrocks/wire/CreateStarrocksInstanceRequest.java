package io.github.taurusdbhtapmock.service.starrocks.wire;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.annotation.JsonDeserialize;

import io.github.taurusdbhtapmock.service.starrocks.SecurityGroupId;

/**
 * Body of CreateStarrocksInstance (StarRocksCreateRequest of the SDK). The shapes are
 * checked here; the name, the password and everything the catalogue decides (engine,
 * version, flavors, counts, zones, volumes) by the service, with their own codes.
 */
public record CreateStarrocksInstanceRequest(@JsonProperty("name") @NotNull @Size(max = 128) String name,
		@JsonProperty("engine") @NotNull @Valid CreateEngine engine, @JsonProperty("ha") @NotNull @Valid CreateHa ha,
		@JsonProperty("fe_flavor_id") @NotNull @Size(min = 1, max = 64) String feFlavorId,
		@JsonProperty("be_flavor_id") @NotNull @Size(min = 1, max = 64) String beFlavorId,
		@JsonProperty("db_root_pwd") @NotNull @Size(max = 128) String dbRootPwd,
		@JsonProperty("fe_count") @JsonDeserialize(
				using = StrictInteger.class) @NotNull @Min(1) @Max(1000) Integer feCount,
		@JsonProperty("be_count") @JsonDeserialize(
				using = StrictInteger.class) @NotNull @Min(1) @Max(1000) Integer beCount,
		@JsonProperty("az_mode") @NotNull @Pattern(regexp = "single|multi",
				message = "{validation.availability-zone-mode}") String azMode,
		@JsonProperty("fe_volume") @NotNull @Valid CreateVolume feVolume,
		@JsonProperty("be_volume") @NotNull @Valid CreateVolume beVolume,
		@JsonProperty("az_code") @NotNull @Size(min = 1, max = 128) String azCode,
		@JsonProperty("time_zone") @Pattern(regexp = "UTC[+-](0[0-9]|1[0-4]):[0-5][0-9]",
				message = "{validation.time-zone}") String timeZone,
		@JsonProperty("tags_info") @Valid CreateTagsInfo tagsInfo,
		@JsonProperty("security_group_id") @SecurityGroupId String securityGroupId,
		@JsonProperty("pay_info") @Valid CreatePayInfo payInfo,
		@JsonProperty("region_code") @Size(max = 64) String regionCode) {

	/** The enterprise project the system tag names, or the default one. */
	public String enterpriseProjectId() {
		if (this.tagsInfo == null || this.tagsInfo.sysTags() == null) {
			return null;
		}
		return this.tagsInfo.sysTags()
			.stream()
			.filter((tag) -> ENTERPRISE_PROJECT_TAG.equals(tag.key()))
			.map(CreateTag::value)
			.findFirst()
			.orElse(null);
	}

	/** The system tag that names the enterprise project. */
	public static final String ENTERPRISE_PROJECT_TAG = "_sys_enterprise_project_id";

	public record CreateEngine(@JsonProperty("type") @NotNull @Size(max = 64) String type,
			@JsonProperty("version") @NotNull @Size(max = 32) String version) {
	}

	public record CreateHa(@JsonProperty("mode") @NotNull @Size(max = 32) String mode) {
	}

	public record CreateVolume(@JsonProperty("io_type") @NotNull @Size(min = 1, max = 32) String ioType,
			@JsonProperty("capacity_in_gb") @JsonDeserialize(
					using = StrictInteger.class) @NotNull Integer capacityInGb) {
	}

	public record CreateTagsInfo(@JsonProperty("sys_tags") @Size(max = 20) List<@NotNull @Valid CreateTag> sysTags) {
	}

	public record CreateTag(@JsonProperty("key") @NotNull @Size(min = 1, max = 128) String key,
			@JsonProperty("value") @NotNull @Size(max = 255) String value) {
	}

	/**
	 * Billing: only pay_model "0" (pay-per-use) is served. The fields are strings, as the
	 * SDK declares them.
	 */
	public record CreatePayInfo(@JsonProperty("pay_model") @Size(max = 8) String payModel,
			@JsonProperty("period") @Size(max = 8) String period,
			@JsonProperty("period_type") @Size(max = 8) String periodType,
			@JsonProperty("is_auto_renew") @Size(max = 8) String isAutoRenew) {
	}

}
