package io.github.taurusdbhtapmock.admin.fault;

import java.io.IOException;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.admin.ControlPlane;
import io.github.taurusdbhtapmock.admin.ControlPlaneProperties;
import io.github.taurusdbhtapmock.admin.api.FaultDefinition;
import io.github.taurusdbhtapmock.admin.api.FaultRule;
import io.github.taurusdbhtapmock.admin.wire.RawBody;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;

/**
 * {@code /_emulator/faults}: rules that make the emulated API fail, stall or hang up on
 * purpose.
 */
@RestController
@RequestMapping(path = FaultController.PATH, produces = ApiMediaType.JSON_UTF8_VALUE)
class FaultController {

	static final String PATH = ControlPlaneProperties.PATH_PREFIX + "/faults";

	private final ControlPlane controlPlane;

	FaultController(ControlPlane controlPlane) {
		this.controlPlane = controlPlane;
	}

	/**
	 * The body is read whatever its Content-Type says (curl's {@code -d} labels it a
	 * form), one byte more than a rule may take, so that an oversized one is refused
	 * without being buffered whole.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = FaultDefinition.class))))
	ResponseEntity<FaultRule> addFault(HttpServletRequest request) throws IOException {
		FaultRule rule = this.controlPlane.addFault(RawBody.text(request, FaultRuleReader.MAX_BODY_BYTES + 1));
		return ResponseEntity.created(URI.create(PATH + "/" + rule.id())).body(rule);
	}

	@GetMapping
	FaultListResponse faults() {
		return new FaultListResponse(this.controlPlane.faults());
	}

	@GetMapping("/{id}")
	FaultRule fault(@PathVariable("id") String id) {
		return this.controlPlane.fault(id);
	}

	@DeleteMapping
	FaultsClearedResponse clearFaults() {
		return new FaultsClearedResponse(this.controlPlane.clearFaults());
	}

	/** Answers with the rule as it was when removed, counters included. */
	@DeleteMapping("/{id}")
	FaultRule removeFault(@PathVariable("id") String id) {
		return this.controlPlane.removeFault(id);
	}

}
