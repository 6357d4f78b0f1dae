package com.example.replication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Manages the replication of TaurusDB databases into a StarRocks instance. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReplicationApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReplicationApplication.class, args);
	}

}
