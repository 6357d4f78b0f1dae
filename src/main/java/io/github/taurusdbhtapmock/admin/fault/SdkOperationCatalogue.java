package io.github.taurusdbhtapmock.admin.fault;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.github.taurusdbhtapmock.platform.web.SdkOperations;

/**
 * The SDK operations the emulator answers, read from its handlers, so that a rule naming
 * an operation that does not exist (a typo) is refused rather than silently never firing,
 * and new operations need no list kept up to date here.
 */
@Component
class SdkOperationCatalogue {

	private final ObjectProvider<RequestMappingHandlerMapping> mapping;

	private volatile Set<String> names;

	/**
	 * Looked up on first use: the handler mapping is built after the beans its
	 * configurers depend on.
	 */
	SdkOperationCatalogue(
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mapping) {
		this.mapping = mapping;
	}

	Set<String> names() {
		Set<String> known = this.names;
		if (known == null) {
			SortedSet<String> found = new TreeSet<>();
			this.mapping.getObject().getHandlerMethods().values().forEach((handler) -> {
				String operation = SdkOperations.of(handler);
				if (operation != null) {
					found.add(operation);
				}
			});
			known = Collections.unmodifiableSortedSet(found);
			this.names = known;
		}
		return known;
	}

}
