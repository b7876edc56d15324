package dev.storagelab.k8s.bridge;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The CSI driver that serves the same storage as a Docker volume plugin. */
final class VolumeDrivers {

  private static final Map<String, String> CSI =
      Map.ofEntries(
          Map.entry("ebs", "ebs.csi.aws.com"),
          Map.entry("rexray/ebs", "ebs.csi.aws.com"),
          Map.entry("cloudstor:aws", "efs.csi.aws.com"),
          Map.entry("efs", "efs.csi.aws.com"),
          Map.entry("rexray/efs", "efs.csi.aws.com"),
          Map.entry("gce-pd", "pd.csi.storage.gke.io"),
          Map.entry("gcepd", "pd.csi.storage.gke.io"),
          Map.entry("rexray/gcepd", "pd.csi.storage.gke.io"),
          Map.entry("azurefile", "file.csi.azure.com"),
          Map.entry("azure_file", "file.csi.azure.com"),
          Map.entry("cloudstor:azure", "file.csi.azure.com"),
          Map.entry("azuredisk", "disk.csi.azure.com"),
          Map.entry("vsphere", "csi.vsphere.vmware.com"),
          Map.entry("vmware/vsphere-storage-for-docker", "csi.vsphere.vmware.com"),
          Map.entry("pxd", "pxd.portworx.com"),
          Map.entry("portworx", "pxd.portworx.com"),
          Map.entry("portworx/pxd", "pxd.portworx.com"),
          Map.entry("netapp", "csi.trident.netapp.io"),
          Map.entry("trident", "csi.trident.netapp.io"),
          Map.entry("rbd", "rbd.csi.ceph.com"),
          Map.entry("cephfs", "cephfs.csi.ceph.com"));

  private VolumeDrivers() {}

  /** The CSI driver for a Docker volume driver (a plugin's {@code :latest} tag ignored). */
  static Optional<String> csi(String dockerDriver) {
    String name = dockerDriver.toLowerCase(Locale.ROOT).replaceFirst(":latest$", "");
    return Optional.ofNullable(CSI.get(name));
  }
}
