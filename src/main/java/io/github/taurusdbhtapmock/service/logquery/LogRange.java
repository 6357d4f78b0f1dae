package io.github.taurusdbhtapmock.service.logquery;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;

/**
 * The time range of a log query, checked as the log APIs document it: the start before
 * the end, no earlier than the {@value #RETENTION_DAYS} days logs are kept, the end not
 * after now. Times in the reply use the offset of the request's start time.
 */
record LogRange(Instant from, Instant to, ZoneOffset offset) {

	static final int RETENTION_DAYS = 30;

	static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx")
		.withResolverStyle(ResolverStyle.STRICT);

	static LogRange of(String startTime, String endTime, Instant now) {
		OffsetDateTime start = parse("start_time", startTime);
		OffsetDateTime end = parse("end_time", endTime);
		if (!start.toInstant().isBefore(end.toInstant())) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.log-range-order", startTime, endTime);
		}
		if (start.toInstant().isBefore(now.minus(Duration.ofDays(RETENTION_DAYS)))) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.log-range-retention", startTime, RETENTION_DAYS);
		}
		if (end.toInstant().isAfter(now)) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.log-range-future", endTime,
					FORMAT.format(now.atOffset(start.getOffset())));
		}
		return new LogRange(start.toInstant(), end.toInstant(), start.getOffset());
	}

	String format(Instant time) {
		return FORMAT.format(time.atOffset(this.offset));
	}

	private static OffsetDateTime parse(String field, String text) {
		try {
			return OffsetDateTime.parse(text, FORMAT);
		}
		catch (DateTimeParseException ex) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.log-time-invalid", field, text);
		}
	}

}
