package io.github.taurusdbhtapmock.service.htapsource;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.service.htapsource.wire.SourceTablesRequest.DatabaseTables;
import io.github.taurusdbhtapmock.service.topology.SourceDatabase;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstance;
import io.github.taurusdbhtapmock.service.topology.TaurusInstance;
import io.github.taurusdbhtapmock.service.topology.TopologyService;

/**
 * The databases and tables of the TaurusDB instance a StarRocks instance replicates from,
 * as the console lists them to pick what to synchronize: names containing what is looked
 * for, in any letter case, sorted. The selection already made and whether it is a
 * whitelist or a blacklist do not narrow the list: the console marks them, it does not
 * hide them.
 */
@Service
class HtapSourceService {

	private final TopologyService topology;

	HtapSourceService(TopologyService topology) {
		this.topology = topology;
	}

	NamePage databases(InstancePath path, String sourceInstanceId, List<String> patterns, int offset, int limit) {
		TaurusInstance source = requireSource(path, sourceInstanceId);
		List<String> matching = new TreeSet<>(source.databases().keySet()).stream()
			.filter((name) -> matchesAny(name, patterns))
			.toList();
		return NamePage.of(matching, offset, limit);
	}

	NamePage tables(InstancePath path, String sourceInstanceId, List<DatabaseTables> databaseTables,
			List<DatabaseTables> selectedTables, int offset, int limit) {
		TaurusInstance source = requireSource(path, sourceInstanceId);
		if (selectedTables != null) {
			for (DatabaseTables selected : selectedTables) {
				this.topology.requireSourceDatabase(source, selected.database());
			}
		}
		TreeSet<String> matching = new TreeSet<>();
		for (DatabaseTables wanted : databaseTables) {
			SourceDatabase database = this.topology.requireSourceDatabase(source, wanted.database());
			database.tableNames()
				.stream()
				.filter((table) -> matchesAny(table, wanted.tables()))
				.forEach((table) -> matching.add(database.name() + "." + table));
		}
		return NamePage.of(List.copyOf(matching), offset, limit);
	}

	/**
	 * The StarRocks instance of the path, and the TaurusDB instance of the body, which
	 * must be the one it is attached to.
	 */
	private TaurusInstance requireSource(InstancePath path, String sourceInstanceId) {
		StarRocksInstance instance = this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		TaurusInstance source = this.topology.requireSourceInstance(path.projectId(), sourceInstanceId);
		if (!instance.isAttachedTo(source.id())) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.htap-source-not-attached", sourceInstanceId,
					path.instanceId());
		}
		return source;
	}

	private static boolean matchesAny(String name, List<String> patterns) {
		if (patterns == null || patterns.isEmpty()) {
			return true;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		return patterns.stream().anyMatch((pattern) -> lower.contains(pattern.toLowerCase(Locale.ROOT)));
	}

}
