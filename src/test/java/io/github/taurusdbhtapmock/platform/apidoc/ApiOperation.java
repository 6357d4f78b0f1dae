package io.github.taurusdbhtapmock.platform.apidoc;

import java.util.Map;

/**
 * What the OpenAPI document says about one operation beyond what its handler declares.
 *
 * @param operationId the operation's id: the official SDK's operation name, as the
 * handler's {@code @SdkOperation} gives it, or for the control plane the handler's name,
 * which is the EmulatorAdmin method's
 * @param summary one line for the Swagger UI list
 * @param description more, or null
 * @param examples example values of path and query parameters, used by "Try it out"
 * (project_id and instance_id default to the demo project and StarRocks instance)
 * @param parameters descriptions of path and query parameters; a query parameter the
 * handler reads by itself, and so springdoc cannot see, is added with its description
 * @param hasBodyExample whether {@code apidoc/<operationId>.json} holds an example
 * request body
 * @param exampleErrorCode null when the example succeeds; otherwise the error_code it is
 * answered with (for an operation whose example cannot be known in advance, such as a job
 * id)
 */
record ApiOperation(String operationId, String summary, String description, Map<String, String> examples,
		Map<String, String> parameters, boolean hasBodyExample, String exampleErrorCode) {

	static ApiOperation of(String operationId, String summary) {
		return new ApiOperation(operationId, summary, null, Map.of(), Map.of(), false, null);
	}

	ApiOperation withBody() {
		return new ApiOperation(this.operationId, this.summary, this.description, this.examples, this.parameters, true,
				this.exampleErrorCode);
	}

	ApiOperation withDescription(String description) {
		return new ApiOperation(this.operationId, this.summary, description, this.examples, this.parameters,
				this.hasBodyExample, this.exampleErrorCode);
	}

	ApiOperation withExamples(Map<String, String> examples) {
		return new ApiOperation(this.operationId, this.summary, this.description, examples, this.parameters,
				this.hasBodyExample, this.exampleErrorCode);
	}

	ApiOperation withParameters(Map<String, String> parameters) {
		return new ApiOperation(this.operationId, this.summary, this.description, this.examples, parameters,
				this.hasBodyExample, this.exampleErrorCode);
	}

	ApiOperation answeringExampleWith(String errorCode) {
		return new ApiOperation(this.operationId, this.summary, this.description, this.examples, this.parameters,
				this.hasBodyExample, errorCode);
	}

	/** The classpath resource of the example request body. */
	String bodyExampleResource() {
		return "apidoc/" + this.operationId + ".json";
	}

	/** The example of a parameter: this operation's own, else the demo topology's. */
	String example(String parameter) {
		String own = this.examples.get(parameter);
		return (own != null) ? own : ApiOperations.DEMO_PATH.get(parameter);
	}

}
