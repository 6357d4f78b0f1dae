package io.github.taurusdbhtapmock.admin.journal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.admin.ControlPlaneProperties;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.error.Violations;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;

/**
 * {@code /_emulator/requests}: what the emulated API was asked, for tests to assert on.
 */
@RestController
@RequestMapping(path = ControlPlaneProperties.PATH_PREFIX + "/requests", produces = ApiMediaType.JSON_UTF8_VALUE)
class JournalController {

	private final RequestJournal journal;

	private final Validator validator;

	JournalController(RequestJournal journal, Validator validator) {
		this.journal = journal;
		this.validator = validator;
	}

	@GetMapping
	JournalListResponse list(@RequestParam MultiValueMap<String, String> parameters) {
		JournalQuery query = query(parameters);
		return new JournalListResponse(this.journal.maxEntries(), this.journal.evicted(),
				this.journal.newestFirst(query.filter(), query.limitOr(Integer.MAX_VALUE)));
	}

	@DeleteMapping
	JournalClearedResponse clear() {
		return new JournalClearedResponse(this.journal.clear());
	}

	/**
	 * Refuses a misspelt parameter instead of ignoring it: a filter that silently does
	 * not apply would make a test assert on the wrong entries. A parameter given twice
	 * arrives comma-joined and fails its check.
	 */
	private JournalQuery query(MultiValueMap<String, String> parameters) {
		List<String> known = Arrays.asList(JournalQuery.PARAMETERS);
		for (String name : parameters.keySet()) {
			if (!known.contains(name)) {
				throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.unknown-query-parameter", name,
						String.join(", ", known));
			}
		}
		JournalQuery query = new JournalQuery(single(parameters, "method"), single(parameters, "path"),
				single(parameters, "project"), single(parameters, "operation"), single(parameters, "status"),
				single(parameters, "limit"));
		Set<ConstraintViolation<JournalQuery>> violations = this.validator.validate(query);
		if (!violations.isEmpty()) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, Violations.detail(violations));
		}
		return query;
	}

	private static String single(MultiValueMap<String, String> parameters, String name) {
		List<String> values = parameters.get(name);
		return (values == null) ? null : String.join(",", values);
	}

}
