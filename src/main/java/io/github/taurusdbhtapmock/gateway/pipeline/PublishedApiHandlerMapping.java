package io.github.taurusdbhtapmock.gateway.pipeline;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Spring MVC's routing, which never binds a path variable to a path word of a
 * {@link PublishedApis published API}, and tries a request only against the routes its
 * path can match ({@link RouteIndex}). Without the first, {@code GET .../starrocks/nodes}
 * (ListInstanceNode, not served) would be routed to {@code GET
 * .../starrocks/{starrocks_instance_id}} (ListStarrocksInstanceInfo) and refused as a
 * malformed instance id; with it, the request reaches no operation and is answered as
 * every unknown API is, {@code 404 APIGW.0101}.
 */
final class PublishedApiHandlerMapping extends RequestMappingHandlerMapping {

	private static final int[] NO_VARIABLES = {};

	private final PublishedApis published;

	private volatile RouteIndex<RequestMappingInfo> routes = new RouteIndex<>(Map.of());

	/** For each route's pattern, the indexes of its segments that are a variable. */
	private final Map<String, int[]> variableSegments = new ConcurrentHashMap<>();

	PublishedApiHandlerMapping(PublishedApis published) {
		this.published = published;
	}

	@Override
	protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
		super.handlerMethodsInitialized(handlerMethods);
		indexRoutes();
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		super.registerMapping(mapping, handler, method);
		indexRoutes();
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		indexRoutes();
	}

	private void indexRoutes() {
		this.routes = new RouteIndex<>(getHandlerMethods().keySet()
			.stream()
			.collect(Collectors.toMap((info) -> info, PublishedApiHandlerMapping::patterns)));
	}

	private static List<String> patterns(RequestMappingInfo info) {
		PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
		// without a parsed pattern, a route cannot be indexed: "**" makes it a candidate
		// always
		return (patterns != null) ? patterns.getPatternValues().stream().toList() : List.of("/**");
	}

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		List<String> segments = segments(request);
		return super.lookupHandlerMethod(lookupPath,
				new RoutedRequest(request, segments, this.routes.candidates(segments)));
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		RoutedRequest routed = (request instanceof RoutedRequest routedRequest) ? routedRequest : null;
		if (routed != null && !routed.isCandidate(info)) {
			return null;
		}
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
		List<String> segments = (routed != null) ? routed.segments : segments(request);
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
	 * The request path's segments within the application, decoded as routing matches
	 * them.
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

	/**
	 * The request during one lookup, with its path's segments and the routes it can
	 * match, read once for all the routes Spring MVC tries.
	 */
	private static final class RoutedRequest extends HttpServletRequestWrapper {

		private final List<String> segments;

		private final List<RequestMappingInfo> candidates;

		RoutedRequest(HttpServletRequest request, List<String> segments, List<RequestMappingInfo> candidates) {
			super(request);
			this.segments = segments;
			this.candidates = candidates;
		}

		boolean isCandidate(RequestMappingInfo info) {
			for (RequestMappingInfo candidate : this.candidates) {
				if (candidate == info) {
					return true;
				}
			}
			return false;
		}

	}

}
