package io.github.taurusdbhtapmock.gateway.pipeline;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.error.Violations;
import io.github.taurusdbhtapmock.platform.web.PathRecord;

/**
 * Builds any {@link PathRecord} (InstancePath, TaurusInstancePath, TaurusStarRocksPath)
 * from the URI template variables of the route, each component from the variable its
 * {@code @JsonProperty} names, and refuses it with {@code 400 DBS.280001}, naming every
 * malformed segment at once, when it is not valid.
 */
final class PathRecordArgumentResolver implements HandlerMethodArgumentResolver {

	private final Validator validator;

	private final Map<Class<?>, Binding> bindings = new ConcurrentHashMap<>();

	PathRecordArgumentResolver(Validator validator) {
		this.validator = validator;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type.isRecord() && type.isAnnotationPresent(PathRecord.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Object variables = webRequest.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST);
		Object path = this.bindings.computeIfAbsent(parameter.getParameterType(), Binding::of)
			.bind((variables instanceof Map<?, ?> map) ? map : Map.of());
		Set<ConstraintViolation<Object>> violations = this.validator.validate(path);
		if (!violations.isEmpty()) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, Violations.detail(violations));
		}
		return path;
	}

	/**
	 * How a record type binds: its canonical constructor and the variable of each
	 * argument.
	 */
	private record Binding(Constructor<?> constructor, String[] variables) {

		static Binding of(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			Class<?>[] parameterTypes = new Class<?>[components.length];
			String[] variables = new String[components.length];
			for (int i = 0; i < components.length; i++) {
				JsonProperty name = components[i].getAccessor().getAnnotation(JsonProperty.class);
				if (components[i].getType() != String.class || name == null) {
					throw new IllegalStateException(
							"@PathRecord " + type.getName() + ": component " + components[i].getName()
									+ " must be a String named by @JsonProperty after its URI template variable");
				}
				parameterTypes[i] = String.class;
				variables[i] = name.value();
			}
			try {
				return new Binding(type.getDeclaredConstructor(parameterTypes), variables);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException("A record without its canonical constructor: " + type.getName(), ex);
			}
		}

		/** A missing variable binds null, which the record's constraints refuse. */
		Object bind(Map<?, ?> values) {
			Object[] arguments = new Object[this.variables.length];
			for (int i = 0; i < arguments.length; i++) {
				arguments[i] = values.get(this.variables[i]);
			}
			try {
				return this.constructor.newInstance(arguments);
			}
			catch (InstantiationException | IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("Cannot build " + this.constructor.getDeclaringClass().getName(), ex);
			}
		}

	}

}
