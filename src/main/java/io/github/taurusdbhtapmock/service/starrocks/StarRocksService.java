package io.github.taurusdbhtapmock.service.starrocks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.id.IdGenerator;
import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.platform.web.TaurusInstancePath;
import io.github.taurusdbhtapmock.platform.web.TaurusStarRocksPath;
import io.github.taurusdbhtapmock.service.catalogue.Flavor;
import io.github.taurusdbhtapmock.service.catalogue.HtapCatalogue;
import io.github.taurusdbhtapmock.service.catalogue.KernelVersion;
import io.github.taurusdbhtapmock.service.htapinstance.CloudDefaults;
import io.github.taurusdbhtapmock.service.htapinstance.HtapInstanceService;
import io.github.taurusdbhtapmock.service.htapinstance.StarRocksCluster;
import io.github.taurusdbhtapmock.service.job.Job;
import io.github.taurusdbhtapmock.service.job.JobService;
import io.github.taurusdbhtapmock.service.replication.ReplicationService;
import io.github.taurusdbhtapmock.service.starrocks.wire.CreateStarrocksInstanceRequest;
import io.github.taurusdbhtapmock.service.starrocks.wire.ResizeFlavorRequest;
import io.github.taurusdbhtapmock.service.starrocks.wire.ResourceCheckRequest;
import io.github.taurusdbhtapmock.service.topology.InstanceOperation;
import io.github.taurusdbhtapmock.service.topology.InstanceOperation.Kind;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstance;
import io.github.taurusdbhtapmock.service.topology.StarRocksSpec;
import io.github.taurusdbhtapmock.service.topology.TopologyRepository;
import io.github.taurusdbhtapmock.service.topology.VolumeSpec;

/**
 * The life of StarRocks instances: creation, restarts, flavor, kernel and security group
 * changes, deletion. Each is a job; while it runs the instance (or node) shows the
 * operation and refuses another one with 409 DBS.212033, which the Terraform provider
 * waits on and retries; when the job completes the change is there (see
 * {@link TopologyRepository} for how it settles).
 */
@Service
public class StarRocksService {

	/** The only action of a resource check, as the SDK's enumeration spells it. */
	static final String CREATE_INSTANCE = "createInstance";

	private final TopologyRepository topology;

	private final JobService jobs;

	private final HtapInstanceService instances;

	private final ReplicationService replication;

	private final InstanceShapeRules rules;

	private final HtapCatalogue catalogue;

	private final IdGenerator ids;

	private final Clock clock;

	StarRocksService(TopologyRepository topology, JobService jobs, HtapInstanceService instances,
			ReplicationService replication, InstanceShapeRules rules, HtapCatalogue catalogue, IdGenerator ids,
			Clock clock) {
		this.topology = topology;
		this.jobs = jobs;
		this.instances = instances;
		this.replication = replication;
		this.rules = rules;
		this.catalogue = catalogue;
		this.ids = ids;
		this.clock = clock;
	}

	/**
	 * CreateStarrocksInstance: checked whole (name, password, catalogue, quotas) before
	 * anything is stored; the instance is listed at once, creating, and normal when its
	 * job completes.
	 */
	public Created create(TaurusInstancePath path, CreateStarrocksInstanceRequest request) {
		requireTaurusInstance(path);
		this.rules.requireName(request.name());
		this.rules.requireStrongPassword(request.dbRootPwd());
		KernelVersion version = this.rules.requireVersion(request.engine().type(), request.engine().version());
		this.rules.requireNodeCounts(request.ha().mode(), "fe_count", request.feCount(), "be_count", request.beCount());
		List<String> zones = this.rules.requireZones(request.azMode(), request.azCode());
		String kernel = version.kernelVersion();
		this.rules.requireFlavor("fe_flavor_id", request.feFlavorId(), Flavor.FRONTEND, kernel, zones);
		this.rules.requireFlavor("be_flavor_id", request.beFlavorId(), Flavor.BACKEND, kernel, zones);
		VolumeSpec feVolume = this.rules.requireVolume("fe_volume", kernel, request.feVolume().ioType(),
				request.feVolume().capacityInGb(), zones);
		VolumeSpec beVolume = this.rules.requireVolume("be_volume", kernel, request.beVolume().ioType(),
				request.beVolume().capacityInGb(), zones);
		if (request.payInfo() != null && request.payInfo().payModel() != null
				&& !CloudDefaults.PAY_MODEL.equals(request.payInfo().payModel())) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.pay-model", request.payInfo().payModel());
		}
		Instant now = this.clock.instant();
		StarRocksSpec spec = new StarRocksSpec(request.feCount(), request.feFlavorId(), request.beFlavorId(), kernel,
				feVolume, beVolume,
				Objects.requireNonNullElse(request.securityGroupId(), StarRocksSpec.DEFAULT_SECURITY_GROUP_ID),
				request.azMode(), String.join(",", zones),
				Objects.requireNonNullElse(request.timeZone(), StarRocksSpec.DEFAULT_TIME_ZONE),
				Objects.requireNonNullElse(request.enterpriseProjectId(), StarRocksSpec.DEFAULT_ENTERPRISE_PROJECT_ID),
				now.toEpochMilli(), false);
		return this.topology.changing(() -> {
			requireRoomOnTaurus(path);
			Supplier<ApiException> quotaError = () -> new ApiException(ErrorCode.INSTANCE_QUOTA_EXCEEDED,
					"detail.starrocks-instances-per-project", path.projectId(),
					Integer.toString(this.topology.instancesPerProject()));
			this.topology.requireRoomForStarRocksInstance(path.projectId(), quotaError);
			String id = this.ids.requestId() + "in17";
			Job job = this.jobs.start(path.projectId(), id, request.name(), "CreateStarrocksInstance", null, now);
			StarRocksInstance instance = new StarRocksInstance(path.projectId(), id, request.name(), request.beCount(),
					path.instanceId(), spec, operation(Kind.CREATE, job, StarRocksInstance.CREATING, null, null, null));
			this.topology.addStarRocksInstance(instance, quotaError);
			return new Created(this.instances.cluster(instance), job.id());
		});
	}

	/**
	 * DeleteStarrocksInstance: refused while the instance has replication tasks; the
	 * instance goes when the job completes.
	 */
	public String delete(TaurusStarRocksPath path) {
		requireTaurusInstance(path.taurusInstance());
		return this.topology.changing(() -> {
			StarRocksInstance instance = this.topology.starRocksInstance(path.projectId(), path.starRocksInstanceId())
				.filter((candidate) -> candidate.isAttachedTo(path.instanceId()))
				.orElseThrow(() -> new ApiException(ErrorCode.STARROCKS_INSTANCE_NOT_FOUND,
						"detail.starrocks-instance-not-attached", path.starRocksInstanceId(), path.instanceId(),
						path.projectId()));
			requireIdle(instance);
			List<String> written = this.replication.destinationDatabases(path.projectId(), instance.id());
			if (!written.isEmpty()) {
				throw new ApiException(ErrorCode.OPERATION_NOT_ALLOWED, "detail.starrocks-instance-has-tasks",
						instance.id(), String.join(", ", written));
			}
			return start(instance, "DeleteStarrocksInstance", Kind.DELETE, StarRocksInstance.DELETING, "delete", null,
					null);
		});
	}

	/** RestartStarrocksInstance. */
	public String restart(InstancePath path) {
		return this.topology.changing(() -> {
			StarRocksInstance instance = requireUsable(path);
			return start(instance, "RestartStarrocksInstance", Kind.CHANGE, "restarting", "restart", null,
					instance.spec());
		});
	}

	/** RestartStarrocksNode: the node shows the restart, the instance stays normal. */
	public String restartNode(InstancePath path, String nodeId) {
		return this.topology.changing(() -> {
			StarRocksInstance instance = requireUsable(path);
			StarRocksCluster cluster = this.instances.cluster(instance);
			if (cluster.node(nodeId).isEmpty()) {
				throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.starrocks-node-not-found", instance.id(),
						nodeId);
			}
			return start(instance, "RestartStarrocksNode", Kind.CHANGE, "restarting", "restart", nodeId,
					instance.spec());
		});
	}

	/**
	 * ResizeStarRocksFlavor: FE, BE or both flavors of the instance's version, on sale in
	 * its zones; nodes report the new flavors when the job completes.
	 */
	public String resize(InstancePath path, ResizeFlavorRequest request) {
		if (request.feFlavorId() == null && request.beFlavorId() == null) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.resize-flavor-missing");
		}
		return this.topology.changing(() -> {
			StarRocksInstance instance = requireUsable(path);
			StarRocksSpec spec = instance.spec();
			List<String> zones = List.of(spec.azCode().split(","));
			String fe = Objects.requireNonNullElse(request.feFlavorId(), spec.feFlavorId());
			String be = Objects.requireNonNullElse(request.beFlavorId(), spec.beFlavorId());
			if (request.feFlavorId() != null) {
				this.rules.requireFlavor("fe_flavor_id", fe, Flavor.FRONTEND, spec.version(), zones);
			}
			if (request.beFlavorId() != null) {
				this.rules.requireFlavor("be_flavor_id", be, Flavor.BACKEND, spec.version(), zones);
			}
			if (fe.equals(spec.feFlavorId()) && be.equals(spec.beFlavorId())) {
				throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.flavor-unchanged", instance.id());
			}
			return start(instance, "ResizeStarRocksFlavor", Kind.CHANGE, "resizing", "resize_flavor", null,
					spec.withFlavors(fe, be));
		});
	}

	/** ModifyStarRocksSecurityGroup: the nodes' sg_id changes when the job completes. */
	public String modifySecurityGroup(InstancePath path, String securityGroupId) {
		return this.topology.changing(() -> {
			StarRocksInstance instance = requireUsable(path);
			return start(instance, "ModifyStarRocksSecurityGroup", Kind.CHANGE, "modifying", "modify_security_group",
					null, instance.spec().withSecurityGroup(securityGroupId));
		});
	}

	/**
	 * UpgradeSrKernelVersion, on the TaurusDB instance: every StarRocks instance attached
	 * to it that does not run the newest version moves to it, all under one job.
	 */
	public String upgrade(TaurusInstancePath path) {
		requireTaurusInstance(path);
		KernelVersion newest = this.catalogue.newest();
		return this.topology.changing(() -> {
			List<StarRocksInstance> attached = this.topology.starRocksInstances(path.projectId())
				.stream()
				.filter((instance) -> instance.isAttachedTo(path.instanceId()) && !instance.spec().createFailed())
				.toList();
			if (attached.isEmpty()) {
				throw new ApiException(ErrorCode.STARROCKS_INSTANCE_NOT_FOUND, "detail.no-starrocks-to-upgrade",
						path.instanceId());
			}
			List<StarRocksInstance> older = attached.stream()
				.filter((instance) -> !newest.kernelVersion().equals(instance.spec().version()))
				.toList();
			if (older.isEmpty()) {
				throw new ApiException(ErrorCode.OPERATION_NOT_ALLOWED, "detail.kernel-newest", path.instanceId(),
						newest.kernelVersion());
			}
			older.forEach(this::requireIdle);
			StarRocksInstance first = older.get(0);
			Job job = this.jobs.start(path.projectId(), first.id(), first.name(), "UpgradeSrKernelVersion", null,
					this.clock.instant());
			for (StarRocksInstance instance : older) {
				this.topology.saveStarRocksInstance(instance.withOperation(operation(Kind.CHANGE, job, "upgrading",
						"upgrade", null, instance.spec().withVersion(newest.kernelVersion()))));
			}
			return job.id();
		});
	}

	/**
	 * CheckStarRocksResource: whether so many instances of this shape fit the catalogue
	 * and the project's quota now. A body of the wrong shape, or an action other than
	 * createInstance, is refused; anything the catalogue or the quota does not allow
	 * answers false.
	 */
	public boolean checkResource(String projectId, ResourceCheckRequest request) {
		if (!CREATE_INSTANCE.equals(request.action())) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.resource-check-action", request.action(),
					CREATE_INSTANCE);
		}
		ResourceCheckRequest.Resource resource = request.resource();
		try {
			this.rules.requireNodeCounts(resource.mode(), "fe_node_num", resource.feNodeNum(), "be_node_num",
					resource.beNodeNum());
			List<String> zones = this.rules.requireZones(resource.availabilityZoneMode(), resource.availabilityZone());
			this.rules.requireFlavorByRef("fe_flavor_ref", resource.feFlavorRef(), Flavor.FRONTEND, zones);
			this.rules.requireFlavorByRef("be_flavor_ref", resource.beFlavorRef(), Flavor.BACKEND, zones);
		}
		catch (ApiException ex) {
			return false;
		}
		return this.topology.instanceCount(projectId) + resource.instanceNum() <= this.topology.instancesPerProject();
	}

	/** Starts the job of an operation on an idle instance and shows it there. */
	private String start(StarRocksInstance instance, String name, Kind kind, String status, String action,
			String nodeId, StarRocksSpec target) {
		Job job = this.jobs.start(instance.projectId(), instance.id(), instance.name(), name, null,
				this.clock.instant());
		this.topology
			.saveStarRocksInstance(instance.withOperation(operation(kind, job, status, action, nodeId, target)));
		return job.id();
	}

	private static InstanceOperation operation(Kind kind, Job job, String status, String action, String nodeId,
			StarRocksSpec target) {
		return new InstanceOperation(kind, job.name(), job.id(), status, action, nodeId, job.created().toEpochMilli(),
				job.completesAt().toEpochMilli(), target);
	}

	/**
	 * The StarRocks instance of a path, idle, and created: one whose creation failed can
	 * only be deleted.
	 */
	private StarRocksInstance requireUsable(InstancePath path) {
		StarRocksInstance instance = this.topology.starRocksInstance(path.projectId(), path.instanceId())
			.orElseThrow(() -> new ApiException(ErrorCode.INSTANCE_NOT_FOUND, "detail.starrocks-instance-not-found",
					path.instanceId(), path.projectId()));
		requireIdle(instance);
		if (instance.spec().createFailed()) {
			throw new ApiException(ErrorCode.OPERATION_NOT_ALLOWED, "detail.starrocks-instance-create-failed",
					instance.id());
		}
		return instance;
	}

	/**
	 * One operation at a time: a second one is 409 DBS.212033, a code the Terraform
	 * provider waits on and retries.
	 */
	private void requireIdle(StarRocksInstance instance) {
		InstanceOperation running = instance.operation();
		if (running != null) {
			throw new ApiException(ErrorCode.INSTANCE_BUSY, "detail.starrocks-instance-busy", instance.id(),
					running.name(), running.jobId());
		}
	}

	private void requireTaurusInstance(TaurusInstancePath path) {
		if (this.topology.taurusInstance(path.projectId(), path.instanceId()).isEmpty()) {
			throw new ApiException(ErrorCode.INSTANCE_NOT_FOUND, "detail.taurus-instance-not-found", path.instanceId(),
					path.projectId());
		}
	}

	/** A TaurusDB instance has at most so many HTAP instances (ListHtapInstanceInfo). */
	private void requireRoomOnTaurus(TaurusInstancePath path) {
		long attached = this.topology.starRocksInstances(path.projectId())
			.stream()
			.filter((instance) -> path.instanceId().equals(instance.taurusInstanceId()))
			.count();
		if (attached >= CloudDefaults.MAX_HTAP_INSTANCES_PER_TAURUS) {
			throw new ApiException(ErrorCode.INSTANCE_QUOTA_EXCEEDED, "detail.starrocks-instances-per-taurus",
					path.instanceId(), Integer.toString(CloudDefaults.MAX_HTAP_INSTANCES_PER_TAURUS));
		}
	}

	/** A created instance, as it now is, and the job that creates it. */
	public record Created(StarRocksCluster cluster, String jobId) {
	}

}
