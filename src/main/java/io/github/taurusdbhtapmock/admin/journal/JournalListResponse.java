package io.github.taurusdbhtapmock.admin.journal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.admin.api.JournalEntry;

/**
 * A journal listing: the bound, how many older entries made room for newer ones since the
 * journal was last cleared (a test that sees {@code evicted > 0} knows the listing is
 * incomplete), and the matches, newest first.
 */
record JournalListResponse(@JsonProperty("max_entries") int maxEntries, @JsonProperty("evicted") long evicted,
		@JsonProperty("requests") List<JournalEntry> requests) {
}
