package io.github.taurusdbhtapmock.service.parameter;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.github.taurusdbhtapmock.service.parameter.wire.CompareParametersResponse;
import io.github.taurusdbhtapmock.service.parameter.wire.ParametersResponse;
import io.github.taurusdbhtapmock.service.parameter.wire.ParametersResponse.ConfigurationInfo;
import io.github.taurusdbhtapmock.service.parameter.wire.ParametersResponse.ParameterValue;

/** The parameter operations' results as the wire carries them. */
final class ParameterReplies {

	/** The kernel the default template is for: the first version on sale. */
	static final String DATASTORE_VERSION = "3.1.6.0";

	static final String DATASTORE = "star-rocks";

	/** When the default template was published: the created of every configuration. */
	static final Instant TEMPLATE_CREATED = Instant.parse("2024-03-01T00:00:00Z");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
		.withZone(ZoneOffset.UTC);

	private ParameterReplies() {
	}

	static ParametersResponse of(ParameterPage page) {
		Instant updated = (page.updated() != null) ? page.updated() : TEMPLATE_CREATED;
		return new ParametersResponse(
				new ConfigurationInfo(DATASTORE_VERSION, DATASTORE, page.configurationId(),
						TIME.format(TEMPLATE_CREATED), TIME.format(updated)),
				page.totalCount(),
				page.values()
					.stream()
					.map((value) -> new ParameterValue(value.parameter().name(), value.value(),
							value.parameter().restartRequired(), value.parameter().readonly(),
							value.parameter().valueRange(), value.parameter().kind().wireType(),
							value.parameter().description()))
					.toList());
	}

	static CompareParametersResponse of(List<ParameterService.Difference> differences) {
		return new CompareParametersResponse(differences.stream()
			.map((difference) -> new CompareParametersResponse.Difference(difference.name(), difference.sourceValue(),
					difference.targetValue()))
			.toList());
	}

}
