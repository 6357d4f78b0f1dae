package io.github.taurusdbhtapmock.service.htapinstance;

import io.github.taurusdbhtapmock.service.catalogue.Flavor;

/**
 * The flavor of a group of nodes as the nodes report it: the catalogue's, or for a flavor
 * the catalogue does not sell (an imported state may name one) its id with the seeded
 * size.
 */
public record NodeFlavor(String id, String specCode, String cpu, String mem) {

	static NodeFlavor of(Flavor flavor) {
		return new NodeFlavor(flavor.id(), flavor.specCode(), Integer.toString(flavor.vcpus()),
				Integer.toString(flavor.ramGb()));
	}

	static NodeFlavor unknown(String id) {
		return new NodeFlavor(id, "", CloudDefaults.CPU, CloudDefaults.MEMORY);
	}

}
