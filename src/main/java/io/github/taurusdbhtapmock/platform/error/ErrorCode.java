package io.github.taurusdbhtapmock.platform.error;

import org.springframework.http.HttpStatus;

/**
 * Every error the emulator can answer with. The codes and first sentences are the
 * documented ones (see docs/errors.md); the message key selects the localized first
 * sentence in messages*.properties.
 */
public enum ErrorCode {

	PARAMETER_ERROR("DBS.280001", HttpStatus.BAD_REQUEST, Origin.SERVICE),
	EMPTY_REQUEST("DBS.200006", HttpStatus.BAD_REQUEST, Origin.SERVICE),
	INSTANCE_NOT_FOUND("DBS.200022", HttpStatus.BAD_REQUEST, Origin.SERVICE),
	DATABASE_NOT_FOUND("DBS.200823", HttpStatus.BAD_REQUEST, Origin.SERVICE),
	TASK_NOT_FOUND("DBS.270022", HttpStatus.BAD_REQUEST, Origin.SERVICE),
	TASK_ALREADY_EXISTS("DBS.280406", HttpStatus.CONFLICT, Origin.SERVICE),
	TARGET_DATABASE_IN_USE("DBS.200826", HttpStatus.CONFLICT, Origin.SERVICE),
	TASK_TO_DELETE_NOT_FOUND("DBS.05000091", HttpStatus.BAD_REQUEST, Origin.SERVICE),
	TASK_BUSY("DBS.200019", HttpStatus.CONFLICT, Origin.SERVICE),
	OPERATION_NOT_ALLOWED("DBS.201014", HttpStatus.BAD_REQUEST, Origin.SERVICE),
	JOB_NOT_FOUND("DBS.200543", HttpStatus.BAD_REQUEST, Origin.SERVICE),
	STARROCKS_INSTANCE_NOT_FOUND("DBS.05000044", HttpStatus.BAD_REQUEST, Origin.SERVICE),
	SERVER_ERROR("DBS.05000000", HttpStatus.INTERNAL_SERVER_ERROR, Origin.SERVICE),
	TASK_QUOTA_EXCEEDED("DBS.290003", HttpStatus.PAYLOAD_TOO_LARGE, Origin.SERVICE),
	JOBS_RUNNING_AT_QUOTA("DBS.200019", HttpStatus.CONFLICT, Origin.SERVICE),

	CONTROL_PLANE_BAD_REQUEST("EMULATOR.0400", HttpStatus.BAD_REQUEST, Origin.CONTROL_PLANE),
	CONTROL_PLANE_UNAUTHORIZED("EMULATOR.0401", HttpStatus.UNAUTHORIZED, Origin.CONTROL_PLANE),
	CONTROL_PLANE_NOT_FOUND("EMULATOR.0404", HttpStatus.NOT_FOUND, Origin.CONTROL_PLANE),
	CONTROL_PLANE_CONFLICT("EMULATOR.0409", HttpStatus.CONFLICT, Origin.CONTROL_PLANE),
	CONTROL_PLANE_BODY_TOO_LARGE("EMULATOR.0413", HttpStatus.PAYLOAD_TOO_LARGE, Origin.CONTROL_PLANE),
	CONTROL_PLANE_REQUEST_TIMEOUT("EMULATOR.0408", HttpStatus.REQUEST_TIMEOUT, Origin.CONTROL_PLANE),
	STATE_BUDGET_FULL("EMULATOR.0507", HttpStatus.INSUFFICIENT_STORAGE, Origin.CONTROL_PLANE),
	NOT_IMPLEMENTED_BY_EMULATOR("EMULATOR.0501", HttpStatus.NOT_IMPLEMENTED, Origin.CONTROL_PLANE),

	API_NOT_FOUND("APIGW.0101", HttpStatus.NOT_FOUND, Origin.GATEWAY),
	API_REQUEST_ERROR("APIGW.0201", HttpStatus.BAD_REQUEST, Origin.GATEWAY),
	REQUEST_ENTITY_TOO_LARGE("APIGW.0201", HttpStatus.PAYLOAD_TOO_LARGE, Origin.GATEWAY),
	REQUEST_TIMEOUT("APIGW.0201", HttpStatus.REQUEST_TIMEOUT, Origin.GATEWAY),
	REQUEST_URI_TOO_LARGE("APIGW.0201", HttpStatus.URI_TOO_LONG, Origin.GATEWAY),
	REQUEST_HEADERS_TOO_LARGE("APIGW.0201", HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, Origin.GATEWAY),
	AUTHENTICATION_FAILED("APIGW.0301", HttpStatus.UNAUTHORIZED, Origin.GATEWAY),
	ACCESS_DENIED("APIGW.0302", HttpStatus.FORBIDDEN, Origin.GATEWAY),

	// database users and parameters of a StarRocks instance
	DATABASE_USER_NAME_INVALID("DBS.280292", HttpStatus.BAD_REQUEST, Origin.SERVICE),
	WEAK_PASSWORD("DBS.280203", HttpStatus.BAD_REQUEST, Origin.SERVICE),
	DATABASE_USER_NOT_FOUND("DBS.200076", HttpStatus.BAD_REQUEST, Origin.SERVICE),
	DATABASE_USER_EXISTS("DBS.280406", HttpStatus.CONFLICT, Origin.SERVICE),
	DATABASE_USER_QUOTA_EXCEEDED("DBS.290003", HttpStatus.PAYLOAD_TOO_LARGE, Origin.SERVICE),
	PARAMETER_NOT_FOUND("DBS.280270", HttpStatus.BAD_REQUEST, Origin.SERVICE),
	PARAMETER_VALUE_OUT_OF_RANGE("DBS.280271", HttpStatus.BAD_REQUEST, Origin.SERVICE),
	CONFIGURATION_NOT_FOUND("DBS.290013", HttpStatus.BAD_REQUEST, Origin.SERVICE),
	PARAMETERS_BUSY("DBS.200019", HttpStatus.CONFLICT, Origin.SERVICE),

	// StarRocks instances: creation, changes and deletion
	INSTANCE_BUSY("DBS.212033", HttpStatus.CONFLICT, Origin.SERVICE),
	INSTANCE_QUOTA_EXCEEDED("DBS.200046", HttpStatus.PAYLOAD_TOO_LARGE, Origin.SERVICE),
	INVALID_INSTANCE_NAME("DBS.280234", HttpStatus.BAD_REQUEST, Origin.SERVICE),
	INVALID_DATABASE_TYPE("DBS.280235", HttpStatus.BAD_REQUEST, Origin.SERVICE),
	UNSUPPORTED_VERSION("DBS.280238", HttpStatus.BAD_REQUEST, Origin.SERVICE);

	/**
	 * Who answers: the replication service, the API gateway in front of it (which adds
	 * request_id), or the emulator's own control plane, whose codes are the emulator's.
	 */
	public enum Origin {

		SERVICE, GATEWAY, CONTROL_PLANE

	}

	private final String code;

	private final HttpStatus status;

	private final Origin origin;

	ErrorCode(String code, HttpStatus status, Origin origin) {
		this.code = code;
		this.status = status;
		this.origin = origin;
	}

	public String code() {
		return this.code;
	}

	public HttpStatus status() {
		return this.status;
	}

	/**
	 * The control plane's code for the same refusal: a body too large or too slow is
	 * refused by the control plane in its own codes, the others are the code itself.
	 */
	public ErrorCode forControlPlane() {
		return switch (this) {
			case PARAMETER_ERROR, EMPTY_REQUEST -> CONTROL_PLANE_BAD_REQUEST;
			case REQUEST_ENTITY_TOO_LARGE -> CONTROL_PLANE_BODY_TOO_LARGE;
			case REQUEST_TIMEOUT -> CONTROL_PLANE_REQUEST_TIMEOUT;
			default -> this;
		};
	}

	public boolean fromGateway() {
		return this.origin == Origin.GATEWAY;
	}

	/**
	 * The gateway's answer to an HTTP error raised below the API (by the servlet
	 * container or the router): what clients of the real gateway see for the same status.
	 */
	public static ErrorCode forHttpStatus(int status) {
		return switch (status) {
			case 401 -> AUTHENTICATION_FAILED;
			case 408 -> REQUEST_TIMEOUT;
			case 404, 405 -> API_NOT_FOUND;
			case 413 -> REQUEST_ENTITY_TOO_LARGE;
			case 414 -> REQUEST_URI_TOO_LARGE;
			case 431, 494 -> REQUEST_HEADERS_TOO_LARGE;
			default -> (status >= 500) ? SERVER_ERROR : API_REQUEST_ERROR;
		};
	}

	/** Key of the documented first sentence of error_msg in messages*.properties. */
	public String messageKey() {
		return "error." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
