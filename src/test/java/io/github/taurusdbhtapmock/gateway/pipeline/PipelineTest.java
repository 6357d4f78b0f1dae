package io.github.taurusdbhtapmock.gateway.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.catalina.Container;
import org.apache.catalina.core.StandardContext;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import io.github.taurusdbhtapmock.platform.web.PipelineStep;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.EmulatorTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request pipeline as the running emulator registered it: one handler per step, the
 * filters in the container in the steps' order and ahead of Spring's own, the
 * interceptors of a request to the emulated API in the steps' order.
 */
class PipelineTest extends EmulatorTest {

	@Autowired
	private Pipeline pipeline;

	@Autowired
	private WebServerApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@Test
	void everyStepHasOneHandlerInTheStepsOrder() {
		assertThat(this.pipeline.describe()).containsExactly("REQUEST_ID RequestIdFilter", "EXCHANGE ExchangeFilter",
				"BODY RequestBodyFilter", "PUBLISHED_METHODS PublishedMethodsInterceptor",
				"AUTHENTICATION AuthenticationInterceptor", "CONTROL_PLANE_GUARD ControlPlaneGuard",
				"FAULTS FaultInterceptor");
		assertThat(this.pipeline.describe()).extracting((step) -> step.substring(0, step.indexOf(' ')))
			.containsExactly(Arrays.stream(PipelineStep.values()).map(Enum::name).toArray(String[]::new));
	}

	@Test
	void theFilterStepsRunFirstInTheirOrder() {
		List<String> filters = containerFilters();

		assertThat(filters).startsWith("pipeline.request_id", "pipeline.exchange", "pipeline.body");
		assertThat(filters).contains("characterEncodingFilter", "formContentFilter", "requestContextFilter");
	}

	@Test
	void aRequestToTheApiPassesTheInterceptorStepsInTheirOrder() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", ApiClient.REPLICATION_PATH);
		ServletRequestPathUtils.parseAndCache(request);

		HandlerExecutionChain chain = this.handlerMapping.getHandler(request);

		assertThat(chain).isNotNull();
		List<String> steps = new ArrayList<>();
		for (HandlerInterceptor interceptor : chain.getInterceptorList()) {
			String name = interceptor.getClass().getSimpleName();
			if (this.pipeline.describe().stream().anyMatch((step) -> step.endsWith(" " + name))) {
				steps.add(name);
			}
		}
		assertThat(steps).containsExactly("PublishedMethodsInterceptor", "AuthenticationInterceptor",
				"FaultInterceptor");
	}

	/** The container's filter mappings, in the order a request passes them. */
	private List<String> containerFilters() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		List<String> names = new ArrayList<>();
		for (Container child : server.getTomcat().getHost().findChildren()) {
			for (FilterMap map : ((StandardContext) child).findFilterMaps()) {
				names.add(map.getFilterName());
			}
		}
		return names;
	}

}
