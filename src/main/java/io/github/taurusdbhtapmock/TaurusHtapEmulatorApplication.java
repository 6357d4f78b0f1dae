package io.github.taurusdbhtapmock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TaurusHtapEmulatorApplication {

	public static void main(String[] args) {
		SpringApplication.run(TaurusHtapEmulatorApplication.class, args);
	}

}
