package io.github.taurusdbhtapmock.service.importtemplate;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.platform.web.SdkOperation;

/**
 * HTTP mapping of the import template pair, which the emulator refuses as not implemented
 * (see {@link ImportTemplates}).
 */
@RestController
@RequestMapping(path = "/v3/{project_id}/instances/{instance_id}/htap/template",
		produces = ApiMediaType.JSON_UTF8_VALUE)
class ImportTemplateController {

	private final ImportTemplates templates;

	ImportTemplateController(ImportTemplates templates) {
		this.templates = templates;
	}

	@GetMapping
	@SdkOperation("DownloadImportExcelTemplate")
	void download(InstancePath path) {
		this.templates.refuse(path, "DownloadImportExcelTemplate");
	}

	@PostMapping
	@SdkOperation("UploadImportExcelTemplate")
	void upload(InstancePath path) {
		this.templates.refuse(path, "UploadImportExcelTemplate");
	}

}
