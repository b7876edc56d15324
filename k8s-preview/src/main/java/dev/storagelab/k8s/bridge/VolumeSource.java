package dev.storagelab.k8s.bridge;

import io.fabric8.kubernetes.api.model.CSIPersistentVolumeSource;
import io.fabric8.kubernetes.api.model.HostPathVolumeSource;
import io.fabric8.kubernetes.api.model.LocalVolumeSource;
import io.fabric8.kubernetes.api.model.NFSVolumeSource;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.PersistentVolumeSpecBuilder;
import io.fabric8.kubernetes.api.model.VolumeNodeAffinityBuilder;
import java.util.List;

/**
 * Where a PersistentVolume's data is: a host directory, a node's local directory, an NFS export, a
 * CSI driver's volume; with the mount options it needs.
 */
@FunctionalInterface
interface VolumeSource {

  /** The spec with this source set. */
  PersistentVolumeSpecBuilder fill(PersistentVolumeSpecBuilder spec);

  static VolumeSource hostPath(String path, String type) {
    return spec -> spec.withHostPath(new HostPathVolumeSource(path, type));
  }

  /** A local directory of one node, the volume pinned to it. */
  static VolumeSource local(String path, String node) {
    return spec ->
        spec.withLocal(new LocalVolumeSource(null, path))
            .withNodeAffinity(
                new VolumeNodeAffinityBuilder()
                    .withNewRequired()
                    .addNewNodeSelectorTerm()
                    .withMatchExpressions(
                        new NodeSelectorRequirement("kubernetes.io/hostname", "In", List.of(node)))
                    .endNodeSelectorTerm()
                    .endRequired()
                    .build());
  }

  static VolumeSource nfs(NFSVolumeSource nfs, List<String> mountOptions) {
    return spec -> withOptions(spec, mountOptions).withNfs(nfs);
  }

  static VolumeSource csi(CSIPersistentVolumeSource csi, List<String> mountOptions) {
    return spec -> withOptions(spec, mountOptions).withCsi(csi);
  }

  private static PersistentVolumeSpecBuilder withOptions(
      PersistentVolumeSpecBuilder spec, List<String> mountOptions) {
    return mountOptions.isEmpty() ? spec : spec.withMountOptions(mountOptions);
  }
}
