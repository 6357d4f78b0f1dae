package io.github.taurusdbhtapmock.platform.apidoc;

import java.util.Map;

/**
 * What the OpenAPI document says about one emulated operation beyond what its handler
 * declares.
 *
 * @param operationId the official SDK's operation name, as the handler's
 * {@code @SdkOperation} gives it
 * @param summary one line for the Swagger UI list
 * @param examples example values of path and query parameters, used by "Try it out"
 * (project_id and instance_id default to the demo project and StarRocks instance)
 * @param hasBodyExample whether {@code apidoc/<operationId>.json} holds an example
 * request body
 * @param exampleErrorCode null when the example succeeds; otherwise the error_code it is
 * answered with (for an operation whose example cannot be known in advance, such as a job
 * id)
 */
record ApiOperation(String operationId, String summary, Map<String, String> examples, boolean hasBodyExample,
		String exampleErrorCode) {

	static ApiOperation of(String operationId, String summary) {
		return new ApiOperation(operationId, summary, Map.of(), false, null);
	}

	ApiOperation withBody() {
		return new ApiOperation(this.operationId, this.summary, this.examples, true, this.exampleErrorCode);
	}

	ApiOperation withExamples(Map<String, String> examples) {
		return new ApiOperation(this.operationId, this.summary, examples, this.hasBodyExample, this.exampleErrorCode);
	}

	ApiOperation answeringExampleWith(String errorCode) {
		return new ApiOperation(this.operationId, this.summary, this.examples, this.hasBodyExample, errorCode);
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
