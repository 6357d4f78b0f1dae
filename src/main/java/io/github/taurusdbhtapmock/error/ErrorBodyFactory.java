package io.github.taurusdbhtapmock.error;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.web.ApiMediaType;
import io.github.taurusdbhtapmock.web.RequestIdFilter;

/** Turns an error code and its detail into the localized wire body; the one place error_msg is composed. */
@Component
public class ErrorBodyFactory {

	private final MessageSource messages;

	public ErrorBodyFactory(MessageSource messages) {
		this.messages = messages;
	}

	public ErrorBody body(ErrorCode errorCode, ApiException.Detail detail, Locale locale, String requestId) {
		String message = this.messages.getMessage(errorCode.messageKey(), null, locale);
		if (detail != null) {
			message = this.messages.getMessage("error.with-detail",
					new Object[] { message, this.messages.getMessage(detail.key(), detail.argsArray(), locale) }, locale);
		}
		return new ErrorBody(errorCode.code(), message, errorCode.fromGateway() ? requestId : null);
	}

	/**
	 * A body for a code the emulator does not define itself, such as a fault rule's, written as given; a
	 * gateway code (APIGW.*) carries request_id, as the gateway's own errors do.
	 */
	public ErrorBody body(String errorCode, String errorMsg, String requestId) {
		return new ErrorBody(errorCode, errorMsg, errorCode.startsWith("APIGW.") ? requestId : null);
	}

	public ResponseEntity<ErrorBody> entity(ErrorCode errorCode, ApiException.Detail detail, Locale locale,
			String requestId) {
		// set here too: an error dispatched by the container may have lost the header the filter set
		return ResponseEntity.status(errorCode.status())
			.contentType(ApiMediaType.JSON_UTF8)
			.header(RequestIdFilter.HEADER, requestId)
			.body(body(errorCode, detail, locale, requestId));
	}

}
