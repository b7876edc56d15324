package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.VolumeMount;
import java.util.Optional;

/**
 * A named volume on its way to a claim.
 *
 * @param mount the Docker mount
 * @param claim the claim's name
 * @param users how many workloads share the volume
 */
record ClaimRequest(VolumeMount mount, String claim, int users) {

  /** The Docker volume's name. */
  String name() {
    return mount.name().orElseThrow();
  }

  /** What several workloads sharing the claim means for this access mode, if several do. */
  Optional<String> sharing(String mode) {
    if (users < 2) {
      return Optional.empty();
    }
    return Optional.of(
        "shared by "
            + users
            + " workloads through one claim: "
            + (mode.equals(ClaimPlan.READ_WRITE_MANY)
                ? "ReadWriteMany, so pods on any node can share it"
                : mode
                    + " lets pods share it only on one node; across nodes it needs ReadWriteMany"
                    + " storage (NFS, a file CSI driver)"));
  }
}
