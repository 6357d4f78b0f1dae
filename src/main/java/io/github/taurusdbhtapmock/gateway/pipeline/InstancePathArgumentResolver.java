package io.github.taurusdbhtapmock.gateway.pipeline;

import io.github.taurusdbhtapmock.platform.web.InstancePath;
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
 * Builds an {@link InstancePath} from the URI template variables and refuses it when
 * malformed.
 */
class InstancePathArgumentResolver implements HandlerMethodArgumentResolver {

	private final Validator validator;

	InstancePathArgumentResolver(Validator validator) {
		this.validator = validator;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == InstancePath.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) webRequest
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		InstancePath path = new InstancePath(variables.get("project_id"), variables.get("instance_id"));
		Set<ConstraintViolation<InstancePath>> violations = this.validator.validate(path);
		if (!violations.isEmpty()) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, Violations.detail(violations));
		}
		return path;
	}

}
