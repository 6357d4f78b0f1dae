package io.github.taurusdbhtapmock.service.instancesettings;

/** Where one log of an instance goes in LTS: a log group and a log stream in it. */
public record LtsLink(String groupId, String streamId) {
}
