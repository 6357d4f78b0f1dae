package io.github.taurusdbhtapmock.client;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.taurusdbhtapmock.admin.api.JournalEntry;

/**
 * Records to the values of {@link Json} and back, by one fixed rule: a component's JSON
 * name is its name in snake_case ({@code durationMs} is {@code duration_ms}), the rule
 * every record of the control plane's contract follows. It reads no annotation: in a
 * project without Jackson, the contract's Jackson annotations are absent at run time.
 *
 * <p>
 * Writing leaves null components out (the emulator takes an absent field for null),
 * except in a {@link JournalEntry}, which the journal documents with every field, null
 * included. Reading ignores names the record does not have, so a newer emulator may add
 * fields, and refuses a value of the wrong type, naming where it is, e.g.
 * {@code projects[0].be_nodes}. Component types: {@code String}, {@code int},
 * {@code long}, {@code double}, {@code boolean} and their boxes, {@code List<T>},
 * {@code Map<String, T>} and records.
 */
final class RecordCodec {

	/** Records whose JSON has every field, null or not. */
	private static final Set<Class<?>> COMPLETE = Set.of(JournalEntry.class);

	private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
		@Override
		protected Shape computeValue(Class<?> type) {
			return Shape.of(type);
		}
	};

	private RecordCodec() {
	}

	/** The JSON text of a record (or list, map, string, number, boolean, null). */
	static String write(Object value) {
		return Json.write(toJson(value));
	}

	/** A JSON document read as a record (or any supported type). */
	static <T> T read(String json, Class<T> type) {
		return type.cast(fromJson(Json.parse(json), type));
	}

	/** A record as {@link Json} values: a map in component order, nulls left out. */
	static Object toJson(Object value) {
		if (value instanceof Record record) {
			return SHAPES.get(record.getClass()).toJson(record);
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> object = new LinkedHashMap<>();
			map.forEach((name, item) -> object.put(name, toJson(item)));
			return object;
		}
		if (value instanceof Collection<?> list) {
			List<Object> array = new ArrayList<>(list.size());
			list.forEach((item) -> array.add(toJson(item)));
			return array;
		}
		return value;
	}

	/** A {@link Json} value as the given type. */
	static Object fromJson(Object json, Type type) {
		return bind(json, type, "$");
	}

	/**
	 * {@code durationMs} to {@code duration_ms}: an underscore before each capital, which
	 * is made lower case.
	 */
	static String snakeCase(String name) {
		StringBuilder snake = new StringBuilder(name.length() + 4);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c)) {
				if (i > 0) {
					snake.append('_');
				}
				snake.append(Character.toLowerCase(c));
			}
			else {
				snake.append(c);
			}
		}
		return snake.toString();
	}

	private static Object bind(Object json, Type type, String where) {
		if (type instanceof ParameterizedType generic) {
			return bindGeneric(json, generic, where);
		}
		if (!(type instanceof Class<?> target)) {
			throw new IllegalArgumentException(where + ": cannot read a value of type " + type);
		}
		if (target.isPrimitive()) {
			if (json == null) {
				throw mismatch(where, target, json);
			}
			return bindScalar(json, box(target), where);
		}
		if (json == null) {
			return null;
		}
		if (target.isRecord()) {
			if (!(json instanceof Map<?, ?> object)) {
				throw mismatch(where, target, json);
			}
			return SHAPES.get(target).fromJson(object, where);
		}
		if (target == List.class || target == Collection.class) {
			return bindList(json, Object.class, where);
		}
		if (target == Map.class) {
			return bindMap(json, Object.class, where);
		}
		return bindScalar(json, target, where);
	}

	private static Object bindScalar(Object json, Class<?> target, String where) {
		if (target == Object.class) {
			return json;
		}
		if (target == String.class || target == Boolean.class) {
			if (!target.isInstance(json)) {
				throw mismatch(where, target, json);
			}
			return json;
		}
		if (!(json instanceof Number number)) {
			throw mismatch(where, target, json);
		}
		try {
			if (target == Integer.class) {
				return decimal(number).intValueExact();
			}
			if (target == Long.class) {
				return decimal(number).longValueExact();
			}
		}
		catch (ArithmeticException ex) {
			throw mismatch(where, target, json);
		}
		if (target == Double.class) {
			return number.doubleValue();
		}
		if (target == BigDecimal.class) {
			return decimal(number);
		}
		throw new IllegalArgumentException(where + ": cannot read a value of type " + target.getName());
	}

	/** {@code List<T>} from an array, {@code Map<String, T>} from an object. */
	private static Object bindGeneric(Object json, ParameterizedType generic, String where) {
		Type raw = generic.getRawType();
		Type[] arguments = generic.getActualTypeArguments();
		if (raw == List.class || raw == Collection.class) {
			return bindList(json, arguments[0], where);
		}
		if (raw == Map.class && arguments[0] == String.class) {
			return bindMap(json, arguments[1], where);
		}
		throw new IllegalArgumentException(where + ": cannot read a value of type " + generic);
	}

	private static List<Object> bindList(Object json, Type itemType, String where) {
		if (json == null) {
			return null;
		}
		if (!(json instanceof List<?> array)) {
			throw mismatch(where, List.class, json);
		}
		List<Object> list = new ArrayList<>(array.size());
		for (int i = 0; i < array.size(); i++) {
			list.add(bind(array.get(i), itemType, where + "[" + i + "]"));
		}
		return Collections.unmodifiableList(list);
	}

	private static Map<String, Object> bindMap(Object json, Type valueType, String where) {
		if (json == null) {
			return null;
		}
		if (!(json instanceof Map<?, ?> object)) {
			throw mismatch(where, Map.class, json);
		}
		Map<String, Object> map = new LinkedHashMap<>();
		object.forEach((name, value) -> map.put((String) name, bind(value, valueType, where + "." + name)));
		return Collections.unmodifiableMap(map);
	}

	private static BigDecimal decimal(Number number) {
		return (number instanceof BigDecimal decimal) ? decimal : new BigDecimal(number.toString());
	}

	private static Class<?> box(Class<?> primitive) {
		if (primitive == int.class) {
			return Integer.class;
		}
		if (primitive == long.class) {
			return Long.class;
		}
		if (primitive == double.class) {
			return Double.class;
		}
		if (primitive == boolean.class) {
			return Boolean.class;
		}
		throw new IllegalArgumentException("Unsupported component type " + primitive);
	}

	private static IllegalArgumentException mismatch(String where, Class<?> expected, Object found) {
		return new IllegalArgumentException(where + ": expected " + describe(expected) + ", found "
				+ ((found == null) ? "null" : Json.write(found)));
	}

	private static String describe(Class<?> type) {
		if (type == Integer.class || type == int.class) {
			return "a whole number (int)";
		}
		if (type == Long.class || type == long.class) {
			return "a whole number (long)";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class) {
			return "a number";
		}
		if (type == String.class) {
			return "a string";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == List.class) {
			return "an array";
		}
		return "an object";
	}

	/**
	 * A record class's components with their JSON names, and its canonical constructor.
	 */
	private record Shape(Class<?> type, RecordComponent[] components, String[] names, Constructor<?> constructor) {

		static Shape of(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			String[] names = new String[components.length];
			Class<?>[] parameterTypes = new Class<?>[components.length];
			for (int i = 0; i < components.length; i++) {
				names[i] = snakeCase(components[i].getName());
				parameterTypes[i] = components[i].getType();
			}
			try {
				return new Shape(type, components, names, type.getDeclaredConstructor(parameterTypes));
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException("No canonical constructor in " + type.getName(), ex);
			}
		}

		Map<String, Object> toJson(Record record) {
			Map<String, Object> object = new LinkedHashMap<>();
			for (int i = 0; i < this.components.length; i++) {
				RecordComponent component = this.components[i];
				Object value = invoke(() -> component.getAccessor().invoke(record));
				if (value != null || COMPLETE.contains(this.type)) {
					object.put(this.names[i], RecordCodec.toJson(value));
				}
			}
			return object;
		}

		Object fromJson(Map<?, ?> object, String where) {
			Object[] arguments = new Object[this.components.length];
			for (int i = 0; i < this.components.length; i++) {
				arguments[i] = bind(object.get(this.names[i]), this.components[i].getGenericType(),
						where + "." + this.names[i]);
			}
			return invoke(() -> this.constructor.newInstance(arguments));
		}

		private static Object invoke(Reflective call) {
			try {
				return call.run();
			}
			catch (InvocationTargetException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException(ex.getCause());
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	@FunctionalInterface
	private interface Reflective {

		Object run() throws ReflectiveOperationException;

	}

}
