package io.github.taurusdbhtapmock.gateway.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Spring MVC's routing, which never binds a path variable to a path word of a
 * {@link PublishedApis published API}. Without it {@code GET .../starrocks/nodes}
 * (ListInstanceNode, not served) would be routed to {@code GET
 * .../starrocks/{starrocks_instance_id}} (ListStarrocksInstanceInfo) and refused as a
 * malformed instance id; with it, the request reaches no operation and is answered as
 * every unknown API is, {@code 404 APIGW.0101}.
 */
final class PublishedApiHandlerMapping extends RequestMappingHandlerMapping {

	private static final int[] NO_VARIABLES = {};

	private final PublishedApis published;

	/** For each route's pattern, the indexes of its segments that are a variable. */
	private final Map<String, int[]> variableSegments = new ConcurrentHashMap<>();

	PublishedApiHandlerMapping(PublishedApis published) {
		this.published = published;
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		RequestMappingInfo match = super.getMatchingMapping(info, request);
		PathPatternsRequestCondition patterns = (match != null) ? match.getPathPatternsCondition() : null;
		if (patterns == null) {
			return match;
		}
		int[] variables = this.variableSegments.computeIfAbsent(patterns.getFirstPattern().getPatternString(),
				PublishedApiHandlerMapping::variableSegments);
		if (variables.length == 0) {
			return match;
		}
		List<String> segments = segments(request);
		for (int index : variables) {
			if (index < segments.size() && this.published.isPathWord(segments, index)) {
				return null;
			}
		}
		return match;
	}

	private static int[] variableSegments(String pattern) {
		List<String> segments = PublishedApis.segments(pattern);
		if (pattern.contains("*")) {
			// a wildcard shifts segments: not a route of the emulated API
			return NO_VARIABLES;
		}
		return IntStream.range(0, segments.size()).filter((i) -> PublishedApis.isVariable(segments.get(i))).toArray();
	}

	/**
	 * The request path's segments within the application, decoded as routing saw them.
	 */
	private static List<String> segments(HttpServletRequest request) {
		List<String> segments = new ArrayList<>();
		for (PathContainer.Element element : ServletRequestPathUtils.getParsedRequestPath(request)
			.pathWithinApplication()
			.elements()) {
			if (element instanceof PathContainer.PathSegment segment) {
				segments.add(segment.valueToMatch());
			}
		}
		return segments;
	}

}
