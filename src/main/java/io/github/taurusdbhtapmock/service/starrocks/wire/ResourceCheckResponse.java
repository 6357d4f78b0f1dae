package io.github.taurusdbhtapmock.service.starrocks.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Reply of CheckStarRocksResource: whether the resources are there (a JSON boolean). */
public record ResourceCheckResponse(@JsonProperty("result") boolean result) {
}
