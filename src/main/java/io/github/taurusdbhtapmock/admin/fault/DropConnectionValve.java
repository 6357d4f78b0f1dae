package io.github.taurusdbhtapmock.admin.fault;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Carries out a drop decided by {@link FaultInterceptor}: the servlet API can refuse to
 * answer but not close a connection, so this Tomcat valve, which sees the connector's
 * response, closes it once the application has returned and before Tomcat would write the
 * (empty) reply. The client sees the connection end with no reply.
 */
class DropConnectionValve extends ValveBase {

	private static final String ATTRIBUTE = DropConnectionValve.class.getName() + ".drop";

	DropConnectionValve() {
		super(true);
	}

	/** Asks for the connection of this request to be closed without a reply. */
	static void requestDrop(ServletRequest request) {
		request.setAttribute(ATTRIBUTE, Boolean.TRUE);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		getNext().invoke(request, response);
		if (Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE))) {
			// nothing may reach the wire: no status line, no headers, then the socket is
			// closed
			response.setSuspended(true);
			response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null);
		}
	}

}
