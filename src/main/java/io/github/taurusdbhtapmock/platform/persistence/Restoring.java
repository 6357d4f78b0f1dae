package io.github.taurusdbhtapmock.platform.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A restore under way: what its parts have checked so far, published for the checks of
 * the parts after them. Tasks, for one, are checked against the topology being restored
 * with them, not the one it replaces.
 */
public final class Restoring {

	private final Map<Class<?>, Object> published = new HashMap<>();

	Restoring() {
	}

	public <T> void publish(Class<T> kind, T value) {
		this.published.put(kind, value);
	}

	/** What an earlier part published as {@code kind}; empty if none did. */
	public <T> Optional<T> published(Class<T> kind) {
		return Optional.ofNullable(kind.cast(this.published.get(kind)));
	}

}
