package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.Mount;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeSpecBuilder;
import java.util.List;
import java.util.Optional;

/**
 * A PersistentVolume made for one Docker volume and the claim bound to exactly it: an empty class
 * (or the one asked for), {@code volumeName} and {@code claimRef} naming each other, Retain.
 *
 * @param volume the PersistentVolume's manifest
 * @param claim the claim's manifest
 */
record BoundClaim(Manifest volume, Manifest claim) {

  /**
   * The pair.
   *
   * @param dockerName the Docker volume's name (or bind source)
   * @param claimName the claim's name
   * @param volumeName the PersistentVolume's name
   * @param reason why the volume maps this way, for its comment
   */
  static BoundClaim of(
      String dockerName,
      Mount mount,
      String claimName,
      String volumeName,
      Capacity capacity,
      String mode,
      String reason,
      VolumeSource source,
      BridgeOptions options) {
    String storageClass = options.storageClass().orElse("");
    PersistentVolume pv =
        new PersistentVolumeBuilder()
            .withMetadata(Meta.of(volumeName, null, dockerName, mount))
            .withSpec(
                source
                    .fill(
                        new PersistentVolumeSpecBuilder()
                            .addToCapacity("storage", capacity.quantity())
                            .withAccessModes(mode)
                            .withPersistentVolumeReclaimPolicy("Retain")
                            .withStorageClassName(storageClass)
                            .withVolumeMode("Filesystem")
                            .withNewClaimRef()
                            .withNamespace(options.namespace())
                            .withName(claimName)
                            .endClaimRef())
                    .build())
            .build();
    PersistentVolumeClaim pvc =
        new PersistentVolumeClaimBuilder()
            .withMetadata(Meta.of(claimName, options.namespace(), dockerName, mount))
            .withNewSpec()
            .withAccessModes(mode)
            .withStorageClassName(storageClass)
            .withVolumeName(volumeName)
            .withVolumeMode("Filesystem")
            .withNewResources()
            .addToRequests("storage", capacity.quantity())
            .endResources()
            .endSpec()
            .build();
    return new BoundClaim(
        new Manifest(
            pv,
            List.of(
                "From Docker: "
                    + mount.type().word()
                    + " "
                    + dockerName
                    + " ("
                    + Redact.flag(mount)
                    + ").",
                "Why: " + reason)),
        new Manifest(
            pvc,
            List.of(
                "From Docker: " + mount.type().word() + " " + dockerName + ".",
                "Why: binds to exactly the PersistentVolume "
                    + volumeName
                    + " (volumeName, claimRef, class \""
                    + storageClass
                    + "\"), so no default class provisions something else.")));
  }

  /** What a pod mounts: the claim, described as bound to its volume. */
  PodSource.Claim podSource(String boundTo) {
    PersistentVolumeClaim pvc = (PersistentVolumeClaim) claim.object();
    String name = pvc.getMetadata().getName();
    return new PodSource.Claim(name, "PersistentVolumeClaim " + name + boundTo, pvc.getSpec());
  }

  /** The volume's share of a plan: the pair, its credentials' Secret if any, what a pod mounts. */
  VolumeClaim toVolumeClaim(
      String boundTo, String reason, List<String> warnings, Optional<Manifest> secret) {
    return new VolumeClaim(
        podSource(boundTo),
        reason,
        warnings,
        List.of(),
        Optional.empty(),
        secret,
        Optional.of(volume),
        Optional.of(claim));
  }
}
