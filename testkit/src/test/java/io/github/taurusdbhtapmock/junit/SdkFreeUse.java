package io.github.taurusdbhtapmock.junit;

import java.util.ArrayList;
import java.util.List;

import io.github.taurusdbhtapmock.admin.api.Fault;

/**
 * A test of a user without the official SDK, as plain code: {@link WithoutTheSdkTest}
 * runs it in a class loader that cannot see the SDK. Returns what each step gave, for the
 * test to check.
 */
public final class SdkFreeUse {

	private SdkFreeUse() {
	}

	public static List<String> run() {
		List<String> seen = new ArrayList<>();
		// the extension's classes load too: it is built here as a @RegisterExtension
		// field would build it
		TaurusHtapEmulatorExtension.builder().manualClock().build();
		try (TaurusHtapEmulator emulator = TaurusHtapEmulator.start()) {
			seen.add(emulator.baseUrl());
			emulator.reset();
			seen.add(emulator.addFault(Fault.on("ModifyDataSync").drop()).id());
			seen.add(String.valueOf(emulator.journal().size()));
			try {
				emulator.gaussDbClientBuilder();
				seen.add("built a client");
			}
			catch (IllegalStateException ex) {
				seen.add(ex.getMessage());
			}
		}
		return seen;
	}

}
