package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.Mount;

/**
 * A Docker mount as shown in manifests, comments and rows, with credentials in its options (a CIFS
 * {@code password=}, say) replaced: manifests are committed and shared, secrets are not.
 */
public final class Redact {

  private Redact() {}

  /** The mount's {@code --mount} spelling, credentials redacted. */
  public static String flag(Mount mount) {
    return mount
        .toMountFlag()
        .replaceAll(
            "(?i)\\b(password|pass|passwd|secret|token|credentials)=[^,\"]*", "$1=REDACTED");
  }
}
