package io.github.taurusdbhtapmock.service.lts;

/**
 * The filters and page of ShowHtapLtsConfig; a null filter matches every instance. Every
 * filter is exact.
 */
record LtsQuery(String instanceId, String instanceName, String enterpriseProjectId, int offset, int limit) {
}
