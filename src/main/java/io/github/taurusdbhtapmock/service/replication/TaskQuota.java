package io.github.taurusdbhtapmock.service.replication;

import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.platform.capacity.CapacityProperties;
import io.github.taurusdbhtapmock.platform.capacity.StateBudget;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;

/**
 * The room a write needs before it changes anything: a new task must fit its instance's
 * and its project's quota (413 DBS.290003, as the real service refuses past its quotas),
 * and every write that adds state must fit the emulator's memory budget (507). A delete
 * needs no room: it is how a full emulator is emptied.
 */
@Component
class TaskQuota {

	private final CapacityProperties capacity;

	private final TaskRepository tasks;

	private final StateBudget budget;

	TaskQuota(CapacityProperties capacity, TaskRepository tasks, StateBudget budget) {
		this.capacity = capacity;
		this.tasks = tasks;
		this.budget = budget;
	}

	/**
	 * Before taking an instance's lock: when the project looks full, its instances are
	 * settled, so that tasks whose deletion has completed no longer count.
	 */
	void settleIfFull(String projectId) {
		if (this.tasks.projectSize(projectId) >= this.capacity.tasksPerProject()) {
			this.tasks.settleProject(projectId);
		}
	}

	/**
	 * Room for a new task of the instance, and the job that registers or starts it. Under
	 * the instance's lock, after {@link #settleIfFull}.
	 */
	void requireRoomForTask(String projectId, String instanceId, InstanceTasks instanceTasks) {
		if (instanceTasks.size() >= this.capacity.tasksPerInstance()
				&& instanceTasks.count() >= this.capacity.tasksPerInstance()) {
			throw new ApiException(ErrorCode.TASK_QUOTA_EXCEEDED, "detail.tasks-per-instance", instanceId,
					Integer.toString(this.capacity.tasksPerInstance()));
		}
		if (this.tasks.projectSize(projectId) >= this.capacity.tasksPerProject()) {
			throw new ApiException(ErrorCode.TASK_QUOTA_EXCEEDED, "detail.tasks-per-project", projectId,
					Integer.toString(this.capacity.tasksPerProject()));
		}
		this.budget.requireRoom(1, 1, 0);
	}

	/** Room for one more job on an existing task. */
	void requireRoomForJob() {
		this.budget.requireRoom(0, 1, 0);
	}

}
