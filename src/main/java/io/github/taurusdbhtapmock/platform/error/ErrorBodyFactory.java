package io.github.taurusdbhtapmock.platform.error;

import java.util.Locale;

import jakarta.servlet.ServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.RequestIds;

/**
 * Turns an error code and its detail into the localized wire body; the one place
 * error_msg is composed.
 */
@Component
public class ErrorBodyFactory {

	/** The error_code of the reply being made, for the per-call log line and metrics. */
	private static final String ERROR_CODE_ATTRIBUTE = ErrorBodyFactory.class.getName() + ".errorCode";

	private final MessageSource messages;

	public ErrorBodyFactory(MessageSource messages) {
		this.messages = messages;
	}

	public ErrorBody body(ErrorCode errorCode, ApiException.Detail detail, Locale locale, String requestId) {
		String message = this.messages.getMessage(errorCode.messageKey(), null, locale);
		if (detail != null) {
			message = this.messages.getMessage("error.with-detail",
					new Object[] { message, this.messages.getMessage(detail.key(), detail.argsArray(), locale) },
					locale);
		}
		recordOnCurrentRequest(errorCode.code());
		return new ErrorBody(errorCode.code(), message, errorCode.fromGateway() ? requestId : null);
	}

	/**
	 * A body for a code the emulator does not define itself, such as a fault rule's,
	 * written as given; a gateway code (APIGW.*) carries request_id, as the gateway's own
	 * errors do.
	 */
	public ErrorBody body(String errorCode, String errorMsg, String requestId) {
		recordOnCurrentRequest(errorCode);
		return new ErrorBody(errorCode, errorMsg, errorCode.startsWith("APIGW.") ? requestId : null);
	}

	public ResponseEntity<ErrorBody> entity(ErrorCode errorCode, ApiException.Detail detail, Locale locale,
			String requestId) {
		// set here too: an error dispatched by the container may have lost the header the
		// filter set
		return ResponseEntity.status(errorCode.status())
			.contentType(ApiMediaType.JSON_UTF8)
			.header(RequestIds.HEADER, requestId)
			.body(body(errorCode, detail, locale, requestId));
	}

	/**
	 * The error_code last composed while answering this request, or null. Read it only
	 * for an error status: a body is also composed to be quoted inside another error's
	 * message.
	 */
	public static String recordedErrorCode(ServletRequest request) {
		return (request.getAttribute(ERROR_CODE_ATTRIBUTE) instanceof String code) ? code : null;
	}

	/**
	 * Remembered here rather than by each caller so no error path can forget it; outside
	 * a request bound to the thread (Tomcat's valve, filters ahead of Spring's request
	 * context) the status tells the code instead.
	 */
	private static void recordOnCurrentRequest(String errorCode) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null) {
			attributes.setAttribute(ERROR_CODE_ATTRIBUTE, errorCode, RequestAttributes.SCOPE_REQUEST);
		}
	}

}
