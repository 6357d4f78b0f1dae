package io.github.taurusdbhtapmock.service.topology;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Repository;

import io.github.taurusdbhtapmock.platform.capacity.CapacityProperties;
import io.github.taurusdbhtapmock.platform.capacity.StateBudget;
import io.github.taurusdbhtapmock.platform.capacity.StateItem;
import io.github.taurusdbhtapmock.platform.capacity.StateMeter;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.persistence.WriteLog;
import io.github.taurusdbhtapmock.service.job.Job;
import io.github.taurusdbhtapmock.service.job.JobRepository;
import io.github.taurusdbhtapmock.service.job.JobStatus;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.OperationSeed;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.DatabaseSeed;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.ProjectSeed;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.SpecSeed;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.StarRocksSeed;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.TableSeed;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.TaurusSeed;

/**
 * The instances each tenant project owns: seeded from {@link TopologyProperties},
 * extended at run time through the control plane, and reset to the seed. Each project's
 * topology is an immutable value replaced whole, so a reader never sees half of an
 * addition. A project that is not seeded is a valid tenant with no instances.
 * <p>
 * An operation under way on a StarRocks instance settles when the instance is next looked
 * up: once its job has ended (on the emulator's clock, or through the control plane) the
 * instance takes the change, or goes, and every {@link StarRocksInstanceScoped} bean
 * forgets a deleted instance, outside this repository's lock.
 */
@Repository
public class TopologyRepository implements TopologyView, StateMeter {

	private static final Logger logger = LoggerFactory.getLogger(TopologyRepository.class);

	/** The log record of every change: the whole topology after it. */
	static final String REPLACED = TopologySnapshots.NAME + ".replaced";

	private final Map<String, ProjectTopology> projects = new ConcurrentHashMap<>();

	private final List<ProjectSeed> seeds;

	private final WriteLog writeLog;

	private final CapacityProperties capacity;

	private final StateBudget budget;

	private final Clock clock;

	private final JobRepository jobs;

	private final ObjectProvider<StarRocksInstanceScoped> scoped;

	/** Instances whose deletion completed, whose scoped state is still to forget. */
	private final Queue<StarRocksInstance> deleted = new ConcurrentLinkedQueue<>();

	public TopologyRepository(TopologyProperties properties, MessageSource messages, WriteLog writeLog,
			CapacityProperties capacity, StateBudget budget, Clock clock, JobRepository jobs,
			ObjectProvider<StarRocksInstanceScoped> scoped) {
		this.seeds = properties.projects();
		this.writeLog = writeLog;
		this.capacity = capacity;
		this.budget = budget;
		this.clock = clock;
		this.jobs = jobs;
		this.scoped = scoped;
		try {
			reset(null);
		}
		catch (ApiException ex) {
			// a seed that contradicts itself stops the start, with the same explanation
			// the control plane gives
			throw new IllegalStateException(
					"emulator.topology: " + messages.getMessage(ex.detail().key(), ex.detail().argsArray(), Locale.US));
		}
	}

	@Override
	public Optional<StarRocksInstance> starRocksInstance(String projectId, String instanceId) {
		settle(projectId);
		return starRocksInstance(this.projects, projectId, instanceId);
	}

	@Override
	public Optional<TaurusInstance> taurusInstance(String projectId, String instanceId) {
		return taurusInstance(this.projects, projectId, instanceId);
	}

	/** The project's StarRocks instances, ordered by id so that lists are stable. */
	public List<StarRocksInstance> starRocksInstances(String projectId) {
		settle(projectId);
		return project(projectId)
			.map((project) -> project.starRocks()
				.values()
				.stream()
				.sorted(Comparator.comparing(StarRocksInstance::id))
				.toList())
			.orElse(List.of());
	}

	/** Every project's topology, in the seed's form. */
	public List<ProjectSeed> export() {
		return this.projects.values()
			.stream()
			.sorted(Comparator.comparing(ProjectTopology::projectId))
			.map(ProjectTopology::toSeed)
			.toList();
	}

	/**
	 * Adds instances, read replicas, databases and tables. Everything is checked before
	 * anything changes: an id or name that already exists, or a link to a TaurusDB
	 * instance the project lacks, refuses the whole call.
	 */
	public synchronized void add(List<ProjectSeed> additions) {
		Map<String, ProjectTopology> changed = merged(this.projects, additions);
		long added = 0;
		for (ProjectTopology project : changed.values()) {
			requireInstanceQuota(project, this.capacity.instancesPerProject());
			added += project.entries() - project(project.projectId()).map(ProjectTopology::entries).orElse(0L);
		}
		this.budget.requireRoom(0, 0, added);
		this.projects.putAll(changed);
		logged();
	}

	/**
	 * Runs a check-then-change on StarRocks instances under this repository's lock, so
	 * that two requests on one instance see each other in order. Deletions settled
	 * meanwhile are forgotten once the lock is released.
	 */
	public <T> T changing(Supplier<T> change) {
		T result;
		synchronized (this) {
			result = change.get();
		}
		forgetDeleted();
		return result;
	}

	/**
	 * A new StarRocks instance, created through the API: within the project's instance
	 * quota ({@code quotaError} says how to refuse) and the state budget.
	 */
	public synchronized void addStarRocksInstance(StarRocksInstance instance, Supplier<ApiException> quotaError) {
		requireRoomForStarRocksInstance(instance.projectId(), quotaError);
		ProjectTopology project = project(instance.projectId()).orElse(ProjectTopology.empty(instance.projectId()));
		if (project.starRocks().containsKey(instance.id())) {
			throw ProjectTopology.conflict("StarRocks instance " + instance.id());
		}
		this.projects.put(project.projectId(), project.withStarRocks(instance));
		logged();
	}

	/**
	 * Refuses (with {@code quotaError}) when the project holds as many instances as it
	 * may, or the state budget is full: checked before a creation starts its job.
	 */
	public synchronized void requireRoomForStarRocksInstance(String projectId, Supplier<ApiException> quotaError) {
		ProjectTopology project = project(projectId).orElse(ProjectTopology.empty(projectId));
		if (project.starRocks().size() + project.taurus().size() + 1 > this.capacity.instancesPerProject()) {
			throw quotaError.get();
		}
		this.budget.requireRoom(0, 0, 1);
	}

	/** The project's instance quota: emulator.limits.instances-per-project. */
	public int instancesPerProject() {
		return this.capacity.instancesPerProject();
	}

	/** How many instances, StarRocks and TaurusDB, the project holds. */
	public int instanceCount(String projectId) {
		settle(projectId);
		return project(projectId).map((project) -> project.starRocks().size() + project.taurus().size()).orElse(0);
	}

	/** An existing StarRocks instance, changed (an operation started on it). */
	public synchronized void saveStarRocksInstance(StarRocksInstance instance) {
		ProjectTopology project = project(instance.projectId()).orElseThrow();
		this.projects.put(project.projectId(), project.withStarRocks(instance));
		logged();
	}

	/**
	 * Settles the operations of the project's StarRocks instances whose jobs have ended.
	 * Checked without the lock first, since nearly every lookup finds nothing to settle.
	 */
	private void settle(String projectId) {
		ProjectTopology project = this.projects.get(projectId);
		if (project == null || project.starRocks().values().stream().noneMatch(this::operationEnded)) {
			return;
		}
		settleLocked(projectId);
		forgetDeleted();
	}

	private synchronized void settleLocked(String projectId) {
		ProjectTopology project = this.projects.get(projectId);
		if (project == null) {
			return;
		}
		Instant now = this.clock.instant();
		Map<String, StarRocksInstance> settled = new LinkedHashMap<>(project.starRocks());
		boolean changed = false;
		for (StarRocksInstance instance : project.starRocks().values()) {
			JobStatus outcome = (instance.operation() != null) ? outcome(instance.operation(), now) : JobStatus.RUNNING;
			if (outcome == JobStatus.RUNNING) {
				continue;
			}
			StarRocksInstance after = (outcome == JobStatus.COMPLETED) ? instance.completed() : instance.failed();
			if (after == null) {
				settled.remove(instance.id());
				this.deleted.add(instance);
			}
			else {
				settled.put(instance.id(), after);
			}
			changed = true;
		}
		if (changed) {
			this.projects.put(projectId, new ProjectTopology(projectId, Map.copyOf(settled), project.taurus()));
			logged();
		}
	}

	private boolean operationEnded(StarRocksInstance instance) {
		return instance.operation() != null && outcome(instance.operation(), this.clock.instant()) != JobStatus.RUNNING;
	}

	/**
	 * How the operation's job stands: as the job says while it is kept (the control plane
	 * may have ended it early, completed or failed), else completed once it was due.
	 */
	private JobStatus outcome(InstanceOperation operation, Instant now) {
		Optional<Job> job = this.jobs.find(operation.jobId());
		if (job.isPresent()) {
			return job.get().status(now);
		}
		return now.isBefore(Instant.ofEpochMilli(operation.completesAtMillis())) ? JobStatus.RUNNING
				: JobStatus.COMPLETED;
	}

	/**
	 * Lets every bean holding state of a deleted instance forget it, once, never under
	 * this repository's lock (the beans take their own locks, which their requests hold
	 * while they look instances up here).
	 */
	private void forgetDeleted() {
		if (Thread.holdsLock(this)) {
			return;
		}
		StarRocksInstance instance;
		while ((instance = this.deleted.poll()) != null) {
			for (StarRocksInstanceScoped bean : this.scoped) {
				try {
					bean.forgetInstance(instance.projectId(), instance.id());
				}
				catch (RuntimeException ex) {
					logger.warn("Forgetting StarRocks instance {} failed in {}", instance.id(), bean, ex);
				}
			}
		}
	}

	/**
	 * A project may hold so many instances, StarRocks and TaurusDB together; a topology
	 * that holds more is refused whole.
	 */
	public static void requireInstanceQuota(ProjectSeed project, int instancesPerProject) {
		if (project.starrocksInstances().size() + project.taurusInstances().size() > instancesPerProject) {
			throw instanceQuota(project.id(), instancesPerProject);
		}
	}

	/** The instances, read replicas, databases and tables of a topology: its size. */
	public static long entries(List<ProjectSeed> topology) {
		long entries = 0;
		for (ProjectSeed project : topology) {
			entries += project.starrocksInstances().size();
			for (TaurusSeed taurus : project.taurusInstances()) {
				entries += 1 + taurus.readReplicas().size();
				for (DatabaseSeed database : taurus.databases()) {
					entries += 1 + database.tables().size();
				}
			}
		}
		return entries;
	}

	@Override
	public StateItem item() {
		return StateItem.TOPOLOGY_ENTRY;
	}

	@Override
	public long held() {
		long held = 0;
		for (ProjectTopology project : this.projects.values()) {
			held += project.entries();
		}
		return held;
	}

	private static void requireInstanceQuota(ProjectTopology project, int instancesPerProject) {
		if (project.starRocks().size() + project.taurus().size() > instancesPerProject) {
			throw instanceQuota(project.projectId(), instancesPerProject);
		}
	}

	private static ApiException instanceQuota(String projectId, int instancesPerProject) {
		return new ApiException(ErrorCode.CONTROL_PLANE_CONFLICT, "detail.instances-per-project", projectId,
				Integer.toString(instancesPerProject));
	}

	/**
	 * Back to the seed: for one project, or for every project when {@code projectId} is
	 * null.
	 */
	public synchronized void reset(String projectId) {
		Map<String, ProjectTopology> seeded = merged(Map.of(),
				this.seeds.stream().filter((seed) -> projectId == null || seed.id().equals(projectId)).toList());
		if (projectId == null) {
			this.projects.clear();
		}
		else {
			this.projects.remove(projectId);
		}
		this.projects.putAll(seeded);
		logged();
	}

	/**
	 * A whole topology, checked as an addition to an empty one is, that replaces the
	 * current one once installed; until then it changes nothing, and can be looked up (to
	 * check tasks restored with it).
	 */
	public Replacement prepareReplacement(List<ProjectSeed> topology) {
		return new Replacement(merged(Map.of(), topology));
	}

	/**
	 * The projects the additions change, as they become: checked whole, so that nothing
	 * changes when one addition is refused.
	 */
	private static Map<String, ProjectTopology> merged(Map<String, ProjectTopology> base, List<ProjectSeed> additions) {
		Map<String, ProjectTopology> changed = new HashMap<>();
		for (ProjectSeed addition : additions) {
			ProjectTopology project = changed.getOrDefault(addition.id(),
					base.getOrDefault(addition.id(), ProjectTopology.empty(addition.id())));
			changed.put(addition.id(), project.with(addition));
		}
		changed.values().forEach(ProjectTopology::requireLinksResolve);
		return changed;
	}

	/** Each project is replaced whole, so a reader sees its old or its new topology. */
	private synchronized void replace(Map<String, ProjectTopology> replacement) {
		this.projects.keySet().retainAll(replacement.keySet());
		this.projects.putAll(replacement);
		logged();
	}

	private void logged() {
		this.writeLog.append(REPLACED, () -> new TopologyProperties(export()));
	}

	private static Optional<StarRocksInstance> starRocksInstance(Map<String, ProjectTopology> projects,
			String projectId, String instanceId) {
		return Optional.ofNullable(projects.get(projectId)).map((project) -> project.starRocks().get(instanceId));
	}

	private static Optional<TaurusInstance> taurusInstance(Map<String, ProjectTopology> projects, String projectId,
			String instanceId) {
		return Optional.ofNullable(projects.get(projectId)).map((project) -> project.taurus().get(instanceId));
	}

	/** A checked topology, waiting to replace the current one. */
	public final class Replacement implements TopologyView {

		private final Map<String, ProjectTopology> replacement;

		private Replacement(Map<String, ProjectTopology> replacement) {
			this.replacement = Map.copyOf(replacement);
		}

		@Override
		public Optional<StarRocksInstance> starRocksInstance(String projectId, String instanceId) {
			return TopologyRepository.starRocksInstance(this.replacement, projectId, instanceId);
		}

		@Override
		public Optional<TaurusInstance> taurusInstance(String projectId, String instanceId) {
			return TopologyRepository.taurusInstance(this.replacement, projectId, instanceId);
		}

		public void install() {
			replace(this.replacement);
		}

	}

	private Optional<ProjectTopology> project(String projectId) {
		return Optional.ofNullable(this.projects.get(projectId));
	}

	private record ProjectTopology(String projectId, Map<String, StarRocksInstance> starRocks,
			Map<String, TaurusInstance> taurus) {

		static ProjectTopology empty(String projectId) {
			return new ProjectTopology(projectId, Map.of(), Map.of());
		}

		ProjectTopology with(ProjectSeed addition) {
			Map<String, StarRocksInstance> newStarRocks = new LinkedHashMap<>(this.starRocks);
			for (StarRocksSeed seed : addition.starrocksInstances()) {
				if (newStarRocks.containsKey(seed.id())) {
					throw conflict("StarRocks instance " + seed.id());
				}
				newStarRocks.put(seed.id(),
						new StarRocksInstance(this.projectId, seed.id(), seed.name(), seed.beNodes(),
								seed.taurusInstanceId(),
								(seed.spec() != null) ? seed.spec().toSpec(seed.beNodes()) : null,
								(seed.operation() != null) ? seed.operation().toOperation(seed.beNodes()) : null));
			}
			Map<String, TaurusInstance> newTaurus = new LinkedHashMap<>(this.taurus);
			for (TaurusSeed seed : addition.taurusInstances()) {
				newTaurus.put(seed.id(), merge(newTaurus.get(seed.id()), seed));
			}
			return new ProjectTopology(this.projectId, Map.copyOf(newStarRocks), Map.copyOf(newTaurus));
		}

		ProjectTopology withStarRocks(StarRocksInstance instance) {
			Map<String, StarRocksInstance> newStarRocks = new LinkedHashMap<>(this.starRocks);
			newStarRocks.put(instance.id(), instance);
			return new ProjectTopology(this.projectId, Map.copyOf(newStarRocks), this.taurus);
		}

		/**
		 * A known TaurusDB instance gains the replicas, databases and tables it did not
		 * have.
		 */
		private TaurusInstance merge(TaurusInstance existing, TaurusSeed seed) {
			Set<String> replicas = new LinkedHashSet<>((existing != null) ? existing.readReplicaIds() : Set.of());
			Map<String, SourceDatabase> databases = new LinkedHashMap<>(
					(existing != null) ? existing.databases() : Map.of());
			for (String replica : seed.readReplicas()) {
				if (!replicas.add(replica)) {
					throw conflict("read replica " + replica + " of TaurusDB instance " + seed.id());
				}
			}
			for (DatabaseSeed database : seed.databases()) {
				Map<String, SourceTable> tables = new LinkedHashMap<>(
						(databases.containsKey(database.name())) ? databases.get(database.name()).tables() : Map.of());
				for (TableSeed table : database.tables()) {
					if (tables.putIfAbsent(table.name(), new SourceTable(table.name(), table.columns())) != null) {
						throw conflict(
								"table " + database.name() + "." + table.name() + " of TaurusDB instance " + seed.id());
					}
				}
				databases.put(database.name(), new SourceDatabase(database.name(), tables));
			}
			String name = (existing != null && seed.name().isEmpty()) ? existing.name() : seed.name();
			return new TaurusInstance(this.projectId, seed.id(), name, replicas, databases);
		}

		/**
		 * A link to a TaurusDB instance the project lacks would hide the StarRocks
		 * instance.
		 */
		void requireLinksResolve() {
			this.starRocks.values().forEach((instance) -> {
				String linked = instance.taurusInstanceId();
				if (linked != null && !this.taurus.containsKey(linked)) {
					throw new ApiException(ErrorCode.CONTROL_PLANE_CONFLICT, "detail.topology-link-unresolved",
							instance.id(), linked, this.projectId);
				}
			});
		}

		long entries() {
			long entries = this.starRocks.size();
			for (TaurusInstance instance : this.taurus.values()) {
				entries += 1 + instance.readReplicaIds().size();
				for (SourceDatabase database : instance.databases().values()) {
					entries += 1 + database.tables().size();
				}
			}
			return entries;
		}

		ProjectSeed toSeed() {
			List<StarRocksSeed> starRocksSeeds = this.starRocks.values()
				.stream()
				.sorted(Comparator.comparing(StarRocksInstance::id))
				.map(ProjectTopology::starRocksSeed)
				.toList();
			List<TaurusSeed> taurusSeeds = new ArrayList<>();
			this.taurus.values()
				.stream()
				.sorted(Comparator.comparing(TaurusInstance::id))
				.forEach((instance) -> taurusSeeds.add(new TaurusSeed(instance.id(), instance.name(),
						instance.readReplicaIds().stream().sorted().toList(),
						instance.databases()
							.values()
							.stream()
							.sorted(Comparator.comparing(SourceDatabase::name))
							.map((database) -> new DatabaseSeed(database.name(),
									database.tables()
										.values()
										.stream()
										.sorted(Comparator.comparing(SourceTable::name))
										.map((table) -> new TableSeed(table.name(), table.columns()))
										.toList()))
							.toList())));
			return new ProjectSeed(this.projectId, starRocksSeeds, taurusSeeds);
		}

		/**
		 * The seed's form; the spec only when it is not the seeded one, so that a seeded
		 * instance exports as it was seeded.
		 */
		private static StarRocksSeed starRocksSeed(StarRocksInstance instance) {
			boolean seededSpec = instance.spec().equals(StarRocksSpec.seeded(instance.beNodes()));
			return new StarRocksSeed(instance.id(), instance.name(), instance.beNodes(), instance.taurusInstanceId(),
					seededSpec ? null : SpecSeed.of(instance.spec()),
					(instance.operation() != null) ? OperationSeed.of(instance.operation()) : null);
		}

		private static ApiException conflict(String what) {
			return new ApiException(ErrorCode.CONTROL_PLANE_CONFLICT, "detail.topology-exists", what);
		}

	}

}
