package dev.storagelab.k8s.bridge;

import java.util.List;

/**
 * One Docker mount beside what it became in Kubernetes.
 *
 * @param workload the container or service that mounts it
 * @param dockerMount the mount, in {@code --mount} syntax
 * @param kubernetes what it became, e.g. {@code PersistentVolumeClaim data-volume (hostPath PV)}
 * @param reason why it maps this way
 * @param warnings what needs care (a sensitive host path, an assumption)
 */
public record MappingRow(
    String workload, String dockerMount, String kubernetes, String reason, List<String> warnings) {

  public MappingRow {
    warnings = List.copyOf(warnings);
  }
}
