package io.github.taurusdbhtapmock.admin;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.taurusdbhtapmock.platform.web.InterceptorStep;
import io.github.taurusdbhtapmock.platform.web.PipelineStep;

@Configuration(proxyBeanMethods = false)
class ControlPlaneConfiguration {

	/**
	 * At the pipeline's CONTROL_PLANE_GUARD step. The API description lives beside the
	 * control plane but is no part of it: it stays readable (in a browser, which cannot
	 * send the token) whether the control plane is off or guarded.
	 */
	@Bean
	InterceptorStep controlPlaneGuard(ControlPlaneProperties properties) {
		return new InterceptorStep(PipelineStep.CONTROL_PLANE_GUARD, new ControlPlaneGuard(properties),
				List.of(ControlPlaneProperties.PATH_PREFIX + "/**"),
				List.of(ControlPlaneProperties.PATH_PREFIX + "/openapi.json/**",
						ControlPlaneProperties.PATH_PREFIX + "/swagger-ui/**"));
	}

}
