package dev.storagelab.k8s.bridge;

import java.util.Optional;

/**
 * How to carry the mounts over.
 *
 * @param namespace the namespace of the claims and workloads
 * @param size the capacity to give every PersistentVolume and claim, instead of the measured size
 *     with headroom (a Kubernetes quantity such as {@code 5Gi})
 * @param storageClass the class for claims and volumes instead of the empty class
 * @param node the node the Docker host is in the cluster: local volumes pinned to it
 * @param kind the workload kind
 * @param dynamic claims provisioned by a StorageClass for volume plugins, instead of a pre-made
 *     PersistentVolume
 * @param bindsAsVolumes bind mounts as hostPath PersistentVolumes and claims instead of hostPath
 *     volumes in the pod
 */
public record BridgeOptions(
    String namespace,
    Optional<String> size,
    Optional<String> storageClass,
    Optional<String> node,
    WorkloadKind kind,
    boolean dynamic,
    boolean bindsAsVolumes) {

  /** The kinds of workload. */
  public enum WorkloadKind {
    /** A bare Pod. */
    POD,
    /** A Deployment of one replica. */
    DEPLOYMENT
  }

  /** The defaults: namespace {@code default}, a Pod, measured sizes, static binding. */
  public static BridgeOptions defaults() {
    return new BridgeOptions(
        "default",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        WorkloadKind.POD,
        false,
        false);
  }

  /** These options in another namespace. */
  public BridgeOptions withNamespace(String value) {
    return new BridgeOptions(value, size, storageClass, node, kind, dynamic, bindsAsVolumes);
  }

  /** These options with a fixed capacity. */
  public BridgeOptions withSize(String value) {
    return new BridgeOptions(
        namespace, Optional.of(value), storageClass, node, kind, dynamic, bindsAsVolumes);
  }

  /** These options with a storage class. */
  public BridgeOptions withStorageClass(String value) {
    return new BridgeOptions(
        namespace, size, Optional.of(value), node, kind, dynamic, bindsAsVolumes);
  }

  /** These options with local volumes pinned to a node. */
  public BridgeOptions withNode(String value) {
    return new BridgeOptions(
        namespace, size, storageClass, Optional.of(value), kind, dynamic, bindsAsVolumes);
  }

  /** These options with another workload kind. */
  public BridgeOptions withKind(WorkloadKind value) {
    return new BridgeOptions(namespace, size, storageClass, node, value, dynamic, bindsAsVolumes);
  }

  /** These options, provisioning plugin volumes dynamically or not. */
  public BridgeOptions withDynamic(boolean value) {
    return new BridgeOptions(namespace, size, storageClass, node, kind, value, bindsAsVolumes);
  }

  /** These options, making bind mounts PersistentVolumes or not. */
  public BridgeOptions withBindsAsVolumes(boolean value) {
    return new BridgeOptions(namespace, size, storageClass, node, kind, dynamic, value);
  }
}
