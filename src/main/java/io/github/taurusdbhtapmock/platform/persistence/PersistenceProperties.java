package io.github.taurusdbhtapmock.platform.persistence;

import java.nio.file.Path;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Opt-in persistence ({@code emulator.persistence.*}, env EMULATOR_PERSISTENCE_DATADIR
 * and EMULATOR_PERSISTENCE_SNAPSHOTEVERY): with a data directory every acknowledged write
 * survives a crash; without one (the default) the emulator keeps everything in memory
 * only.
 *
 * @param snapshotEvery how many log records are written before the state is snapshotted
 * and older log segments dropped, bounding both recovery time and disk use
 */
@Validated
@ConfigurationProperties("emulator.persistence")
public record PersistenceProperties(Path dataDir, @DefaultValue("10000") @Min(1) int snapshotEvery) {

	public boolean enabled() {
		return this.dataDir != null;
	}

}
