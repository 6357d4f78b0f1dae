package com.example.replication;

/** A replication task to create: a source database copied into a StarRocks database. */
public record NewTask(String taskName, String sourceInstanceId, String sourceDatabase, String targetDatabase) {
}
