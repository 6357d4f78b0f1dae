package io.github.taurusdbhtapmock.platform.persistence;

import java.util.function.Supplier;

/**
 * Where the parts of the state record each write, so that it survives a crash when
 * persistence is on. With persistence off (the default) it is {@link #OFF}, and a write
 * costs nothing here.
 */
@FunctionalInterface
public interface WriteLog {

	/** Persistence is off: nothing is recorded. */
	WriteLog OFF = (type, data) -> {
	};

	/**
	 * Records a write, returning once it is durable. {@code type} is the part's
	 * {@link StatePart#name() name}, a dot and what happened ({@code tasks.saved}); the
	 * data is what the write left behind (an upsert, or a removal), so that replaying it
	 * twice does no harm. The data is built only when persistence is on.
	 */
	void append(String type, Supplier<?> data);

}
