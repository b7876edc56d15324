package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.Credentials;
import dev.storagelab.docker.mounts.Mount;

/**
 * A Docker mount as shown in manifests, comments and rows, with every credential in its options
 * replaced by the rule of {@link Credentials}: manifests are committed and shared, secrets are not.
 */
public final class Redact {

  private Redact() {}

  /** The mount's {@code --mount} spelling, credentials redacted. */
  public static String flag(Mount mount) {
    return Credentials.redacted(mount).toMountFlag();
  }
}
