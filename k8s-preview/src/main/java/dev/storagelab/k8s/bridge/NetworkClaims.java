package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.k8s.naming.KubeNames;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Claims for volumes on the network: NFS through the local driver, and volume plugins. */
final class NetworkClaims {

  private final BridgeOptions options;
  private final ClaimSink sink;

  NetworkClaims(BridgeOptions options, ClaimSink sink) {
    this.options = options;
    this.sink = sink;
  }

  /**
   * A {@code local} volume of type cifs: the same share through the SMB CSI driver. Credentials in
   * the options are left out of the manifest: they belong in a Secret.
   */
  ClaimMapper.Claim cifsClaim(VolumeMount mount, String claim, int users, List<String> warnings) {
    String name = mount.name().orElseThrow();
    String share = mount.driverOptions().getOrDefault("device", "");
    List<String> mountOptions = new java.util.ArrayList<>();
    for (String option : mount.driverOptions().getOrDefault("o", "").split(",")) {
      if (option.startsWith("username=") || option.startsWith("password=")) {
        warnings.add(
            "the CIFS credentials are not copied: put them in a Secret and set csi.nodeStageSecretRef");
      } else if (!option.isBlank() && !option.startsWith("addr=")) {
        mountOptions.add(option);
      }
    }
    Capacity capacity = Capacity.of(options.size(), java.util.OptionalLong.empty());
    String reason =
        "a local volume with type=cifs mounts the SMB share "
            + share
            + ": a CSI PersistentVolume of the SMB driver (smb.csi.k8s.io) for the same share, ReadWriteMany; Retain; "
            + capacity.why();
    ClaimSink.shared(name, users, "ReadWriteMany", warnings);
    sink.addVolumeAndClaim(
        name,
        mount,
        claim,
        capacity,
        "ReadWriteMany",
        reason,
        pv ->
            pv.withMountOptions(mountOptions)
                .withNewCsi()
                .withDriver("smb.csi.k8s.io")
                .withVolumeHandle(share.replaceFirst("^//", "") + "#" + name)
                .withVolumeAttributes(java.util.Map.of("source", share))
                .withReadOnly(mount.readOnly() ? true : null)
                .endCsi());
    return new ClaimMapper.Claim(
        claim,
        "PersistentVolumeClaim " + claim + " → SMB CSI PersistentVolume " + share,
        reason,
        warnings,
        null);
  }

  ClaimMapper.Claim nfsClaim(VolumeMount mount, String claim, int users, List<String> warnings) {
    String name = mount.name().orElseThrow();
    NfsOptions nfs = NfsOptions.parse(mount.driverOptions());
    Capacity capacity = Capacity.of(options.size(), OptionalLong.empty());
    String reason =
        "a local volume with type=nfs mounts "
            + nfs.server()
            + ":"
            + nfs.path()
            + ": an nfs PersistentVolume with the same export and mount options, ReadWriteMany (NFS serves every node); Retain; "
            + capacity.why();
    ClaimSink.shared(name, users, "ReadWriteMany", warnings);
    sink.addVolumeAndClaim(
        name,
        mount,
        claim,
        capacity,
        "ReadWriteMany",
        reason,
        pv ->
            pv.withMountOptions(nfs.mountOptions())
                .withNewNfs()
                .withServer(nfs.server())
                .withPath(nfs.path())
                .withReadOnly(mount.readOnly() ? true : null)
                .endNfs());
    return new ClaimMapper.Claim(
        claim,
        "PersistentVolumeClaim "
            + claim
            + " → nfs PersistentVolume "
            + nfs.server()
            + ":"
            + nfs.path(),
        reason,
        warnings,
        null);
  }

  ClaimMapper.Claim pluginClaim(VolumeMount mount, String claim, int users, List<String> warnings) {
    String name = mount.name().orElseThrow();
    Optional<String> csi = VolumeDrivers.csi(mount.driver());
    Capacity capacity = Capacity.of(options.size(), OptionalLong.empty());
    String mode =
        csi.filter(d -> d.startsWith("efs.") || d.startsWith("file.") || d.startsWith("cephfs."))
                .isPresent()
            ? "ReadWriteMany"
            : "ReadWriteOnce";
    ClaimSink.shared(name, users, mode, warnings);
    if (csi.isEmpty()) {
      warnings.add(
          "no Kubernetes match for volume driver '"
              + mount.driver()
              + "': set storageClassName to a class of the matching CSI driver, or write its PersistentVolume");
      sink.claims.add(
          new Manifest(
              new PersistentVolumeClaimBuilder()
                  .withMetadata(Meta.of(claim, options.namespace(), name, mount))
                  .withNewSpec()
                  .withAccessModes(mode)
                  .withStorageClassName(options.storageClass().orElse(null))
                  .withNewResources()
                  .addToRequests("storage", capacity.quantity())
                  .endResources()
                  .endSpec()
                  .build(),
              List.of(
                  "From Docker: volume " + name + " (driver " + mount.driver() + ").",
                  "Why: no known Kubernetes driver serves this plugin's storage; fill in a storage class.")));
      return new ClaimMapper.Claim(
          claim,
          "PersistentVolumeClaim " + claim + " (storage class to fill in)",
          "the volume plugin " + mount.driver() + " has no known CSI driver: a claim only",
          warnings,
          null);
    }
    if (options.dynamic()) {
      String className =
          options.storageClass().orElse(KubeNames.label(csi.get().replace('.', '-')));
      sink.classes.add(
          new Manifest(
              new StorageClassBuilder()
                  .withNewMetadata()
                  .withName(className)
                  .addToLabels(Meta.MANAGED_BY, "storage-lab")
                  .addToAnnotations(Meta.DOCKER_NAME, mount.driver())
                  .endMetadata()
                  .withProvisioner(csi.get())
                  .withParameters(mount.driverOptions())
                  .withReclaimPolicy("Retain")
                  .withVolumeBindingMode("WaitForFirstConsumer")
                  .build(),
              List.of(
                  "From Docker: volume driver " + mount.driver() + ".",
                  "Why: --dynamic; the CSI driver "
                      + csi.get()
                      + " provisions a new volume per claim; Retain keeps it like a Docker volume.")));
      String reason =
          "the plugin "
              + mount.driver()
              + " is served by CSI driver "
              + csi.get()
              + "; --dynamic: a StorageClass with that provisioner creates the volume for the claim (a new, empty one: copy the data over); "
              + capacity.why();
      sink.claims.add(
          new Manifest(
              new PersistentVolumeClaimBuilder()
                  .withMetadata(Meta.of(claim, options.namespace(), name, mount))
                  .withNewSpec()
                  .withAccessModes(mode)
                  .withStorageClassName(className)
                  .withNewResources()
                  .addToRequests("storage", capacity.quantity())
                  .endResources()
                  .endSpec()
                  .build(),
              List.of(
                  "From Docker: volume " + name + " (driver " + mount.driver() + ").",
                  "Why: " + reason)));
      return new ClaimMapper.Claim(
          claim,
          "PersistentVolumeClaim " + claim + " (StorageClass " + className + ")",
          reason,
          warnings,
          null);
    }
    String reason =
        "the plugin "
            + mount.driver()
            + " is served by CSI driver "
            + csi.get()
            + ": a CSI PersistentVolume for the existing volume, bound to exactly this claim; set volumeHandle to the backend's volume ID; Retain; "
            + capacity.why();
    warnings.add(
        "volumeHandle is the Docker volume name; replace it with the storage backend's volume ID");
    sink.addVolumeAndClaim(
        name,
        mount,
        claim,
        capacity,
        mode,
        reason,
        pv ->
            pv.withNewCsi()
                .withDriver(csi.get())
                .withVolumeHandle(name)
                .withVolumeAttributes(mount.driverOptions())
                .withReadOnly(mount.readOnly() ? true : null)
                .endCsi());
    return new ClaimMapper.Claim(
        claim,
        "PersistentVolumeClaim " + claim + " → CSI PersistentVolume (" + csi.get() + ")",
        reason,
        warnings,
        null);
  }
}
