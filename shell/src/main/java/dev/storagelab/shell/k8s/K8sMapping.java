package dev.storagelab.shell.k8s;

import dev.storagelab.k8s.bridge.BridgeOptions;
import org.springframework.shell.core.command.annotation.Option;

/**
 * How a plan maps Docker storage: the options {@code k8s generate}, {@code preview} and {@code
 * apply} share, declared once ({@link dev.storagelab.shell.OptionsFrom}).
 *
 * @param namespace the namespace
 * @param size capacity for every volume
 * @param storageClass a storage class instead of the empty class
 * @param node the node local volumes are pinned to
 * @param kind pod, deployment or statefulset
 * @param dynamic provision plugin volumes with a StorageClass
 * @param asPv bind mounts as hostPath PersistentVolumes
 */
public record K8sMapping(
    @Option(longName = "namespace", description = "the namespace (default: default)")
        String namespace,
    @Option(longName = "size", description = "capacity for every volume, e.g. 5Gi") String size,
    @Option(longName = "storage-class", description = "storage class instead of the empty class")
        String storageClass,
    @Option(longName = "node", description = "pin local volumes to this node") String node,
    @Option(longName = "kind", description = "pod, deployment or statefulset") String kind,
    @Option(longName = "dynamic", description = "provision plugin volumes with a StorageClass")
        boolean dynamic,
    @Option(longName = "as-pv", description = "bind mounts as hostPath PersistentVolumes")
        boolean asPv) {

  /** The defaults: what {@code k8s verify} plans with. */
  static final K8sMapping DEFAULTS = new K8sMapping(null, null, null, null, null, false, false);

  /** The bridge's options, checked. */
  BridgeOptions options() {
    return BridgeOptions.builder()
        .namespace(namespace)
        .size(size)
        .storageClass(storageClass)
        .node(node)
        .kind(kind)
        .dynamic(dynamic)
        .bindsAsVolumes(asPv)
        .build();
  }
}
