package io.github.taurusdbhtapmock.admin.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A journal listing, as {@code GET /_emulator/requests} answers: the journal's bound, how
 * many older entries made room for newer ones since it was last cleared (more than 0: the
 * listing may miss older requests), and the matching entries, newest first.
 */
public record JournalListing(@JsonProperty("max_entries") int maxEntries, @JsonProperty("evicted") long evicted,
		@JsonProperty("requests") List<JournalEntry> requests) {
}
