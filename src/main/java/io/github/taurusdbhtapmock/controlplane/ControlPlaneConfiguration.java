package io.github.taurusdbhtapmock.controlplane;

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
		registry.addInterceptor(new ControlPlaneGuard(this.properties))
			.addPathPatterns(ControlPlaneProperties.PATH_PREFIX + "/**");
	}

}
