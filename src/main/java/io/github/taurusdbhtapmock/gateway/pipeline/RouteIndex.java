package io.github.taurusdbhtapmock.gateway.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The routes of a handler mapping by the literal words of their paths, so that a request
 * is tried only against the routes its path can match. Every route of the emulated API
 * has a path variable ({@code {project_id}}), which leaves Spring MVC no exact path to
 * look up: without the index it tries each of the ~90 routes on every request, checking
 * its method, media types and pattern, as much CPU as the operation itself
 * (docs/performance.md, "Request routing").
 * <p>
 * Only a pattern made of literal words and whole-segment variables is indexed; a pattern
 * with a wildcard, a regular expression or a variable inside a word is a candidate for
 * every path, and its own pattern decides.
 *
 * @param <R> the route
 */
final class RouteIndex<R> {

	private final Node<R> root = new Node<>();

	private final List<R> unindexed = new ArrayList<>();

	/**
	 * @param routes each route with its path patterns ("/v3/{project_id}/jobs")
	 */
	RouteIndex(Map<R, ? extends Collection<String>> routes) {
		routes.forEach((route, patterns) -> {
			for (String pattern : patterns) {
				add(route, pattern);
			}
		});
	}

	private void add(R route, String pattern) {
		List<String> segments = PublishedApis.segments(pattern);
		Node<R> node = this.root;
		for (String segment : segments) {
			if (PublishedApis.isVariable(segment) && isPlainVariable(segment)) {
				node = node.variable();
			}
			else if (isWord(segment)) {
				node = node.literal(segment);
			}
			else {
				this.unindexed.add(route);
				return;
			}
		}
		node.routes.add(route);
	}

	/**
	 * The routes a path with these segments can match: those whose literal words are the
	 * path's at their places and whose segments are as many, and every unindexed route.
	 * @param segments the path's segments, decoded, as routing matches them
	 */
	List<R> candidates(List<String> segments) {
		List<R> candidates = new ArrayList<>(this.unindexed);
		for (Node<R> node : reached(segments, segments.size())) {
			candidates.addAll(node.routes);
		}
		return candidates;
	}

	/**
	 * Whether the segment at {@code index} of a path is a literal word of an indexed
	 * route whose path agrees with this one up to there (each earlier segment equal, or a
	 * variable there).
	 * @param segments the path's segments, decoded, as routing matches them
	 */
	boolean isWordAt(List<String> segments, int index) {
		for (Node<R> node : reached(segments, index)) {
			if (node.literals.containsKey(segments.get(index))) {
				return true;
			}
		}
		return false;
	}

	/** The nodes the first {@code count} segments lead to. */
	private List<Node<R>> reached(List<String> segments, int count) {
		List<Node<R>> reached = List.of(this.root);
		for (int i = 0; i < count && !reached.isEmpty(); i++) {
			List<Node<R>> next = new ArrayList<>(2);
			for (Node<R> node : reached) {
				node.follow(segments.get(i), next);
			}
			reached = next;
		}
		return reached;
	}

	/** "{name}": no regular expression, no capture of the rest of the path. */
	private static boolean isPlainVariable(String segment) {
		String name = segment.substring(1, segment.length() - 1);
		return !name.isEmpty() && isWord(name) && name.charAt(0) != '*';
	}

	private static boolean isWord(String segment) {
		for (int i = 0; i < segment.length(); i++) {
			switch (segment.charAt(i)) {
				case '{', '}', '*', '?', ':', '\\' -> {
					return false;
				}
				default -> {
				}
			}
		}
		return true;
	}

	private static final class Node<R> {

		private final Map<String, Node<R>> literals = new HashMap<>();

		private Node<R> variable;

		private final List<R> routes = new ArrayList<>(1);

		Node<R> literal(String segment) {
			return this.literals.computeIfAbsent(segment, (key) -> new Node<>());
		}

		Node<R> variable() {
			if (this.variable == null) {
				this.variable = new Node<>();
			}
			return this.variable;
		}

		void follow(String segment, List<Node<R>> into) {
			Node<R> literal = this.literals.get(segment);
			if (literal != null) {
				into.add(literal);
			}
			if (this.variable != null) {
				into.add(this.variable);
			}
		}

	}

}
