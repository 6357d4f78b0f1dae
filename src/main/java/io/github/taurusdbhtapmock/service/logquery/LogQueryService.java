package io.github.taurusdbhtapmock.service.logquery;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.service.htapinstance.HtapInstanceService;
import io.github.taurusdbhtapmock.service.htapinstance.StarRocksCluster;
import io.github.taurusdbhtapmock.service.htapinstance.StarRocksNode;
import io.github.taurusdbhtapmock.service.instancesettings.InstanceSettingsRepository;
import io.github.taurusdbhtapmock.service.logquery.LogSchedule.IndexedNode;
import io.github.taurusdbhtapmock.service.logquery.wire.ErrorLogRequest;
import io.github.taurusdbhtapmock.service.logquery.wire.ErrorLogResponse.ErrorLogEntry;
import io.github.taurusdbhtapmock.service.logquery.wire.LogWindow;
import io.github.taurusdbhtapmock.service.logquery.wire.SlowLogRequest;
import io.github.taurusdbhtapmock.service.logquery.wire.SlowLogResponse.SlowLogEntry;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstance;
import io.github.taurusdbhtapmock.service.topology.TopologyService;

/**
 * The slow log and the error log of a StarRocks instance: lines written on a schedule
 * since the epoch (slow queries on the FE nodes every 10 minutes, warnings and errors on
 * every node every 15), read newest first on the emulator's clock. A page ends at
 * {@code limit} lines; the next one starts after the {@code line_num} of its last line.
 */
@Service
class LogQueryService {

	static final LogSchedule SLOW_LOG = new LogSchedule(Duration.ofMinutes(10));

	static final LogSchedule ERROR_LOG = new LogSchedule(Duration.ofMinutes(15));

	private static final String ALL_LEVELS = "ALL";

	private final TopologyService topology;

	private final InstanceSettingsRepository settings;

	private final Clock clock;

	private final HtapInstanceService instances;

	LogQueryService(TopologyService topology, InstanceSettingsRepository settings, Clock clock,
			HtapInstanceService instances) {
		this.instances = instances;
		this.topology = topology;
		this.settings = settings;
		this.clock = clock;
	}

	List<SlowLogEntry> slowLogs(InstancePath path, SlowLogRequest request) {
		StarRocksInstance instance = this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		LogRange range = LogRange.of(request.startTime(), request.endTime(), this.clock.instant());
		List<IndexedNode> nodes = nodes(instance, request.nodeId());
		// slow queries are written by the FE nodes, which run the queries
		nodes.removeIf((node) -> !node.node().role().groupType().equals("fe"));
		boolean masked = this.settings.read(path.projectId(), path.instanceId()).slowLogMasked();
		return page(SLOW_LOG, instance, nodes, range, request, (line) -> SlowLogs.entry(line, range, masked),
				(entry) -> matches(request.operateType(), entry.type())
						&& matches(request.database(), entry.database()));
	}

	List<ErrorLogEntry> errorLogs(InstancePath path, ErrorLogRequest request) {
		StarRocksInstance instance = this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		LogRange range = LogRange.of(request.startTime(), request.endTime(), this.clock.instant());
		String level = (request.level() == null || ALL_LEVELS.equals(request.level())) ? null : request.level();
		return page(ERROR_LOG, instance, nodes(instance, request.nodeId()), range, request,
				(line) -> ErrorLogs.entry(line, range), (entry) -> matches(level, entry.level()));
	}

	private static <T> List<T> page(LogSchedule schedule, StarRocksInstance instance, List<IndexedNode> nodes,
			LogRange range, LogWindow window, Function<LogLine, T> entry, Predicate<T> filter) {
		long after = (window.lineNum() != null) ? Long.parseLong(window.lineNum()) : Long.MAX_VALUE;
		List<T> page = new ArrayList<>();
		for (LogLine line : schedule.lines(instance.id(), nodes, range.from(), range.to())) {
			if (page.size() == window.pageSize()) {
				break;
			}
			if (line.lineNum() < after) {
				T read = entry.apply(line);
				if (filter.test(read)) {
					page.add(read);
				}
			}
		}
		return page;
	}

	/** The instance's nodes, or the one named (empty or absent: all of them). */
	private List<IndexedNode> nodes(StarRocksInstance instance, String nodeId) {
		StarRocksCluster cluster = this.instances.cluster(instance);
		List<StarRocksNode> all = new ArrayList<>(cluster.frontends());
		all.addAll(cluster.backends());
		List<IndexedNode> nodes = new ArrayList<>();
		for (int index = 0; index < all.size(); index++) {
			if (nodeId == null || nodeId.isEmpty() || all.get(index).id().equals(nodeId)) {
				nodes.add(new IndexedNode(all.get(index), index));
			}
		}
		if (nodes.isEmpty()) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.log-node-not-found", nodeId, instance.id());
		}
		return nodes;
	}

	private static boolean matches(String filter, String value) {
		return filter == null || filter.isEmpty() || filter.equals(value);
	}

}
