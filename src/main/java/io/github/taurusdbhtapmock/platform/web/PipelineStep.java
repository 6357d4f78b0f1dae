package io.github.taurusdbhtapmock.platform.web;

/**
 * The named positions of the request pipeline, in the order a request passes them. The
 * gateway registers exactly one handler per position and refuses to start otherwise;
 * tiers the gateway must not know (the control plane) take their position by declaring an
 * {@link InterceptorStep} bean. docs/design.md, "What a request goes through", draws the
 * same list.
 */
public enum PipelineStep {

	/** Gives the exchange its id, sent back as X-Request-Id on every reply. */
	REQUEST_ID(Phase.BEFORE_ROUTING),

	/**
	 * Times the exchange and, once it is answered, builds its {@link Exchange} and hands
	 * it to every {@link ExchangeListener}. Outside every step that can refuse, so that
	 * refusals are recorded too.
	 */
	EXCHANGE(Phase.BEFORE_ROUTING),

	/**
	 * Refuses a body over the size limit and buffers what later steps need of the body,
	 * once, for all of them.
	 */
	BODY(Phase.BEFORE_ROUTING),

	/** After routing: refuses the methods the gateway does not publish (OPTIONS). */
	PUBLISHED_METHODS(Phase.ROUTED),

	/** The gateway's credential and tenancy check of the emulated API. */
	AUTHENTICATION(Phase.ROUTED),

	/** Keeps the control plane switched off or behind its token. */
	CONTROL_PLANE_GUARD(Phase.ROUTED),

	/**
	 * Applies the control plane's fault rules, after the credential check so that a
	 * refused request uses up no rule.
	 */
	FAULTS(Phase.ROUTED);

	private final Phase phase;

	PipelineStep(Phase phase) {
		this.phase = phase;
	}

	/**
	 * Whether the step runs before the request is routed (a servlet filter, which sees
	 * every request) or after (an interceptor, which knows the operation).
	 */
	public boolean beforeRouting() {
		return this.phase == Phase.BEFORE_ROUTING;
	}

	private enum Phase {

		BEFORE_ROUTING, ROUTED

	}

}
