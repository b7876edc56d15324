package dev.storagelab.k8s.bridge;

import java.util.List;

/**
 * The Kubernetes side of a Docker setup: the objects in an order {@code kubectl apply} accepts, one
 * row per Docker mount, and what the learner must know.
 *
 * @param name the name the plan is filed under (the container, service or volume)
 * @param manifests the objects, storage classes first, then volumes, claims, workloads
 * @param rows one row per Docker mount
 * @param settings one row per setting of how each program runs (entrypoint, environment, ports...)
 * @param podSecurityLevel the Pod Security Standard level the workloads need: {@code privileged}
 *     when a pod mounts a hostPath, runs privileged, shares a host namespace or adds a capability
 *     baseline does not allow; else {@code baseline}
 * @param notes assumptions and warnings for the whole plan
 */
public record BridgePlan(
    String name,
    List<Manifest> manifests,
    List<MappingRow> rows,
    List<SettingRow> settings,
    String podSecurityLevel,
    List<String> notes) {

  public BridgePlan {
    manifests = List.copyOf(manifests);
    rows = List.copyOf(rows);
    settings = List.copyOf(settings);
    notes = List.copyOf(notes);
  }
}
