package io.github.taurusdbhtapmock.platform.persistence;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The state document: {@code format_version}, then each part's section under its name, in
 * the parts' order. It is what {@code GET|PUT /_emulator/state} exchange and what a
 * snapshot file holds, so one version number covers both, and the write-ahead log too,
 * whose records carry the same records.
 */
public final class StateFormat {

	/**
	 * Raised whenever the document's layout, one of its records, or the log changes, so
	 * that an old document, snapshot or log is refused rather than misread. Version 1 had
	 * a snapshot file of its own, with the parts under {@code parts}.
	 */
	public static final int VERSION = 2;

	/** {@link #VERSION} as the document's {@code format_version} spells it. */
	public static final String VERSION_TEXT = "" + VERSION;

	static final String VERSION_FIELD = "format_version";

	private final List<StatePart<?>> parts;

	private final JsonMapper json;

	public StateFormat(List<StatePart<?>> parts, JsonMapper json) {
		this.parts = List.copyOf(parts);
		this.json = json;
	}

	/** Every part's state now. */
	public ObjectNode export() {
		ObjectNode document = this.json.createObjectNode();
		document.put(VERSION_FIELD, VERSION_TEXT);
		for (StatePart<?> part : this.parts) {
			document.set(part.name(), this.json.valueToTree(part.export()));
		}
		return document;
	}

	/**
	 * Checks every section, in the parts' order, and only then replaces every part's
	 * state: a refused document changes nothing. A part whose section is absent (a
	 * snapshot or export older than the part) is reset.
	 * @throws FormatVersionException for a document of another format version
	 */
	public void restore(JsonNode document) {
		requireVersion(document);
		Restoring restoring = new Restoring();
		List<Runnable> replacements = new ArrayList<>(this.parts.size());
		for (StatePart<?> part : this.parts) {
			replacements.add(prepare(part, document.get(part.name()), restoring));
		}
		replacements.forEach(Runnable::run);
	}

	static void requireVersion(JsonNode document) {
		JsonNode version = document.path(VERSION_FIELD);
		if (!version.isValueNode() || !VERSION_TEXT.equals(version.asString())) {
			throw new FormatVersionException(version.isValueNode() ? version.asString()
					: (version.isMissingNode() ? "(none)" : version.toString()));
		}
	}

	static String versionRefusal(String found) {
		return "format version " + found + "; this emulator reads version " + VERSION;
	}

	private <T> Runnable prepare(StatePart<T> part, JsonNode section, Restoring restoring) {
		if (section == null || section.isNull()) {
			// a document written before the part existed: the part starts fresh, as
			// after a reset
			return () -> part.reset(null);
		}
		return part.prepareRestore(this.json.treeToValue(section, part.type()), restoring);
	}

	/** A document, snapshot or log of a format version this emulator does not read. */
	public static final class FormatVersionException extends RuntimeException {

		private final String found;

		FormatVersionException(String found) {
			super(versionRefusal(found), null, false, false);
			this.found = found;
		}

		/** The version found, as written there. */
		public String found() {
			return this.found;
		}

	}

}
