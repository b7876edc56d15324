package dev.storagelab.docker.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test may be skipped even where {@code STORAGE_LAB_REQUIRE_DOCKER} makes every other skip a
 * failure, because what it needs cannot be had on this machine or CI's (see {@link #because()}).
 * The one documented exception: the k3s test, which needs a k3s image that no registry here serves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface MaySkip {

  /** Why the skip is expected here, as the docs and the CI summary say it. */
  String because();
}
