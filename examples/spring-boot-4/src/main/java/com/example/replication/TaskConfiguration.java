package com.example.replication;

/** What GaussDB stored for a task. */
public record TaskConfiguration(String sourceInstanceId, String sourceDatabase, String targetDatabase) {
}
