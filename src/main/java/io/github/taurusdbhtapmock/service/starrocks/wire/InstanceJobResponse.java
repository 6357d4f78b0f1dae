package io.github.taurusdbhtapmock.service.starrocks.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Reply of ResizeStarRocksFlavor, UpgradeSrKernelVersion and
 * ModifyStarRocksSecurityGroup.
 */
public record InstanceJobResponse(@JsonProperty("job_id") String jobId) {
}
