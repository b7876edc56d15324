package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.VolumeMount;
import java.util.List;

/**
 * A named volume on its way to a claim.
 *
 * @param mount the Docker mount
 * @param claim the claim's name
 * @param users how many workloads share the volume
 * @param warnings what the learner must know, added to as the claim is made
 */
record ClaimRequest(VolumeMount mount, String claim, int users, List<String> warnings) {

  /** The Docker volume's name. */
  String name() {
    return mount.name().orElseThrow();
  }

  /** Notes what several workloads sharing the claim means for this access mode. */
  void noteSharing(String mode) {
    if (users < 2) {
      return;
    }
    warnings.add(
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
