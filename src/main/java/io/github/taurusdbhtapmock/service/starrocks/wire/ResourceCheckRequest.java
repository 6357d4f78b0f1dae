package io.github.taurusdbhtapmock.service.starrocks.wire;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Body of CheckStarRocksResource (ResourceCheck): whether so many instances of this shape
 * could be created now. The flavors are named by spec code (flavor_ref) or id.
 */
public record ResourceCheckRequest(@JsonProperty("action") @NotNull @Size(max = 32) String action,
		@JsonProperty("resource") @NotNull @Valid Resource resource) {

	public record Resource(@JsonProperty("enterprise_project_id") @Size(max = 64) String enterpriseProjectId,
			@JsonProperty("instance_num") @JsonDeserialize(
					using = StrictInteger.class) @NotNull @Min(1) @Max(1000) Integer instanceNum,
			@JsonProperty("mode") @NotNull @Size(max = 32) String mode,
			@JsonProperty("availability_zone_mode") @NotNull @Size(max = 32) String availabilityZoneMode,
			@JsonProperty("fe_node_num") @JsonDeserialize(
					using = StrictInteger.class) @NotNull @Min(1) @Max(1000) Integer feNodeNum,
			@JsonProperty("be_node_num") @JsonDeserialize(
					using = StrictInteger.class) @NotNull @Min(1) @Max(1000) Integer beNodeNum,
			@JsonProperty("fe_flavor_ref") @NotNull @Size(min = 1, max = 64) String feFlavorRef,
			@JsonProperty("be_flavor_ref") @NotNull @Size(min = 1, max = 64) String beFlavorRef,
			@JsonProperty("availability_zone") @NotNull @Size(min = 1, max = 128) String availabilityZone,
			@JsonProperty("subnet_id") @Size(max = 64) String subnetId) {
	}

}
