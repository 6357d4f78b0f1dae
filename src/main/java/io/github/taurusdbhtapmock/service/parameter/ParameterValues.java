package io.github.taurusdbhtapmock.service.parameter;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;

/**
 * Checks new values against the catalogue: the parameter exists for the node type
 * (DBS.280270), can be changed (DBS.280001) and the value has its type and lies in its
 * range (DBS.280271). The first problem, in name order, is answered; nothing is applied
 * unless every value passes.
 */
@Component
class ParameterValues {

	private final ParameterCatalogue catalogue;

	ParameterValues(ParameterCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	ParameterCatalogue catalogue() {
		return this.catalogue;
	}

	/** The values as they are stored (whole numbers normalized), in name order. */
	Map<String, String> check(NodeType nodeType, Map<String, String> values) {
		Map<String, String> checked = new TreeMap<>();
		new TreeMap<>(values).forEach((name, value) -> {
			StarRocksParameter parameter = this.catalogue.find(nodeType, name)
				.orElseThrow(() -> new ApiException(ErrorCode.PARAMETER_NOT_FOUND, "detail.parameter-not-found", name,
						nodeType.wireValue()));
			if (parameter.readonly()) {
				throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.parameter-readonly", name);
			}
			String normalized = parameter.normalize(value);
			if (normalized == null) {
				throw new ApiException(ErrorCode.PARAMETER_VALUE_OUT_OF_RANGE, "detail.parameter-value", name, value,
						parameter.kind().wireType(), parameter.valueRange());
			}
			checked.put(name, normalized);
		});
		return checked;
	}

}
