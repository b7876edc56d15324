package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.k8s.naming.KubeRules;
import java.util.Locale;
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
    DEPLOYMENT,
    /** A StatefulSet of one replica, a claim per replica from its volumeClaimTemplates. */
    STATEFULSET
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

  /**
   * Options as a user gives them, each checked by the rule the API server would check it by: a
   * value it would refuse is refused here, naming the option and the rule.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects options given as text; {@code null} means not given. */
  public static final class Builder {

    private BridgeOptions options = defaults();

    private Builder() {}

    /** {@code --namespace}: a DNS-1123 label. */
    public Builder namespace(String value) {
      if (value != null) {
        options = options.withNamespace(KubeRules.label("--namespace", value));
      }
      return this;
    }

    /** {@code --size}: a positive quantity of bytes. */
    public Builder size(String value) {
      if (value != null) {
        options = options.withSize(KubeRules.capacity("--size", value));
      }
      return this;
    }

    /** {@code --storage-class}: a DNS-1123 subdomain. */
    public Builder storageClass(String value) {
      if (value != null) {
        options = options.withStorageClass(KubeRules.subdomain("--storage-class", value));
      }
      return this;
    }

    /** {@code --node}: a DNS-1123 subdomain, as node names are. */
    public Builder node(String value) {
      if (value != null) {
        options = options.withNode(KubeRules.subdomain("--node", value));
      }
      return this;
    }

    /** {@code --kind}: {@code pod}, {@code deployment} or {@code statefulset}. */
    public Builder kind(String value) {
      if (value != null) {
        options = options.withKind(kindOf(value));
      }
      return this;
    }

    /** {@code --dynamic}. */
    public Builder dynamic(boolean value) {
      options = options.withDynamic(value);
      return this;
    }

    /** {@code --as-pv}. */
    public Builder bindsAsVolumes(boolean value) {
      options = options.withBindsAsVolumes(value);
      return this;
    }

    /** The options. */
    public BridgeOptions build() {
      return options;
    }

    private static WorkloadKind kindOf(String value) {
      for (WorkloadKind kind : WorkloadKind.values()) {
        if (kind.name().toLowerCase(Locale.ROOT).equals(value)) {
          return kind;
        }
      }
      throw new InputException(
          "--kind takes pod, deployment or statefulset, not " + InputException.quote(value), value);
    }
  }
}
