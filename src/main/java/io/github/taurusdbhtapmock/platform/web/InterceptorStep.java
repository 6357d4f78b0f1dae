package io.github.taurusdbhtapmock.platform.web;

import java.util.List;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * An interceptor at its named position of the request pipeline, for the path patterns
 * given. A bean of this type is how a tier the gateway must not depend on (the control
 * plane's guard and fault rules) takes its place in the one ordered list the gateway
 * registers.
 *
 * @param paths the path patterns it runs for ({@code /v3/**})
 * @param excludedPaths patterns among those it does not run for
 */
public record InterceptorStep(PipelineStep step, HandlerInterceptor interceptor, List<String> paths,
		List<String> excludedPaths) {

	public InterceptorStep {
		if (step.beforeRouting()) {
			throw new IllegalArgumentException(step + " runs before routing: it is a filter, not an interceptor");
		}
		paths = List.copyOf(paths);
		excludedPaths = List.copyOf(excludedPaths);
	}

	public InterceptorStep(PipelineStep step, HandlerInterceptor interceptor, String... paths) {
		this(step, interceptor, List.of(paths), List.of());
	}

}
