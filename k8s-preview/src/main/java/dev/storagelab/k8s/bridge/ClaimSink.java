package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.k8s.naming.KubeNames;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.PersistentVolumeFluent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Collects the storage objects of a plan, in the order {@code kubectl apply} needs them. */
final class ClaimSink {

  private final BridgeOptions options;
  private final KubeNames volumeNames = new KubeNames();
  private final List<Manifest> classes = new ArrayList<>();
  private final List<Manifest> secrets = new ArrayList<>();
  private final List<Manifest> volumes = new ArrayList<>();
  private final List<Manifest> claims = new ArrayList<>();

  ClaimSink(BridgeOptions options) {
    this.options = options;
  }

  List<Manifest> manifests() {
    List<Manifest> all = new ArrayList<>(classes);
    all.addAll(secrets);
    all.addAll(volumes);
    all.addAll(claims);
    return all;
  }

  /** A StorageClass, applied before anything that names it. */
  void addClass(Manifest storageClass) {
    classes.add(storageClass);
  }

  /** A claim with no PersistentVolume made for it: a class provisions its volume. */
  void addClaim(Manifest claim) {
    claims.add(claim);
  }

  /** A named volume's PersistentVolume and the claim bound to exactly it. */
  PersistentVolumeClaimSpec addVolumeAndClaim(
      ClaimRequest request,
      Capacity capacity,
      String mode,
      String reason,
      UnaryOperator<
              PersistentVolumeFluent<PersistentVolumeBuilder>.SpecNested<PersistentVolumeBuilder>>
          source) {
    return addVolumeAndClaim(
        request.name(), request.mount(), request.claim(), capacity, mode, reason, source);
  }

  /**
   * A PersistentVolume and the claim bound to exactly it.
   *
   * @param source fills in the volume's source (hostPath, nfs, csi...)
   * @return the claim's spec
   */
  PersistentVolumeClaimSpec addVolumeAndClaim(
      String dockerName,
      Mount mount,
      String claim,
      Capacity capacity,
      String mode,
      String reason,
      UnaryOperator<
              PersistentVolumeFluent<PersistentVolumeBuilder>.SpecNested<PersistentVolumeBuilder>>
          source) {
    String pvName = volumeNames.unique(options.namespace() + "-" + claim, "pv");
    String storageClass = options.storageClass().orElse("");
    PersistentVolume pv =
        source
            .apply(
                new PersistentVolumeBuilder()
                    .withMetadata(Meta.of(pvName, null, dockerName, mount))
                    .withNewSpec()
                    .addToCapacity("storage", capacity.quantity())
                    .withAccessModes(mode)
                    .withPersistentVolumeReclaimPolicy("Retain")
                    .withStorageClassName(storageClass)
                    .withVolumeMode("Filesystem")
                    .withNewClaimRef()
                    .withNamespace(options.namespace())
                    .withName(claim)
                    .endClaimRef())
            .endSpec()
            .build();
    volumes.add(
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
                "Why: " + reason)));
    PersistentVolumeClaim pvc =
        new PersistentVolumeClaimBuilder()
            .withMetadata(Meta.of(claim, options.namespace(), dockerName, mount))
            .withNewSpec()
            .withAccessModes(mode)
            .withStorageClassName(storageClass)
            .withVolumeName(pvName)
            .withVolumeMode("Filesystem")
            .withNewResources()
            .addToRequests("storage", capacity.quantity())
            .endResources()
            .endSpec()
            .build();
    claims.add(
        new Manifest(
            pvc,
            List.of(
                "From Docker: " + mount.type().word() + " " + dockerName + ".",
                "Why: binds to exactly the PersistentVolume "
                    + pvName
                    + " (volumeName, claimRef, class \""
                    + storageClass
                    + "\"), so no default class provisions something else.")));
    return pvc.getSpec();
  }

  /**
   * The Secret a volume's credentials go to instead of its manifests: named for the claim, in the
   * claim's namespace, holding placeholders.
   */
  CredentialSecret secret(String dockerName, String claim, List<String> keys) {
    CredentialSecret secret =
        new CredentialSecret(
            volumeNames.unique(claim + "-credentials", ""), options.namespace(), keys);
    secrets.add(secret.manifest(dockerName));
    return secret;
  }
}
