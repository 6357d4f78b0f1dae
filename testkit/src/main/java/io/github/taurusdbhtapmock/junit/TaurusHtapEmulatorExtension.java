package io.github.taurusdbhtapmock.junit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Starts the emulator in the test's JVM for a test class, or once for the whole run
 * ({@code shared}), resets it before each test (unless told not to) and hands it to the
 * test as a {@link TaurusHtapEmulator}: as a parameter of a test, lifecycle method or
 * constructor, and in every non-final field of that type.
 *
 * <p>
 * Register it with {@link TaurusHtapEmulatorTest @TaurusHtapEmulatorTest}, or in code:
 *
 * <pre>{@code
 * &#64;RegisterExtension
 * static TaurusHtapEmulatorExtension emulator = TaurusHtapEmulatorExtension.builder().manualClock().build();
 * }</pre>
 *
 * <p>
 * The emulator lives in the JUnit store of the outermost test class (closed when that
 * class ends) or, when shared, in the root store (closed when the run ends). Shared
 * emulators are told apart by their port and properties: classes that ask for the same
 * get the same one.
 */
public final class TaurusHtapEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(TaurusHtapEmulatorExtension.class);

	/** Null when registered by the annotation, which then says. */
	private final EmulatorOptions configured;

	/** The one this extension instance last handed out, for {@link #emulator()}. */
	private volatile TaurusHtapEmulator current;

	/**
	 * For {@code @ExtendWith}, through {@link TaurusHtapEmulatorTest}: the options come
	 * from the annotation.
	 */
	public TaurusHtapEmulatorExtension() {
		this(null);
	}

	private TaurusHtapEmulatorExtension(EmulatorOptions configured) {
		this.configured = configured;
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The emulator this extension started for the running test class: for a
	 * {@code static @RegisterExtension} field, where the test has the extension rather
	 * than an injected handle.
	 */
	public TaurusHtapEmulator emulator() {
		TaurusHtapEmulator emulator = this.current;
		if (emulator == null) {
			throw new IllegalStateException("the emulator starts before the first test of the class (beforeAll)");
		}
		return emulator;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IllegalAccessException {
		TaurusHtapEmulator emulator = emulator(context);
		injectFields(context.getRequiredTestClass(), null, emulator);
	}

	@Override
	public void beforeEach(ExtensionContext context) throws IllegalAccessException {
		TaurusHtapEmulator emulator = emulator(context);
		if (options(context).resetBeforeEach()) {
			emulator.reset();
		}
		for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
			injectFields(instance.getClass(), instance, emulator);
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == TaurusHtapEmulator.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return emulator(extensionContext);
	}

	/**
	 * Started on first use rather than in beforeAll only: an extension in an instance
	 * field is registered after beforeAll has run.
	 */
	// getOrComputeIfAbsent: computeIfAbsent is JUnit 6 only
	@SuppressWarnings("deprecation")
	private TaurusHtapEmulator emulator(ExtensionContext context) {
		EmulatorOptions options = options(context);
		ExtensionContext owner = options.shared() ? context.getRoot() : outermostClass(context);
		StoredEmulator stored = owner.getStore(NAMESPACE)
			.getOrComputeIfAbsent(options.server(), (server) -> StoredEmulator.start(options), StoredEmulator.class);
		this.current = stored.emulator();
		return stored.emulator();
	}

	/**
	 * A @Nested class shares its enclosing class's emulator, as it shares its enclosing
	 * instance.
	 */
	private static ExtensionContext outermostClass(ExtensionContext context) {
		ExtensionContext current = context;
		while (current.getParent().isPresent() && current.getParent().get() != context.getRoot()) {
			current = current.getParent().get();
		}
		return current;
	}

	private EmulatorOptions options(ExtensionContext context) {
		if (this.configured != null) {
			return this.configured;
		}
		return annotation(context.getRequiredTestClass()).map(EmulatorOptions::of).orElseGet(EmulatorOptions::defaults);
	}

	/**
	 * On the class, a superclass or a meta-annotation, or on an enclosing class of
	 * a @Nested one.
	 */
	private static Optional<TaurusHtapEmulatorTest> annotation(Class<?> testClass) {
		for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
			Optional<TaurusHtapEmulatorTest> found = AnnotationSupport.findAnnotation(type,
					TaurusHtapEmulatorTest.class);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/** Static fields when {@code instance} is null, else the instance's. */
	private static void injectFields(Class<?> type, Object instance, TaurusHtapEmulator emulator)
			throws IllegalAccessException {
		List<Field> fields = ReflectionSupport.findFields(type,
				(field) -> field.getType() == TaurusHtapEmulator.class && !Modifier.isFinal(field.getModifiers())
						&& Modifier.isStatic(field.getModifiers()) == (instance == null),
				HierarchyTraversalMode.TOP_DOWN);
		for (Field field : fields) {
			field.setAccessible(true);
			field.set(instance, emulator);
		}
	}

	/**
	 * What the store holds and closes: JUnit 5.x closes a CloseableResource, JUnit 6 an
	 * AutoCloseable.
	 */
	@SuppressWarnings("deprecation") // CloseableResource: for JUnit 5.x
	private record StoredEmulator(
			TaurusHtapEmulator emulator) implements ExtensionContext.Store.CloseableResource, AutoCloseable {

		static StoredEmulator start(EmulatorOptions options) {
			return new StoredEmulator(TaurusHtapEmulator.start(options, false));
		}

		@Override
		public void close() {
			this.emulator.stop();
		}

	}

	/**
	 * Options of the extension for {@code @RegisterExtension}; the same as the
	 * annotation's attributes.
	 */
	public static final class Builder {

		private int port;

		private final Map<String, String> properties = new LinkedHashMap<>();

		private boolean shared;

		private boolean resetBeforeEach = true;

		private Builder() {
		}

		/** The HTTP port; 0 (the default) picks a free one. */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		/**
		 * One of the emulator's settings (docs/configuration.md), e.g.
		 * {@code emulator.jobs.duration}, "0s".
		 */
		public Builder property(String key, String value) {
			this.properties.put(key, value);
			return this;
		}

		/**
		 * A clock that stands still until {@link TaurusHtapEmulator#advanceClock} moves
		 * it.
		 */
		public Builder manualClock() {
			return property(EmulatorOptions.CLOCK_MODE, "manual");
		}

		/** A manual clock that starts at {@code start}. */
		public Builder manualClock(Instant start) {
			return manualClock().property("emulator.clock.start", start.toString());
		}

		/**
		 * One emulator for every class of the run with the same port and properties;
		 * default: one per class.
		 */
		public Builder shared(boolean shared) {
			this.shared = shared;
			return this;
		}

		/** Reset before each test (the default), or keep the state from test to test. */
		public Builder resetBeforeEach(boolean resetBeforeEach) {
			this.resetBeforeEach = resetBeforeEach;
			return this;
		}

		public TaurusHtapEmulatorExtension build() {
			return new TaurusHtapEmulatorExtension(
					new EmulatorOptions(this.port, this.properties, this.shared, this.resetBeforeEach));
		}

	}

}
