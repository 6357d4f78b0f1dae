package io.github.taurusdbhtapmock.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body the emulated API accepts
 * ({@code emulator.limits.max-body-size}, env EMULATOR_LIMITS_MAXBODYSIZE, default 1MB);
 * larger ones are refused with 413 before they are read.
 */
@ConfigurationProperties("emulator.limits")
public record LimitProperties(@DefaultValue("1MB") DataSize maxBodySize) {
}
