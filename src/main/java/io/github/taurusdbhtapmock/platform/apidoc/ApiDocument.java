package io.github.taurusdbhtapmock.platform.apidoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import io.github.taurusdbhtapmock.platform.web.ApiMediaType;

/**
 * {@code GET /_emulator/openapi.json}: the committed document
 * (src/main/resources/apidoc/openapi.json), as springdoc generated it in the tests. Its
 * bytes are read on the first request, not at start, and kept: the document is the same
 * for every request.
 */
final class ApiDocument implements HandlerFunction<ServerResponse> {

	static final String RESOURCE = "apidoc/openapi.json";

	private final SingletonSupplier<byte[]> bytes;

	ApiDocument(ClassLoader classLoader) {
		this.bytes = SingletonSupplier.of(() -> read(new ClassPathResource(RESOURCE, classLoader)));
	}

	@Override
	public ServerResponse handle(ServerRequest request) {
		return ServerResponse.ok().contentType(ApiMediaType.JSON_UTF8).body(this.bytes.obtain());
	}

	private static byte[] read(ClassPathResource resource) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the OpenAPI document " + resource.getPath() + " is missing", ex);
		}
	}

}
