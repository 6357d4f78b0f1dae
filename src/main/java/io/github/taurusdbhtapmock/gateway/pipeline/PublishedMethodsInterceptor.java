package io.github.taurusdbhtapmock.gateway.pipeline;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;

/**
 * The gateway publishes only the documented methods. Spring answers OPTIONS for every
 * mapped path by itself, with an empty reply; here it gets the same answer as any other
 * unpublished API.
 */
class PublishedMethodsInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if ("OPTIONS".equals(request.getMethod())) {
			throw new ApiException(ErrorCode.API_NOT_FOUND, "detail.route-not-found", request.getMethod(),
					request.getRequestURI());
		}
		return true;
	}

}
