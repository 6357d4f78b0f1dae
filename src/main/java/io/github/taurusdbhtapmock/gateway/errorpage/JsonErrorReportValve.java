package io.github.taurusdbhtapmock.gateway.errorpage;

import io.github.taurusdbhtapmock.platform.error.ErrorBody;
import io.github.taurusdbhtapmock.platform.error.ErrorBodyFactory;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.taurusdbhtapmock.platform.id.IdGenerator;
import io.github.taurusdbhtapmock.platform.web.ApiLanguage;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.RequestIds;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word on a request it rejects before any servlet runs (an invalid
 * percent-encoding in the URI, for example): the gateway's JSON error instead of Tomcat's
 * HTML report.
 */
class JsonErrorReportValve extends ErrorReportValve {

	private static final Logger log = LoggerFactory.getLogger(JsonErrorReportValve.class);

	private static final int NOT_IMPLEMENTED = 501;

	private static final int BAD_REQUEST = 400;

	private final ErrorBodyFactory errors;

	private final JsonMapper json;

	private final IdGenerator ids;

	JsonErrorReportValve(ErrorBodyFactory errors, JsonMapper json, IdGenerator ids) {
		this.errors = errors;
		this.json = json;
		this.ids = ids;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		if (status == NOT_IMPLEMENTED) {
			// Tomcat's answer to a transfer coding it does not implement (xchunked): the
			// gateway
			// refuses such a request as malformed, it is no failure of the service
			status = BAD_REQUEST;
			response.setStatus(status);
		}
		String requestId = this.ids.requestId();
		ErrorBody body = this.errors.body(ErrorCode.forHttpStatus(status), null,
				ApiLanguage.fromHeader(request.getHeader(ApiLanguage.HEADER)).locale(), requestId);
		try {
			response.setContentType(ApiMediaType.JSON_UTF8_VALUE);
			response.setHeader(RequestIds.HEADER, requestId);
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(this.json.writeValueAsString(body));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			log.debug("Could not write the error reply", ex);
		}
	}

}
