package dev.storagelab.k8s.bridge;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.Optional;

/**
 * What one Docker mount becomes inside a pod: a pod volume and the container's mount of it.
 *
 * @param volume the pod volume
 * @param mount the container's mount, at the Docker target path
 * @param row the mapping row for the learner
 * @param hostPath whether the pod mounts a host path (which needs the privileged Pod Security
 *     level)
 * @param claimTemplate the spec of a StatefulSet claim template that replaces the pod volume, one
 *     claim per replica
 */
record MountPlan(
    Volume volume,
    VolumeMount mount,
    MappingRow row,
    boolean hostPath,
    Optional<PersistentVolumeClaimSpec> claimTemplate) {

  MountPlan(Volume volume, VolumeMount mount, MappingRow row, boolean hostPath) {
    this(volume, mount, row, hostPath, Optional.empty());
  }
}
