package io.github.taurusdbhtapmock.service.dbuser.wire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/** The databases a user may use: StarRocks database names, or * for all of them. */
public final class DatabaseNames {

	/** How many databases one request may name. */
	public static final int MAX = 256;

	private DatabaseNames() {
	}

	/**
	 * A StarRocks database name (1 to 256 letters, digits, underscores or hyphens,
	 * starting with a letter or an underscore) or {@code *}.
	 */
	@Documented
	@Pattern(regexp = "\\*|[A-Za-z_][A-Za-z0-9_-]{0,255}")
	@ReportAsSingleViolation
	@Constraint(validatedBy = {})
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	public @interface Name {

		String message() default "{validation.user-database-name}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

}
