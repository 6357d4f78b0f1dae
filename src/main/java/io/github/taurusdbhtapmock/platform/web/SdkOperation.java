package io.github.taurusdbhtapmock.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name the official SDKs give the operation a handler emulates (e.g.
 * {@code ModifyDataSync}): what users know it by, so logs, the request journal and fault
 * rules speak of it by that name.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface SdkOperation {

	String value();

}
