package io.github.taurusdbhtapmock.service.starrocks.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.catalogue.HtapCatalogue;
import io.github.taurusdbhtapmock.service.htapinstance.CloudDefaults;
import io.github.taurusdbhtapmock.service.htapinstance.StarRocksCluster;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstance;
import io.github.taurusdbhtapmock.service.topology.StarRocksSpec;

/**
 * Reply of CreateStarrocksInstance: the new instance, creating, and the job that creates
 * it. port is a JSON number, enable_ssl a boolean, the rest strings, as the SDK declares
 * them.
 */
public record CreateStarrocksInstanceResponse(@JsonProperty("instance") CreatedInstance instance,
		@JsonProperty("job_id") String jobId) {

	public static CreateStarrocksInstanceResponse of(StarRocksCluster cluster, String jobId) {
		StarRocksInstance instance = cluster.instance();
		StarRocksSpec spec = instance.spec();
		return new CreateStarrocksInstanceResponse(new CreatedInstance(instance.id(), spec.azCode(), spec.azMode(),
				instance.name(), new CreatedEngine(HtapCatalogue.ENGINE, spec.version()), CloudDefaults.VPC_ID,
				spec.securityGroupId(), CloudDefaults.SUBNET_ID, "root", CloudDefaults.DB_PORT, cluster.mode(),
				new CreatedPayInfo(CloudDefaults.PAY_MODEL, null, null, null, null), false, instance.status(),
				CloudDefaults.REGION,
				new CreatedTagsInfo(List.of(),
						List.of(new CreatedTag(CreateStarrocksInstanceRequest.ENTERPRISE_PROJECT_TAG,
								spec.enterpriseProjectId())))),
				jobId);
	}

	public record CreatedInstance(@JsonProperty("id") String id, @JsonProperty("az_code") String azCode,
			@JsonProperty("az_mode") String azMode, @JsonProperty("name") String name,
			@JsonProperty("engine") CreatedEngine engine, @JsonProperty("vpc_id") String vpcId,
			@JsonProperty("security_group_id") String securityGroupId, @JsonProperty("sub_net_id") String subNetId,
			@JsonProperty("db_user") String dbUser, @JsonProperty("port") int port,
			@JsonProperty("ha_mode") String haMode, @JsonProperty("pay_info") CreatedPayInfo payInfo,
			@JsonProperty("enable_ssl") boolean enableSsl, @JsonProperty("status") String status,
			@JsonProperty("region") String region, @JsonProperty("tags_info") CreatedTagsInfo tagsInfo) {
	}

	public record CreatedEngine(@JsonProperty("type") String type, @JsonProperty("version") String version) {
	}

	public record CreatedPayInfo(@JsonProperty("pay_model") String payModel, @JsonProperty("order_id") String orderId,
			@JsonProperty("period") String period, @JsonProperty("period_type") String periodType,
			@JsonProperty("is_auto_renew") String isAutoRenew) {
	}

	public record CreatedTagsInfo(@JsonProperty("tags") List<CreatedTag> tags,
			@JsonProperty("sys_tags") List<CreatedTag> sysTags) {
	}

	public record CreatedTag(@JsonProperty("key") String key, @JsonProperty("value") String value) {
	}

}
