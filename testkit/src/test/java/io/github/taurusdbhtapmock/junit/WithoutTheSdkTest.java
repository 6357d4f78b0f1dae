package io.github.taurusdbhtapmock.junit;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A user without the official SDK on the test classpath starts the emulator and uses the
 * handle; only the client methods need the SDK, and they say so. The emulator's classes,
 * and {@link SdkFreeUse}, are loaded afresh by a class loader that cannot see the SDK.
 */
class WithoutTheSdkTest {

	@Test
	void everythingButTheClientWorksWithoutTheSdk() throws Exception {
		URL emulatorClasses = TaurusHtapEmulator.class.getProtectionDomain().getCodeSource().getLocation();
		URL testClasses = SdkFreeUse.class.getProtectionDomain().getCodeSource().getLocation();
		Thread thread = Thread.currentThread();
		ClassLoader original = thread.getContextClassLoader();
		try (WithoutSdk loader = new WithoutSdk(new URL[] { emulatorClasses, testClasses }, original)) {
			assertThatThrownBy(() -> loader.loadClass("com.huaweicloud.sdk.gaussdb.v3.GaussDBClient"))
				.isInstanceOf(ClassNotFoundException.class);
			Class<?> use = loader.loadClass(SdkFreeUse.class.getName());
			assertThat(use.getClassLoader()).isSameAs(loader);
			thread.setContextClassLoader(loader);

			Object seen = use.getMethod("run").invoke(null);

			assertThat((List<?>) seen).hasSize(4);
			assertThat(((List<?>) seen).get(0).toString()).startsWith("http://localhost:");
			assertThat(((List<?>) seen).get(1).toString()).startsWith("fault-");
			assertThat(((List<?>) seen).get(3).toString()).contains("com.huaweicloud.sdk:huaweicloud-sdk-gaussdb");
		}
		finally {
			thread.setContextClassLoader(original);
		}
	}

	/**
	 * The emulator's (and this package's) classes defined afresh, and no SDK class or
	 * resource at all.
	 */
	private static final class WithoutSdk extends URLClassLoader {

		WithoutSdk(URL[] ownClasses, ClassLoader parent) {
			super(ownClasses, parent);
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			if (name.startsWith("com.huaweicloud.")) {
				throw new ClassNotFoundException(name + " (hidden: no SDK here)");
			}
			if (!name.startsWith("io.github.taurusdbhtapmock.")) {
				return super.loadClass(name, resolve);
			}
			synchronized (getClassLoadingLock(name)) {
				Class<?> loaded = findLoadedClass(name);
				return (loaded != null) ? loaded : findClass(name);
			}
		}

		@Override
		public URL getResource(String name) {
			return name.startsWith("com/huaweicloud/") ? null : super.getResource(name);
		}

		@Override
		public Enumeration<URL> getResources(String name) throws IOException {
			return name.startsWith("com/huaweicloud/") ? Collections.emptyEnumeration() : super.getResources(name);
		}

	}

}
