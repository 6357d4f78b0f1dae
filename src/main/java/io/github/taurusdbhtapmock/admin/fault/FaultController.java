package io.github.taurusdbhtapmock.admin.fault;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.admin.ControlPlaneProperties;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;

/**
 * {@code /_emulator/faults}: rules that make the emulated API fail, stall or hang up on
 * purpose.
 */
@RestController
@RequestMapping(path = FaultController.PATH, produces = ApiMediaType.JSON_UTF8_VALUE)
class FaultController {

	static final String PATH = ControlPlaneProperties.PATH_PREFIX + "/faults";

	private final FaultRules rules;

	private final FaultRuleReader reader;

	FaultController(FaultRules rules, FaultRuleReader reader) {
		this.rules = rules;
		this.reader = reader;
	}

	/**
	 * Reads the raw bytes whatever the Content-Type says: Spring MVC would rebuild a body
	 * labelled as a form (curl's default for -d) from its parameters, which mangles JSON.
	 */
	@PostMapping
	ResponseEntity<FaultRuleView> add(HttpServletRequest request) throws IOException {
		FaultRuleView rule = this.rules.add(this.reader.read(request.getInputStream()));
		return ResponseEntity.created(URI.create(PATH + "/" + rule.id())).body(rule);
	}

	@GetMapping
	FaultListResponse list() {
		return new FaultListResponse(this.rules.list());
	}

	@GetMapping("/{id}")
	FaultRuleView show(@PathVariable("id") String id) {
		return this.rules.find(id).orElseThrow(() -> notFound(id));
	}

	@DeleteMapping
	FaultsClearedResponse clear() {
		return new FaultsClearedResponse(this.rules.clear());
	}

	/** Answers with the rule as it was when removed, counters included. */
	@DeleteMapping("/{id}")
	FaultRuleView remove(@PathVariable("id") String id) {
		return this.rules.remove(id).orElseThrow(() -> notFound(id));
	}

	private static ApiException notFound(String id) {
		return new ApiException(ErrorCode.CONTROL_PLANE_NOT_FOUND, "detail.fault-not-found", id);
	}

}
