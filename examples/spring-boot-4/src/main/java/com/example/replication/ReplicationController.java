package com.example.replication;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/replications")
class ReplicationController {

	private final ReplicationService replications;

	ReplicationController(ReplicationService replications) {
		this.replications = replications;
	}

	/** Accepted: GaussDB creates the task in a job of its own. */
	@PostMapping
	ResponseEntity<CreatedTask> create(@RequestBody NewTask task) {
		return ResponseEntity.accepted().body(new CreatedTask(this.replications.create(task)));
	}

	@GetMapping("/{taskName}")
	TaskConfiguration configuration(@PathVariable String taskName) {
		return this.replications.configuration(taskName);
	}

	record CreatedTask(String jobId) {
	}

}
