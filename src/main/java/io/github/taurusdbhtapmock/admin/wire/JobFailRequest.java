package io.github.taurusdbhtapmock.admin.wire;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of POST /_emulator/jobs/{id}/fail: why the job failed, as the job query and the
 * task will report it.
 */
public record JobFailRequest(@JsonProperty("fail_reason") @NotBlank @Size(max = 1024) String failReason) {
}
