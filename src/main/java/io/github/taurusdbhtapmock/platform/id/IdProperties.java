package io.github.taurusdbhtapmock.platform.id;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code emulator.seed} (env EMULATOR_SEED): when set, job ids, request ids and the draws
 * of probabilistic fault rules repeat from one fresh start to the next, so a failing test
 * run can be replayed exactly.
 */
@ConfigurationProperties("emulator")
public record IdProperties(Long seed) {
}
