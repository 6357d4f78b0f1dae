package io.github.taurusdbhtapmock.platform.validation;

import java.lang.reflect.Field;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;

/**
 * Names violations by their JSON field ({@code task_name}), not the Java component
 * ({@code taskName}), so an error message points at what the client actually sent.
 */
public class JsonPropertyNodeNameProvider implements PropertyNodeNameProvider {

	@Override
	public String getName(Property property) {
		if (property instanceof JavaBeanProperty beanProperty) {
			try {
				Field field = beanProperty.getDeclaringClass().getDeclaredField(property.getName());
				JsonProperty json = field.getAnnotation(JsonProperty.class);
				if (json != null && !json.value().isEmpty()) {
					return json.value();
				}
			}
			catch (NoSuchFieldException ex) {
				// a getter without a backing field keeps its Java name
			}
		}
		return property.getName();
	}

}
