package io.github.taurusdbhtapmock.admin;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.admin.api.AdminException;
import io.github.taurusdbhtapmock.admin.api.ClockState;
import io.github.taurusdbhtapmock.admin.api.EmulatorAdmin;
import io.github.taurusdbhtapmock.admin.api.EmulatorInfo;
import io.github.taurusdbhtapmock.admin.api.FaultDefinition;
import io.github.taurusdbhtapmock.admin.api.FaultRule;
import io.github.taurusdbhtapmock.admin.api.ImportedState;
import io.github.taurusdbhtapmock.admin.api.JobDetail;
import io.github.taurusdbhtapmock.admin.api.JournalFilter;
import io.github.taurusdbhtapmock.admin.api.JournalListing;
import io.github.taurusdbhtapmock.admin.api.ResetResult;
import io.github.taurusdbhtapmock.admin.api.Topology;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorBodyFactory;

/**
 * The control plane for code running in the emulator's JVM (the JUnit handle): each
 * method is the {@link ControlPlane}'s, run in English, and a refusal is the
 * {@link AdminException} carrying the error the endpoint would answer.
 */
@Component
class InProcessAdmin implements EmulatorAdmin {

	private final ControlPlane controlPlane;

	private final ErrorBodyFactory errors;

	InProcessAdmin(ControlPlane controlPlane, ErrorBodyFactory errors) {
		this.controlPlane = controlPlane;
		this.errors = errors;
	}

	@Override
	public EmulatorInfo info() {
		return call(this.controlPlane::info);
	}

	@Override
	public ResetResult reset() {
		return call(this.controlPlane::reset);
	}

	@Override
	public ResetResult reset(String projectId) {
		return call(() -> this.controlPlane.reset(projectId));
	}

	@Override
	public Topology topology() {
		return call(this.controlPlane::topology);
	}

	@Override
	public Topology addTopology(Topology additions) {
		return call(() -> this.controlPlane.addTopology(additions));
	}

	@Override
	public Topology addTopology(String json) {
		return call(() -> this.controlPlane.addTopology(json));
	}

	@Override
	public String exportState() {
		return call(this.controlPlane::exportState);
	}

	@Override
	public ImportedState importState(String json) {
		return call(() -> this.controlPlane.importState(json));
	}

	@Override
	public JournalListing journal(JournalFilter filter) {
		return call(() -> this.controlPlane.journal(filter));
	}

	@Override
	public int clearJournal() {
		return call(this.controlPlane::clearJournal);
	}

	@Override
	public FaultRule addFault(FaultDefinition rule) {
		return call(() -> this.controlPlane.addFault(rule));
	}

	@Override
	public FaultRule addFault(String json) {
		return call(() -> this.controlPlane.addFault(json));
	}

	@Override
	public List<FaultRule> faults() {
		return call(this.controlPlane::faults);
	}

	@Override
	public FaultRule fault(String id) {
		return call(() -> this.controlPlane.fault(id));
	}

	@Override
	public FaultRule removeFault(String id) {
		return call(() -> this.controlPlane.removeFault(id));
	}

	@Override
	public int clearFaults() {
		return call(this.controlPlane::clearFaults);
	}

	@Override
	public JobDetail completeJob(String jobId) {
		return call(() -> this.controlPlane.completeJob(jobId));
	}

	@Override
	public JobDetail failJob(String jobId, String failReason) {
		return call(() -> this.controlPlane.failJob(jobId, failReason));
	}

	@Override
	public List<JobDetail> completeRunningJobs() {
		return call(this.controlPlane::completeRunningJobs);
	}

	@Override
	public ClockState clock() {
		return call(this.controlPlane::clock);
	}

	@Override
	public ClockState advanceClock(Duration duration) {
		return call(() -> this.controlPlane.advanceClock(duration));
	}

	/**
	 * Runs in English whatever the JVM's default locale: Bean Validation messages follow
	 * the thread's locale, and without a request nothing else sets it.
	 */
	private <T> T call(Supplier<T> action) {
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		try {
			return action.get();
		}
		catch (ApiException ex) {
			throw new AdminException(ex.errorCode().status().value(), ex.errorCode().code(),
					this.errors.body(ex.errorCode(), ex.detail(), Locale.ENGLISH, null).errorMsg());
		}
		finally {
			// the caller's thread is a test's: leave its locale context exactly as it
			// was, unset included
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

}
