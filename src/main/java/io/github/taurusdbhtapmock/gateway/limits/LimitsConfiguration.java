package io.github.taurusdbhtapmock.gateway.limits;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;

import io.github.taurusdbhtapmock.platform.error.ErrorBodyFactory;
import io.github.taurusdbhtapmock.platform.web.ApiLanguage;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.RequestIds;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

	/**
	 * After the request id, before anything that reads the body (the strict-mode body
	 * cache included).
	 */
	@Bean
	FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(LimitProperties properties, ErrorBodyFactory errors,
			JsonMapper json) {
		BodySizeLimitFilter filter = new BodySizeLimitFilter(properties.maxBodySize().toBytes(),
				(request, response, code) -> {
					response.setStatus(code.status().value());
					response.setContentType(ApiMediaType.JSON_UTF8_VALUE);
					response.setHeader(HttpHeaders.CONNECTION, "close");
					response.setHeader(RequestIds.HEADER, RequestIds.of(request));
					response.getWriter()
						.write(json.writeValueAsString(errors.body(code, null,
								ApiLanguage.fromHeader(request.getHeader(ApiLanguage.HEADER)).locale(),
								RequestIds.of(request))));
				});
		FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/v3/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
		return registration;
	}

}
