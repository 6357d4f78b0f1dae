package io.github.taurusdbhtapmock.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record a handler takes in place of its path variables: the gateway builds it
 * from the URI template variables of the route, each String component from the variable
 * its {@code @JsonProperty} names, validates it, and refuses the request with
 * {@code 400 DBS.280001} naming every malformed segment before the handler runs.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PathRecord {

}
