package io.github.taurusdbhtapmock.service.topology;

/**
 * State that belongs to one StarRocks instance (its database users, parameters, log
 * settings and the like) and goes with it: when a deletion of the instance completes,
 * every such bean forgets what it holds for the instance, so a later instance of the same
 * id starts clean and the state stays bounded.
 */
public interface StarRocksInstanceScoped {

	/** Forgets everything held for the instance; nothing held is not an error. */
	void forgetInstance(String projectId, String instanceId);

}
