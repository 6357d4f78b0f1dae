package io.github.taurusdbhtapmock.service.starrocks.wire;

import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of ResizeStarRocksFlavor (SrFlavorResizeReq): the new FE flavor, the new BE
 * flavor, or both.
 */
public record ResizeFlavorRequest(@JsonProperty("fe_flavor_id") @Size(min = 1, max = 64) String feFlavorId,
		@JsonProperty("be_flavor_id") @Size(min = 1, max = 64) String beFlavorId) {
}
