package io.github.taurusdbhtapmock.gateway.errorpage;

import java.io.IOException;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Closes the connection of an HTTP/0.9 request (a request line without a protocol,
 * {@code GET /}) without a reply. Tomcat would answer it the HTTP/0.9 way, a body with no
 * status line and no headers, which no client of the API can read as an error; no SDK
 * speaks HTTP/0.9, so a clean close is the honest answer.
 */
class Http09Valve extends ValveBase {

	Http09Valve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		String protocol = request.getProtocol();
		if (protocol == null || protocol.isEmpty() || "HTTP/0.9".equals(protocol)) {
			response.setSuspended(true);
			response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null);
			return;
		}
		getNext().invoke(request, response);
	}

}
