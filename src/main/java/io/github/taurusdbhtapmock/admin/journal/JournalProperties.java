package io.github.taurusdbhtapmock.admin.journal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the request journal ({@code emulator.journal.*}, env
 * EMULATOR_JOURNAL_MAXENTRIES and EMULATOR_JOURNAL_MAXBODYBYTES): how many exchanges it
 * keeps (0 switches it off) and how much of each request body. Both bound memory, so a
 * long test run never grows the emulator without limit.
 */
@ConfigurationProperties("emulator.journal")
public record JournalProperties(@DefaultValue("1000") int maxEntries, @DefaultValue("4096") int maxBodyBytes) {

	public JournalProperties {
		if (maxEntries < 0) {
			throw new IllegalArgumentException("emulator.journal.max-entries must not be negative");
		}
		if (maxBodyBytes < 0) {
			throw new IllegalArgumentException("emulator.journal.max-body-bytes must not be negative");
		}
	}

}
