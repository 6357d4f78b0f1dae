package io.github.taurusdbhtapmock.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.admin.wire.StateDocument;
import io.github.taurusdbhtapmock.platform.capacity.CapacityProperties;
import io.github.taurusdbhtapmock.platform.capacity.StateBudget;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.service.job.wire.JobSnapshot;
import io.github.taurusdbhtapmock.service.replication.wire.TaskSnapshot;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.ProjectSeed;
import io.github.taurusdbhtapmock.service.topology.TopologyRepository;

/**
 * An imported state meets the limits the API and the control plane keep to: the quotas of
 * every project and instance, and the memory budget, which the new state has to itself
 * since it replaces the current one. A document that breaks one is refused whole (400, or
 * 507 for the budget) before anything changes.
 */
@Component
class ImportLimits {

	private final CapacityProperties capacity;

	private final StateBudget budget;

	ImportLimits(CapacityProperties capacity, StateBudget budget) {
		this.capacity = capacity;
		this.budget = budget;
	}

	void check(StateDocument document) {
		List<ProjectSeed> topology = document.topology().projects();
		for (ProjectSeed project : topology) {
			try {
				TopologyRepository.requireInstanceQuota(project, this.capacity.instancesPerProject());
			}
			catch (ApiException ex) {
				throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, ex.detail());
			}
		}
		Map<String, Integer> perInstance = new HashMap<>();
		Map<String, Integer> perProject = new HashMap<>();
		for (TaskSnapshot task : document.tasks()) {
			if (perInstance.merge(task.projectId() + "/" + task.instanceId(), 1, Integer::sum) > this.capacity
				.tasksPerInstance()) {
				throw refused("detail.tasks-per-instance", task.instanceId(), this.capacity.tasksPerInstance());
			}
			if (perProject.merge(task.projectId(), 1, Integer::sum) > this.capacity.tasksPerProject()) {
				throw refused("detail.tasks-per-project", task.projectId(), this.capacity.tasksPerProject());
			}
		}
		Map<String, Integer> jobsPerProject = new HashMap<>();
		for (JobSnapshot job : document.jobs()) {
			if (jobsPerProject.merge(job.projectId(), 1, Integer::sum) > this.capacity.jobsPerProject()) {
				throw refused("detail.jobs-kept-per-project", job.projectId(), this.capacity.jobsPerProject());
			}
		}
		this.budget.requireFits(document.tasks().size(), document.jobs().size(), TopologyRepository.entries(topology));
	}

	private static ApiException refused(String detailKey, String where, int limit) {
		return new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, detailKey, where, Integer.toString(limit));
	}

}
