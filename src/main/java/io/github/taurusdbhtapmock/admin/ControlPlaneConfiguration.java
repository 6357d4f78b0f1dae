package io.github.taurusdbhtapmock.admin;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ControlPlaneConfiguration implements WebMvcConfigurer {

	private final ControlPlaneProperties properties;

	ControlPlaneConfiguration(ControlPlaneProperties properties) {
		this.properties = properties;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// the API description lives beside the control plane but is no part of it: it
		// stays readable (in a browser,
		// which cannot send the token) whether the control plane is off or guarded
		registry.addInterceptor(new ControlPlaneGuard(this.properties))
			.addPathPatterns(ControlPlaneProperties.PATH_PREFIX + "/**")
			.excludePathPatterns(ControlPlaneProperties.PATH_PREFIX + "/openapi.json/**",
					ControlPlaneProperties.PATH_PREFIX + "/swagger-ui/**",
					ControlPlaneProperties.PATH_PREFIX + "/swagger-ui.html");
	}

}
