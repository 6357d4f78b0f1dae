package io.github.taurusdbhtapmock.admin;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.clock.EmulatorClock;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;

/**
 * The emulator's clock: {@code GET /_emulator/clock}, and
 * {@code POST /_emulator/clock/advance?seconds=N} when it runs in manual mode.
 */
@RestController
@RequestMapping(path = ControlPlaneProperties.PATH_PREFIX + "/clock", produces = ApiMediaType.JSON_UTF8_VALUE)
class ClockController {

	private final EmulatorClock clock;

	ClockController(EmulatorClock clock) {
		this.clock = clock;
	}

	@GetMapping
	ClockResponse show() {
		return ClockResponse.of(this.clock);
	}

	@PostMapping("/advance")
	ClockResponse advance(@RequestParam(name = "seconds", required = false) @NotNull @Pattern(
			regexp = "[0-9]{1,9}(\\.[0-9]{1,3})?", message = "{validation.seconds}") String seconds) {
		if (!this.clock.isManual()) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_CONFLICT, "detail.clock-not-manual");
		}
		this.clock.advance(Duration.ofMillis(Math.round(Double.parseDouble(seconds) * 1000)));
		return ClockResponse.of(this.clock);
	}

	record ClockResponse(@JsonProperty("mode") String mode, @JsonProperty("now") String now) {

		static ClockResponse of(EmulatorClock clock) {
			return new ClockResponse(clock.isManual() ? "manual" : "system", clock.instant().toString());
		}

	}

}
