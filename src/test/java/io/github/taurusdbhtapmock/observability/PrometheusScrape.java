package io.github.taurusdbhtapmock.observability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The samples of one scrape in the Prometheus text format, enough to find a series and
 * read its value.
 */
record PrometheusScrape(List<Sample> samples) {

	static PrometheusScrape parse(String text) {
		List<Sample> samples = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			int brace = line.indexOf('{');
			int space = line.lastIndexOf(' ');
			Map<String, String> labels = new LinkedHashMap<>();
			String name;
			if (brace >= 0 && brace < space) {
				name = line.substring(0, brace);
				String body = line.substring(brace + 1, line.lastIndexOf('}'));
				// label values here never contain commas or quotes
				for (String pair : body.split(",")) {
					int equals = pair.indexOf('=');
					labels.put(pair.substring(0, equals), pair.substring(equals + 2, pair.length() - 1));
				}
			}
			else {
				name = line.substring(0, space);
			}
			samples.add(new Sample(name, labels, Double.parseDouble(line.substring(space + 1))));
		}
		return new PrometheusScrape(samples);
	}

	/**
	 * The value of the one series of that name whose labels include these; 0 when there
	 * is none.
	 */
	double value(String name, Map<String, String> labels) {
		List<Sample> matching = matching(name, labels);
		if (matching.size() > 1) {
			throw new IllegalArgumentException("more than one series " + name + labels + ": " + matching);
		}
		return matching.isEmpty() ? 0 : matching.get(0).value();
	}

	/** The sum over every series of that name whose labels include these. */
	double sum(String name, Map<String, String> labels) {
		return matching(name, labels).stream().mapToDouble(Sample::value).sum();
	}

	List<Sample> matching(String name, Map<String, String> labels) {
		return this.samples.stream()
			.filter((sample) -> sample.name().equals(name) && sample.labels().entrySet().containsAll(labels.entrySet()))
			.toList();
	}

	record Sample(String name, Map<String, String> labels, double value) {
	}

}
