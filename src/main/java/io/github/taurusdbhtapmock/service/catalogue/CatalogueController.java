package io.github.taurusdbhtapmock.service.catalogue;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.platform.validation.ProjectId;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.SdkOperation;
import io.github.taurusdbhtapmock.service.catalogue.wire.HtapDataStoresResponse;
import io.github.taurusdbhtapmock.service.catalogue.wire.HtapFlavorsResponse;
import io.github.taurusdbhtapmock.service.catalogue.wire.HtapStorageTypesResponse;

/**
 * HTTP mapping of the catalogue reads. The catalogue is the region's, the same for every
 * well-formed project. An engine other than star-rocks is a parameter error; a
 * version_name or spec_code nothing has answers an empty list (see docs/decisions.md).
 */
@RestController
@RequestMapping(path = "/v3/{project_id}/htap", produces = ApiMediaType.JSON_UTF8_VALUE)
class CatalogueController {

	private final HtapCatalogue catalogue;

	CatalogueController(HtapCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/datastores/{engine_name}")
	@SdkOperation("ListHtapDataStore")
	HtapDataStoresResponse datastores(@PathVariable("project_id") @ProjectId String projectId,
			@PathVariable("engine_name") @HtapEngine String engineName) {
		return HtapDataStoresResponse.from(this.catalogue.versions());
	}

	@GetMapping("/flavors/{engine_name}")
	@SdkOperation("ListHtapFlavor")
	HtapFlavorsResponse flavors(@PathVariable("project_id") @ProjectId String projectId,
			@PathVariable("engine_name") @HtapEngine String engineName,
			@RequestParam(name = "availability_zone_mode",
					required = false) @AvailabilityZoneMode String availabilityZoneMode,
			@RequestParam(name = "spec_code", required = false) String specCode,
			@RequestParam(name = "version_name", required = false) String versionName) {
		return HtapFlavorsResponse
			.from(this.catalogue.flavors(new FlavorQuery(availabilityZoneMode, specCode, versionName)));
	}

	@GetMapping("/storage-type/{database}")
	@SdkOperation("ListHtapStorageType")
	HtapStorageTypesResponse storageTypes(@PathVariable("project_id") @ProjectId String projectId,
			@PathVariable("database") @HtapEngine String database,
			@RequestParam(name = "version_name") String versionName) {
		return HtapStorageTypesResponse.from(this.catalogue.storageTypes(versionName));
	}

}
