package io.github.taurusdbhtapmock.gateway.errorpage;

import io.github.taurusdbhtapmock.platform.error.ErrorBody;
import io.github.taurusdbhtapmock.platform.error.ErrorBodyFactory;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.platform.web.RequestIds;

/**
 * Replaces Spring Boot's whitelabel error page: errors the servlet container raises
 * outside Spring MVC (a rejected request parameter, a filter failure) are answered in the
 * gateway's JSON shape, never as HTML.
 */
@RestController
class GatewayErrorController implements ErrorController {

	private final ErrorBodyFactory errors;

	GatewayErrorController(ErrorBodyFactory errors) {
		this.errors = errors;
	}

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ErrorBody> error(HttpServletRequest request, Locale locale) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		ErrorCode code = ErrorCode.forHttpStatus((status instanceof Integer number) ? number : 404);
		return this.errors.entity(code, null, locale, RequestIds.of(request));
	}

}
