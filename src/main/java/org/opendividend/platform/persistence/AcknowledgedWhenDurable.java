package org.opendividend.platform.persistence;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a facade method whose return is an acknowledgement to a person (a receipt, an outcome, a stored file): it
 * returns only after its transaction has committed and the committed data is on the disk ({@link WaitForDisk}).
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AcknowledgedWhenDurable {
}
