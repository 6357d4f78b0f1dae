package io.github.taurusdbhtapmock.service.lts;

import java.util.List;

import io.github.taurusdbhtapmock.service.instancesettings.InstanceSettings;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstance;

/** One page of instances with their settings, and how many instances match in all. */
record LtsPage(List<Entry> entries, int total) {

	record Entry(StarRocksInstance instance, InstanceSettings settings) {
	}

}
