package io.github.taurusdbhtapmock.platform.apidoc;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * springdoc names a schema after its class's simple name, nested or not, and silently
 * merges two classes of the same name into one schema, so the OpenAPI document would
 * describe one of them wrongly. Every record a handler reads as its body or answers with,
 * and every record inside those, has a simple name of its own.
 */
class SchemaNamesTest {

	private static final String ROOT = "io.github.taurusdbhtapmock";

	@Test
	void everyRecordOnTheWireHasASchemaNameOfItsOwn() {
		Set<Class<?>> records = new HashSet<>();
		for (JavaClass controller : new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(ROOT)
			.stream()
			.filter((type) -> type.isAnnotatedWith(RestController.class))
			.toList()) {
			for (Method method : controller.reflect().getDeclaredMethods()) {
				if (AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
					collect(method.getGenericReturnType(), records);
					for (Parameter parameter : method.getParameters()) {
						if (parameter.isAnnotationPresent(RequestBody.class)) {
							collect(parameter.getParameterizedType(), records);
						}
					}
				}
			}
		}
		assertThat(records).extracting(Class::getSimpleName)
			.contains("CreateReplicationRequest", "ErrorBody", "FaultRule", "Topology");
		Map<String, List<String>> byName = records.stream()
			.collect(Collectors.groupingBy(Class::getSimpleName,
					Collectors.mapping(Class::getName, Collectors.toList())));
		assertThat(byName.values().stream().filter((names) -> names.size() > 1))
			.as("records whose schemas springdoc would merge into one")
			.isEmpty();
	}

	private static void collect(Type type, Set<Class<?>> records) {
		if (type instanceof ParameterizedType parameterized) {
			collect(parameterized.getRawType(), records);
			for (Type argument : parameterized.getActualTypeArguments()) {
				collect(argument, records);
			}
		}
		else if (type instanceof Class<?> clazz && clazz.isRecord() && records.add(clazz)) {
			for (RecordComponent component : clazz.getRecordComponents()) {
				collect(component.getGenericType(), records);
			}
		}
	}

}
