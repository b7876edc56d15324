package dev.storagelab.k8s.bridge;

import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;

/**
 * What one Docker mount becomes inside a pod: a pod volume and the container's mount of it.
 *
 * @param volume the pod volume
 * @param mount the container's mount, at the Docker target path
 * @param row the mapping row for the learner
 * @param hostPath whether the pod mounts a host path (which needs the privileged Pod Security
 *     level)
 */
record MountPlan(Volume volume, VolumeMount mount, MappingRow row, boolean hostPath) {}
