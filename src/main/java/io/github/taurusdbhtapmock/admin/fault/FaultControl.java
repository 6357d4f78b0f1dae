package io.github.taurusdbhtapmock.admin.fault;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The fault rules for callers outside this package (the Java control plane,
 * {@code EmulatorControl}): a rule is read and checked exactly as
 * {@code POST /_emulator/faults} reads it, so it is refused with the same explanation
 * however it arrives.
 */
@Component
public class FaultControl {

	private final FaultRules rules;

	private final FaultRuleReader reader;

	FaultControl(FaultRules rules, FaultRuleReader reader) {
		this.rules = rules;
		this.reader = reader;
	}

	/** Adds a rule given as the JSON body of {@code POST /_emulator/faults}. */
	public FaultRuleView add(byte[] json) {
		try {
			return this.rules.add(this.reader.read(new ByteArrayInputStream(json)));
		}
		catch (IOException ex) {
			// a byte array cannot fail to be read
			throw new UncheckedIOException(ex);
		}
	}

	public List<FaultRuleView> list() {
		return this.rules.list();
	}

	public Optional<FaultRuleView> find(String id) {
		return this.rules.find(id);
	}

	public Optional<FaultRuleView> remove(String id) {
		return this.rules.remove(id);
	}

	public int clear() {
		return this.rules.clear();
	}

}
