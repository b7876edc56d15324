package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.k8s.naming.KubeNames;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeFluent;
import java.util.ArrayList;
import java.util.List;

/** Collects the storage objects of a plan, in the order {@code kubectl apply} needs them. */
final class ClaimSink {

  private final BridgeOptions options;
  private final KubeNames volumeNames = new KubeNames();
  final List<Manifest> classes = new ArrayList<>();
  private final List<Manifest> secrets = new ArrayList<>();
  final List<Manifest> volumes = new ArrayList<>();
  final List<Manifest> claims = new ArrayList<>();

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

  void addVolumeAndClaim(
      String dockerName,
      Mount mount,
      String claim,
      Capacity capacity,
      String mode,
      String reason,
      java.util.function.UnaryOperator<
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
    claims.add(
        new Manifest(
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
                .build(),
            List.of(
                "From Docker: " + mount.type().word() + " " + dockerName + ".",
                "Why: binds to exactly the PersistentVolume "
                    + pvName
                    + " (volumeName, claimRef, class \""
                    + storageClass
                    + "\"), so no default class provisions something else.")));
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

  /** What the learner should know when several workloads share one claim. */
  static void shared(String name, int users, String mode, List<String> warnings) {
    if (users < 2) {
      return;
    }
    warnings.add(
        "shared by "
            + users
            + " workloads through one claim: "
            + (mode.equals("ReadWriteMany")
                ? "ReadWriteMany, so pods on any node can share it"
                : mode
                    + " lets pods share it only on one node; across nodes it needs ReadWriteMany"
                    + " storage (NFS, a file CSI driver)"));
  }
}
