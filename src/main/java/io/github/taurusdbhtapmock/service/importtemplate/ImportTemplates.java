package io.github.taurusdbhtapmock.service.importtemplate;

import org.springframework.stereotype.Service;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.service.topology.TopologyService;

/**
 * The Excel template of table selections (download) and its check (upload). No source
 * gives the workbook's columns or the rules its rows are checked by, so an emulated
 * answer would be invented: both are refused with 501 EMULATOR.0501, naming the
 * operation, once the instance is known to exist, so a test sees the same not-found
 * answers as every other operation on an instance (decision 43).
 */
@Service
class ImportTemplates {

	private final TopologyService topology;

	ImportTemplates(TopologyService topology) {
		this.topology = topology;
	}

	void refuse(InstancePath path, String operation) {
		this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		throw new ApiException(ErrorCode.NOT_IMPLEMENTED_BY_EMULATOR, "detail.not-implemented-by-emulator", operation);
	}

}
