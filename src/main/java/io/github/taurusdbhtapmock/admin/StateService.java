package io.github.taurusdbhtapmock.admin;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import io.github.taurusdbhtapmock.admin.fault.FaultRules;
import io.github.taurusdbhtapmock.admin.journal.RequestJournal;
import io.github.taurusdbhtapmock.admin.wire.StateDocument;
import io.github.taurusdbhtapmock.platform.capacity.StateBudget;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorBodyFactory;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.persistence.StateFormat;
import io.github.taurusdbhtapmock.platform.persistence.StatePart;
import io.github.taurusdbhtapmock.platform.persistence.StateRefusedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports, imports and resets what the emulator holds. Export and import go through the
 * state document of the parts of the state, as snapshots do, so the control plane and the
 * snapshot files share one format.
 */
@Service
class StateService {

	private final StateFormat format;

	private final JsonMapper json;

	private final List<StatePart<?>> parts;

	private final RequestJournal journal;

	private final FaultRules faults;

	private final ErrorBodyFactory errors;

	private final StateBudget budget;

	private final ImportLimits limits;

	StateService(List<StatePart<?>> parts, JsonMapper json, RequestJournal journal, FaultRules faults,
			ErrorBodyFactory errors, StateBudget budget, ImportLimits limits) {
		this.parts = List.copyOf(parts);
		this.budget = budget;
		this.limits = limits;
		this.format = new StateFormat(parts, json);
		this.json = json;
		this.journal = journal;
		this.faults = faults;
		this.errors = errors;
	}

	StateDocument export() {
		return this.json.treeToValue(this.format.export(), StateDocument.class);
	}

	/**
	 * The whole document is checked before anything is replaced: a refused document
	 * changes nothing. {@code locale} is the language of a refusal that quotes the API's
	 * own reason.
	 */
	void importState(StateDocument document, Locale locale) {
		this.limits.check(document);
		try {
			this.format.restore(this.json.valueToTree(document));
		}
		catch (StateFormat.FormatVersionException ex) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.state-format-version", ex.found(),
					StateFormat.VERSION_TEXT);
		}
		catch (StateRefusedException ex) {
			ApiException reason = ex.reason();
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.state-refused", ex.where(),
					this.errors.body(reason.errorCode(), reason.detail(), locale, null).errorMsg());
		}
	}

	/**
	 * Back to a fresh start for one project (the seeded topology, no tasks, no jobs), or
	 * for everything when {@code projectId} is null, which also empties the request
	 * journal and removes every fault rule. The journal and the rules are shared by all
	 * projects, so a project's reset leaves them to their own DELETE.
	 */
	void reset(String projectId) {
		long before = this.budget.usage().usedBytes();
		this.parts.forEach((part) -> part.reset(projectId));
		if (projectId == null) {
			this.journal.clear();
			this.faults.clear();
		}
		this.budget.released(before - this.budget.usage().usedBytes());
	}

}
