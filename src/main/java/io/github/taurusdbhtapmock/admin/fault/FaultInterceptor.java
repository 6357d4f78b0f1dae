package io.github.taurusdbhtapmock.admin.fault;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

import io.github.taurusdbhtapmock.admin.journal.RequestPaths;
import io.github.taurusdbhtapmock.platform.error.ErrorBody;
import io.github.taurusdbhtapmock.platform.error.ErrorBodyFactory;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.web.ApiLanguage;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.Exchange;
import io.github.taurusdbhtapmock.platform.web.ExchangeNotes;
import io.github.taurusdbhtapmock.platform.web.RequestIds;
import io.github.taurusdbhtapmock.platform.web.SdkOperations;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies the fault rules to requests of the emulated API, at the pipeline's
 * {@code FAULTS} step. An interceptor rather than a filter because it runs after routing,
 * so rules can name the SDK operation, and after the credential check, so a request the
 * gateway refuses is refused as usual and uses up no rule. What fired is noted on the
 * exchange, for the journal, the call log and the metrics.
 */
class FaultInterceptor implements HandlerInterceptor {

	private final FaultRules rules;

	private final ErrorBodyFactory errors;

	private final JsonMapper json;

	FaultInterceptor(FaultRules rules, ErrorBodyFactory errors, JsonMapper json) {
		this.rules = rules;
		this.errors = errors;
		this.json = json;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		String path = request.getRequestURI();
		Firing firing = this.rules
			.fire(new FaultTarget(SdkOperations.of(handler), request.getMethod(), path, RequestPaths.projectId(path)));
		if (firing == null) {
			return true;
		}
		ExchangeNotes.faultFired(request, new Exchange.Fault(firing.ruleId(), firing.effect().wireName(),
				(firing.effect() == FaultEffect.DELAY) ? firing.delayMs() : null));
		switch (firing.effect()) {
			case DELAY:
				sleep(firing.delayMs());
				return true;
			case ERROR:
				writeError(request, response, firing);
				return false;
			default:
				DropConnectionValve.requestDrop(request);
				return false;
		}
	}

	private void writeError(HttpServletRequest request, HttpServletResponse response, Firing firing)
			throws IOException {
		String requestId = RequestIds.of(request);
		ErrorBody body = (firing.errorCode() != null)
				? this.errors.body(firing.errorCode(), firing.errorMsg(), requestId)
				: this.errors.body(ErrorCode.forHttpStatus(firing.status()), null,
						ApiLanguage.fromHeader(request.getHeader(ApiLanguage.HEADER)).locale(), requestId);
		byte[] bytes = this.json.writeValueAsBytes(body);
		response.setStatus(firing.status());
		response.setContentType(ApiMediaType.JSON_UTF8_VALUE);
		response.setHeader(RequestIds.HEADER, requestId);
		// No Content-Length and no close, as for every other reply: the reply then ends
		// only when the exchange does, after its listeners (the journal) have recorded
		// it, so a client that reads the journal next finds the entry.
		response.getOutputStream().write(bytes);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			// shutting down: answer at once rather than hold the thread
			Thread.currentThread().interrupt();
		}
	}

}
