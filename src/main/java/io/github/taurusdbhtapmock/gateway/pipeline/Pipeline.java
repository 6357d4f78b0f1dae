package io.github.taurusdbhtapmock.gateway.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;

import io.github.taurusdbhtapmock.platform.web.InterceptorStep;
import io.github.taurusdbhtapmock.platform.web.PipelineStep;

/**
 * The request pipeline as the gateway registers it: one handler for each
 * {@link PipelineStep}, in the steps' order. Built from the gateway's own steps and those
 * other tiers declare; a step without a handler, a step with two, or a filter where an
 * interceptor belongs stops the emulator from starting.
 */
final class Pipeline {

	private final List<FilterStep> filters;

	private final List<InterceptorStep> interceptors;

	Pipeline(List<FilterStep> filters, List<InterceptorStep> interceptors) {
		Map<PipelineStep, Object> handlers = new EnumMap<>(PipelineStep.class);
		for (FilterStep filter : filters) {
			place(handlers, filter.step(), filter.filter());
		}
		for (InterceptorStep interceptor : interceptors) {
			place(handlers, interceptor.step(), interceptor.interceptor());
		}
		List<PipelineStep> missing = new ArrayList<>(List.of(PipelineStep.values()));
		missing.removeAll(handlers.keySet());
		if (!missing.isEmpty()) {
			throw new IllegalStateException("No handler registered for the pipeline steps " + missing);
		}
		this.filters = filters.stream().sorted(Comparator.comparing(FilterStep::step)).toList();
		this.interceptors = interceptors.stream().sorted(Comparator.comparing(InterceptorStep::step)).toList();
	}

	private static void place(Map<PipelineStep, Object> handlers, PipelineStep step, Object handler) {
		Object existing = handlers.putIfAbsent(step, handler);
		if (existing != null) {
			throw new IllegalStateException(
					"Two handlers for the pipeline step " + step + ": " + existing + " and " + handler);
		}
	}

	/** The steps that run before routing, in order. */
	List<FilterStep> filters() {
		return this.filters;
	}

	/** The steps that run once the request is routed, in order. */
	List<InterceptorStep> interceptors() {
		return this.interceptors;
	}

	/** Every step in order, each with the class of its handler. */
	List<String> describe() {
		List<String> steps = new ArrayList<>();
		this.filters.forEach((filter) -> steps.add(filter.step() + " " + filter.filter().getClass().getSimpleName()));
		this.interceptors.forEach((interceptor) -> steps
			.add(interceptor.step() + " " + interceptor.interceptor().getClass().getSimpleName()));
		return steps;
	}

	/**
	 * A servlet filter at its step: it sees every request, and decides what it acts on.
	 */
	record FilterStep(PipelineStep step, Filter filter) {

		FilterStep {
			if (!step.beforeRouting()) {
				throw new IllegalArgumentException(step + " runs after routing: it is an interceptor, not a filter");
			}
		}

	}

}
