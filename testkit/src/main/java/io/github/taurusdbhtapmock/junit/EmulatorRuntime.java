package io.github.taurusdbhtapmock.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The emulator's classes, apart from the test's: the server's runnable jar travels in the
 * kit's jar as a resource; the first use in a JVM unpacks it (once per version, into a
 * directory under {@code java.io.tmpdir} that later JVMs reuse) and loads it in a class
 * loader whose parent is the platform class loader. So Spring Boot, Tomcat, Jackson and
 * the rest of the emulator never meet the classes of the user's project, whatever
 * versions those are, and nothing of the user's (an application.yml, a spring.factories)
 * reaches the emulator. Every emulator of the JVM shares the one class loader: a second
 * start loads no class again.
 */
final class EmulatorRuntime {

	static final String SERVER_JAR = "io/github/taurusdbhtapmock/junit/server/taurusdb-htap-mock.jar";

	private static final String ENTRY_POINT = "io.github.taurusdbhtapmock.embedded.EmbeddedEmulator";

	private static final String CLASSES = "BOOT-INF/classes/";

	private static final String LIB = "BOOT-INF/lib/";

	private static final String CLASSPATH_INDEX = "BOOT-INF/classpath.idx";

	private static final String COMPLETE = "unpacked";

	private static EmulatorRuntime instance;

	private final ClassLoader classLoader;

	private final Method start;

	private final Method port;

	private final Method isRunning;

	private EmulatorRuntime(ClassLoader emulatorClasses) throws ReflectiveOperationException {
		this.classLoader = emulatorClasses;
		Class<?> entryPoint = Class.forName(ENTRY_POINT, false, emulatorClasses);
		this.start = entryPoint.getMethod("start", Map.class);
		this.port = entryPoint.getMethod("port");
		this.isRunning = entryPoint.getMethod("isRunning");
	}

	/** The JVM's runtime, unpacked and loaded on first use. */
	static synchronized EmulatorRuntime get() {
		if (instance == null) {
			Path directory = unpacked();
			try {
				instance = new EmulatorRuntime(new URLClassLoader("taurusdb-htap-mock", classpath(directory),
						ClassLoader.getPlatformClassLoader()));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("the emulator in " + directory + " has no entry point " + ENTRY_POINT,
						ex);
			}
		}
		return instance;
	}

	/** The class loader of the emulator's classes. */
	ClassLoader classLoader() {
		return this.classLoader;
	}

	/**
	 * Starts an emulator with these settings of its own ({@code server.port} among them).
	 */
	Server start(Map<String, String> settings) {
		Object server;
		try {
			server = this.start.invoke(null, settings);
		}
		catch (InvocationTargetException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw new IllegalStateException("the emulator did not start: " + rootMessage(cause), cause);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
		return new Server(server, (int) call(this.port, server));
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root == failure) ? String.valueOf(failure) : failure + " (caused by " + root + ")";
	}

	private static Object call(Method method, Object server) {
		try {
			return method.invoke(server);
		}
		catch (InvocationTargetException ex) {
			throw new IllegalStateException(method.getName() + "() of the emulator failed", ex.getCause());
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One running emulator. */
	final class Server implements AutoCloseable {

		private final Object server;

		private final int port;

		private Server(Object server, int port) {
			this.server = server;
			this.port = port;
		}

		int port() {
			return this.port;
		}

		boolean isRunning() {
			return (boolean) call(EmulatorRuntime.this.isRunning, this.server);
		}

		/** Idempotent, as the emulator's own close. */
		@Override
		public void close() {
			try {
				((AutoCloseable) this.server).close();
			}
			catch (Exception ex) {
				throw new IllegalStateException("the emulator did not stop cleanly", ex);
			}
		}

	}

	/**
	 * The directory the runnable jar is unpacked in: named after the jar's size and time,
	 * so that a JVM with another version of the kit unpacks its own, and complete only
	 * once its marker file exists (a JVM killed while unpacking leaves an incomplete
	 * temporary directory, never a broken one under the final name).
	 */
	static Path unpacked() {
		URL jar = EmulatorRuntime.class.getClassLoader().getResource(SERVER_JAR);
		if (jar == null) {
			throw new IllegalStateException("the test kit's jar has no " + SERVER_JAR
					+ ": depend on io.github.taurusdbhtapmock:taurusdb-htap-mock-testkit as built by its Maven build");
		}
		try {
			URLConnection connection = jar.openConnection();
			connection.setUseCaches(false);
			String version = connection.getContentLengthLong() + "-" + connection.getLastModified();
			Path root = Path.of(System.getProperty("java.io.tmpdir"), "taurusdb-htap-mock-testkit");
			Path target = root.resolve(version);
			if (Files.exists(target.resolve(COMPLETE))) {
				return target;
			}
			Files.createDirectories(root);
			Path temporary = Files.createTempDirectory(root, version + ".");
			try (InputStream in = connection.getInputStream()) {
				unpack(in, temporary);
			}
			Files.createFile(temporary.resolve(COMPLETE));
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (FileAlreadyExistsException | AtomicMoveNotSupportedException ex) {
				// another JVM unpacked the same version meanwhile: use its copy
				deleteQuietly(temporary);
			}
			catch (IOException ex) {
				if (!Files.exists(target.resolve(COMPLETE))) {
					throw ex;
				}
				deleteQuietly(temporary);
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot unpack the emulator from " + jar, ex);
		}
	}

	private static void unpack(InputStream jar, Path directory) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(jar)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName();
				Path file;
				if (name.startsWith(CLASSES) && name.length() > CLASSES.length()) {
					file = directory.resolve("classes").resolve(name.substring(CLASSES.length()));
				}
				else if (name.startsWith(LIB) && name.endsWith(".jar")) {
					file = directory.resolve("lib").resolve(name.substring(LIB.length()));
				}
				else if (name.equals(CLASSPATH_INDEX)) {
					file = directory.resolve("classpath.idx");
				}
				else {
					continue;
				}
				if (!file.normalize().startsWith(directory)) {
					throw new IOException("the emulator's jar has an entry outside its directory: " + name);
				}
				if (entry.isDirectory()) {
					Files.createDirectories(file);
				}
				else {
					Files.createDirectories(file.getParent());
					Files.copy(zip, file);
				}
			}
		}
	}

	/**
	 * The classes first, then the libraries in the order the jar's classpath index gives
	 * (the order the runnable jar itself uses).
	 */
	private static URL[] classpath(Path directory) {
		try {
			List<URL> urls = new ArrayList<>();
			urls.add(directory.resolve("classes").toUri().toURL());
			for (String line : Files.readAllLines(directory.resolve("classpath.idx"))) {
				String entry = line.strip();
				if (entry.startsWith("- \"" + LIB) && entry.endsWith("\"")) {
					String name = entry.substring(3 + LIB.length(), entry.length() - 1);
					urls.add(directory.resolve("lib").resolve(name).toUri().toURL());
				}
			}
			return urls.toArray(URL[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the emulator's classpath in " + directory, ex);
		}
	}

	private static void deleteQuietly(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary directory is harmless: the next unpack uses a new one
		}
	}

}
