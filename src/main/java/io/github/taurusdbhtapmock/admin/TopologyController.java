package io.github.taurusdbhtapmock.admin;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.service.topology.TopologyProperties;
import io.github.taurusdbhtapmock.service.topology.TopologyRepository;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;

/**
 * {@code GET /_emulator/topology} shows every project's instances; {@code POST} adds
 * instances, read replicas, databases and tables, in the seed file's shape with
 * snake_case names, checked with the API's rules.
 */
@RestController
@RequestMapping(path = ControlPlaneProperties.PATH_PREFIX + "/topology", produces = ApiMediaType.JSON_UTF8_VALUE)
class TopologyController {

	private final TopologyRepository topology;

	TopologyController(TopologyRepository topology) {
		this.topology = topology;
	}

	@GetMapping
	TopologyProperties show() {
		return new TopologyProperties(this.topology.export());
	}

	@PostMapping
	TopologyProperties add(@Valid @RequestBody TopologyProperties additions) {
		this.topology.add(additions.projects());
		return show();
	}

}
