package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.Credentials;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.k8s.naming.KubeNames;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.SecretReference;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Claims for volumes on the network: NFS and SMB through the local driver, and volume plugins. */
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
  ClaimMapper.Claim cifsClaim(ClaimPlan.Cifs plan, ClaimRequest request) {
    VolumeMount mount = request.mount();
    String name = request.name();
    String share = plan.share();
    Credentials.Split split = Credentials.split(mount.driverOptions().getOrDefault("o", ""));
    List<String> mountOptions =
        split.open().stream()
            .filter(o -> !o.startsWith("addr=") && !o.startsWith("username="))
            .toList();
    boolean login =
        !split.secret().isEmpty() || split.open().stream().anyMatch(o -> o.startsWith("username="));
    Optional<CredentialSecret> secret =
        secretFor(request, login ? List.of("username", "password") : List.of());
    Capacity capacity = Capacity.of(options.size(), OptionalLong.empty());
    String reason =
        "a local volume with type=cifs mounts the SMB share "
            + share
            + ": a CSI PersistentVolume of the SMB driver (smb.csi.k8s.io) for the same share, ReadWriteMany; Retain; "
            + capacity.why();
    request.noteSharing(ClaimPlan.READ_WRITE_MANY);
    PersistentVolumeClaimSpec spec =
        sink.addVolumeAndClaim(
            request,
            capacity,
            ClaimPlan.READ_WRITE_MANY,
            reason,
            pv ->
                pv.withMountOptions(mountOptions)
                    .withNewCsi()
                    .withDriver("smb.csi.k8s.io")
                    .withVolumeHandle(share.replaceFirst("^//", "") + "#" + name)
                    .withVolumeAttributes(Map.of("source", share))
                    .withNodeStageSecretRef(secret.map(NetworkClaims::reference).orElse(null))
                    .withReadOnly(mount.readOnly() ? true : null)
                    .endCsi());
    return claimed(request, " → SMB CSI PersistentVolume " + share, reason, spec);
  }

  ClaimMapper.Claim nfsClaim(ClaimPlan.Nfs plan, ClaimRequest request) {
    NfsOptions nfs = plan.nfs();
    String name = request.name();
    if (!nfs.credentials().isEmpty()) {
      request
          .warnings()
          .add(
              "the NFS mount options of volume "
                  + name
                  + " held credentials ("
                  + String.join(", ", nfs.credentials())
                  + "): Kubernetes' nfs volume takes no Secret, so they are left out; give the"
                  + " nodes access another way (Kerberos, an export for the nodes) or use a CSI"
                  + " driver");
    }
    Capacity capacity = Capacity.of(options.size(), OptionalLong.empty());
    String export = nfs.server() + ":" + nfs.path();
    String reason =
        "a local volume with type=nfs mounts "
            + export
            + ": an nfs PersistentVolume with the same export and mount options, ReadWriteMany (NFS serves every node); Retain; "
            + capacity.why();
    request.noteSharing(ClaimPlan.READ_WRITE_MANY);
    PersistentVolumeClaimSpec spec =
        sink.addVolumeAndClaim(
            request,
            capacity,
            ClaimPlan.READ_WRITE_MANY,
            reason,
            pv ->
                pv.withMountOptions(nfs.mountOptions())
                    .withNewNfs()
                    .withServer(nfs.server())
                    .withPath(nfs.path())
                    .withReadOnly(request.mount().readOnly() ? true : null)
                    .endNfs());
    return claimed(request, " → nfs PersistentVolume " + export, reason, spec);
  }

  /** A CSI PersistentVolume for the plugin's existing volume, bound to exactly the claim. */
  ClaimMapper.Claim csiClaim(ClaimPlan.Csi plan, ClaimRequest request) {
    request.noteSharing(plan.mode());
    PluginOptions plugin = PluginOptions.of(request.mount());
    Optional<CredentialSecret> secret = secretFor(request, plugin.secretKeys());
    VolumeMount mount = request.mount();
    String name = request.name();
    Capacity capacity = Capacity.of(options.size(), OptionalLong.empty());
    String reason =
        "the plugin "
            + mount.driver()
            + " is served by CSI driver "
            + plan.driver()
            + ": a CSI PersistentVolume for the existing volume, bound to exactly this claim; set volumeHandle to the backend's volume ID; Retain; "
            + capacity.why();
    request
        .warnings()
        .add(
            "volumeHandle is the Docker volume name; replace it with the storage backend's volume ID");
    PersistentVolumeClaimSpec spec =
        sink.addVolumeAndClaim(
            request,
            capacity,
            plan.mode(),
            reason,
            pv ->
                pv.withNewCsi()
                    .withDriver(plan.driver())
                    .withVolumeHandle(name)
                    .withVolumeAttributes(plugin.open())
                    .withNodePublishSecretRef(secret.map(NetworkClaims::reference).orElse(null))
                    .withReadOnly(mount.readOnly() ? true : null)
                    .endCsi());
    return claimed(request, " → CSI PersistentVolume (" + plan.driver() + ")", reason, spec);
  }

  /**
   * A claim a StorageClass provisions: one of the CSI driver's, or, for a plugin no known driver
   * serves, a class the user fills in.
   */
  ClaimMapper.Claim dynamicClaim(ClaimPlan.Dynamic plan, ClaimRequest request) {
    request.noteSharing(plan.mode());
    VolumeMount mount = request.mount();
    Capacity capacity = Capacity.of(options.size(), OptionalLong.empty());
    if (plan.driver().isEmpty()) {
      request
          .warnings()
          .add(
              "no Kubernetes match for volume driver '"
                  + mount.driver()
                  + "': set storageClassName to a class of the matching CSI driver, or write its PersistentVolume");
      PersistentVolumeClaim pvc =
          claim(request, plan.mode(), capacity, options.storageClass().orElse(null));
      sink.addClaim(
          new Manifest(
              pvc,
              List.of(
                  "From Docker: volume " + request.name() + " (driver " + mount.driver() + ").",
                  "Why: no known Kubernetes driver serves this plugin's storage; fill in a storage class.")));
      return new ClaimMapper.Claim(
          new PodSource.Claim(
              request.claim(),
              "PersistentVolumeClaim " + request.claim() + " (storage class to fill in)",
              pvc.getSpec()),
          "the volume plugin " + mount.driver() + " has no known CSI driver: a claim only",
          request.warnings());
    }
    String driver = plan.driver().get();
    PluginOptions plugin = PluginOptions.of(mount);
    Optional<CredentialSecret> secret = secretFor(request, plugin.secretKeys());
    String className = options.storageClass().orElse(KubeNames.label(driver.replace('.', '-')));
    Map<String, String> parameters = new LinkedHashMap<>(plugin.open());
    secret.ifPresent(
        s -> {
          for (String use : List.of("provisioner", "node-stage", "node-publish")) {
            parameters.put("csi.storage.k8s.io/" + use + "-secret-name", s.name());
            parameters.put("csi.storage.k8s.io/" + use + "-secret-namespace", s.namespace());
          }
        });
    sink.addClass(
        new Manifest(
            new StorageClassBuilder()
                .withNewMetadata()
                .withName(className)
                .addToLabels(Meta.MANAGED_BY, "storage-lab")
                .addToAnnotations(Meta.DOCKER_NAME, mount.driver())
                .endMetadata()
                .withProvisioner(driver)
                .withParameters(parameters)
                .withReclaimPolicy("Retain")
                .withVolumeBindingMode("WaitForFirstConsumer")
                .build(),
            List.of(
                "From Docker: volume driver " + mount.driver() + ".",
                "Why: --dynamic; the CSI driver "
                    + driver
                    + " provisions a new volume per claim; Retain keeps it like a Docker volume.")));
    String reason =
        "the plugin "
            + mount.driver()
            + " is served by CSI driver "
            + driver
            + "; --dynamic: a StorageClass with that provisioner creates the volume for the claim (a new, empty one: copy the data over); "
            + capacity.why();
    PersistentVolumeClaim pvc = claim(request, plan.mode(), capacity, className);
    sink.addClaim(
        new Manifest(
            pvc,
            List.of(
                "From Docker: volume " + request.name() + " (driver " + mount.driver() + ").",
                "Why: " + reason)));
    return new ClaimMapper.Claim(
        new PodSource.Claim(
            request.claim(),
            "PersistentVolumeClaim " + request.claim() + " (StorageClass " + className + ")",
            pvc.getSpec()),
        reason,
        request.warnings());
  }

  /** The Secret the credentials go to, when there are any, noted in the request's warnings. */
  private Optional<CredentialSecret> secretFor(ClaimRequest request, List<String> keys) {
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    CredentialSecret secret = sink.secret(request.name(), request.claim(), keys);
    request.warnings().add(secret.note(request.name()));
    return Optional.of(secret);
  }

  private static ClaimMapper.Claim claimed(
      ClaimRequest request, String boundTo, String reason, PersistentVolumeClaimSpec spec) {
    return new ClaimMapper.Claim(
        new PodSource.Claim(
            request.claim(), "PersistentVolumeClaim " + request.claim() + boundTo, spec),
        reason,
        request.warnings());
  }

  private static SecretReference reference(CredentialSecret secret) {
    return new SecretReference(secret.name(), secret.namespace());
  }

  private PersistentVolumeClaim claim(
      ClaimRequest request, String mode, Capacity capacity, String storageClass) {
    return new PersistentVolumeClaimBuilder()
        .withMetadata(
            Meta.of(request.claim(), options.namespace(), request.name(), request.mount()))
        .withNewSpec()
        .withAccessModes(mode)
        .withStorageClassName(storageClass)
        .withNewResources()
        .addToRequests("storage", capacity.quantity())
        .endResources()
        .endSpec()
        .build();
  }

  /**
   * A plugin's driver options, split by the credential rule.
   *
   * @param open the options that may go into the manifests
   * @param secretKeys the keys of those that go to a Secret
   */
  private record PluginOptions(Map<String, String> open, List<String> secretKeys) {

    static PluginOptions of(VolumeMount mount) {
      Map<String, String> open = new LinkedHashMap<>();
      List<String> secretKeys = new ArrayList<>();
      mount
          .driverOptions()
          .forEach(
              (key, value) -> {
                if (Credentials.holdsSecret(key, value)) {
                  secretKeys.add(key);
                } else {
                  open.put(key, value);
                }
              });
      return new PluginOptions(open, secretKeys);
    }
  }
}
