package io.github.taurusdbhtapmock.service.htapsource;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.platform.web.SdkOperation;
import io.github.taurusdbhtapmock.service.htapsource.wire.SourceDatabasesRequest;
import io.github.taurusdbhtapmock.service.htapsource.wire.SourceDatabasesResponse;
import io.github.taurusdbhtapmock.service.htapsource.wire.SourceTablesRequest;
import io.github.taurusdbhtapmock.service.htapsource.wire.SourceTablesResponse;
import io.github.taurusdbhtapmock.service.validation.PageLimit;
import io.github.taurusdbhtapmock.service.validation.PageOffset;

/**
 * HTTP mapping of the lists of the primary (TaurusDB) instance's databases and tables.
 * The {instance_id} of the path is the StarRocks (HTAP) instance, as the provider's data
 * sources send it; the TaurusDB instance is the body's source_instance_id.
 */
@RestController
@RequestMapping(path = "/v3/{project_id}/instances/{instance_id}/htap", produces = ApiMediaType.JSON_UTF8_VALUE)
class HtapSourceController {

	private static final int DEFAULT_LIMIT = 100;

	private final HtapSourceService service;

	HtapSourceController(HtapSourceService service) {
		this.service = service;
	}

	@PostMapping("/databases")
	@SdkOperation("ShowInstanceDatabasesForHtap")
	SourceDatabasesResponse databases(InstancePath path,
			@RequestParam(name = "limit", required = false) @PageLimit String limit,
			@RequestParam(name = "offset", required = false) @PageOffset String offset,
			@Valid @RequestBody SourceDatabasesRequest body) {
		NamePage page = this.service.databases(path, body.sourceInstanceId(), body.databases(), offset(offset),
				limit(limit));
		return new SourceDatabasesResponse(page.names(), page.total());
	}

	@PostMapping("/tables")
	@SdkOperation("ShowInstanceTablesForHtap")
	SourceTablesResponse tables(InstancePath path,
			@RequestParam(name = "limit", required = false) @PageLimit String limit,
			@RequestParam(name = "offset", required = false) @PageOffset String offset,
			@Valid @RequestBody SourceTablesRequest body) {
		NamePage page = this.service.tables(path, body.sourceInstanceId(), body.databaseTables(), body.selectedTables(),
				offset(offset), limit(limit));
		return new SourceTablesResponse(page.names(), page.total());
	}

	private static int offset(String offset) {
		return (offset != null) ? Integer.parseInt(offset) : 0;
	}

	private static int limit(String limit) {
		return (limit != null) ? Integer.parseInt(limit) : DEFAULT_LIMIT;
	}

}
