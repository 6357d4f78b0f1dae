package io.github.taurusdbhtapmock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against an emulator started in the test's JVM on a free port: once
 * per class, or once per JVM with {@link #shared()}, and reset before each test unless
 * {@link #resetBeforeEach()} is false. Declare a {@link TaurusHtapEmulator} parameter
 * (test, lifecycle method or constructor) or a field of that type to get the handle. For
 * options set in code, register {@link TaurusHtapEmulatorExtension#builder()} with
 * {@code @RegisterExtension} instead.
 */
@Target({ ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TaurusHtapEmulatorExtension.class)
public @interface TaurusHtapEmulatorTest {

	/**
	 * The emulator's own settings as {@code key=value}, e.g.
	 * {@code emulator.jobs.duration=0s}.
	 */
	String[] properties() default {};

	/**
	 * A manual clock ({@code emulator.clock.mode=manual}), moved only by
	 * {@link TaurusHtapEmulator#advanceClock}.
	 */
	boolean manualClock() default false;

	/** The HTTP port; 0 (the default) picks a free one. */
	int port() default 0;

	/**
	 * One emulator for every class of the run that asks for the same settings, stopped
	 * when the run ends, instead of one per class.
	 */
	boolean shared() default false;

	/**
	 * {@link TaurusHtapEmulator#reset()} before each test, so that tests do not see each
	 * other's state.
	 */
	boolean resetBeforeEach() default true;

}
