package com.example.replication;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where GaussDB is and who calls it: {@code gaussdb.endpoint},
 * {@code gaussdb.project-id}, {@code gaussdb.ak}, {@code gaussdb.sk}, and the StarRocks
 * instance this application manages, {@code gaussdb.instance-id}.
 */
@ConfigurationProperties("gaussdb")
public record GaussDbProperties(String endpoint, String projectId, String ak, String sk, String instanceId) {
}
