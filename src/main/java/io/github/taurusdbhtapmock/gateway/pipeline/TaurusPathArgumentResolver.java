package io.github.taurusdbhtapmock.gateway.pipeline;

import io.github.taurusdbhtapmock.platform.web.TaurusInstancePath;
import io.github.taurusdbhtapmock.platform.web.TaurusStarRocksPath;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

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

/**
 * Builds a {@link TaurusInstancePath} or {@link TaurusStarRocksPath} from the URI
 * template variables and refuses it when malformed, as
 * {@link InstancePathArgumentResolver} does for the StarRocks paths.
 */
class TaurusPathArgumentResolver implements HandlerMethodArgumentResolver {

	private final Validator validator;

	TaurusPathArgumentResolver(Validator validator) {
		this.validator = validator;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == TaurusInstancePath.class
				|| parameter.getParameterType() == TaurusStarRocksPath.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) webRequest
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		Object path = (parameter.getParameterType() == TaurusInstancePath.class)
				? new TaurusInstancePath(variables.get("project_id"), variables.get("instance_id"))
				: new TaurusStarRocksPath(variables.get("project_id"), variables.get("instance_id"),
						variables.get("starrocks_instance_id"));
		Set<ConstraintViolation<Object>> violations = this.validator.validate(path);
		if (!violations.isEmpty()) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, Violations.detail(violations));
		}
		return path;
	}

}
