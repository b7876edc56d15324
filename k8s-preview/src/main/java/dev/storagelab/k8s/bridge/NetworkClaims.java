package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.Credentials;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.k8s.naming.KubeNames;
import io.fabric8.kubernetes.api.model.CSIPersistentVolumeSourceBuilder;
import io.fabric8.kubernetes.api.model.NFSVolumeSourceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.SecretReference;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Claims for volumes on the network: NFS and SMB through the local driver, and volume plugins. Each
 * kind of plan is one function from the request to the {@link VolumeClaim} it becomes.
 */
final class NetworkClaims {

  private final BridgeOptions options;
  private final KubeNames objectNames;

  /**
   * @param objectNames the names of the plan's PersistentVolumes and Secrets, kept distinct
   */
  NetworkClaims(BridgeOptions options, KubeNames objectNames) {
    this.options = options;
    this.objectNames = objectNames;
  }

  /**
   * A {@code local} volume of type cifs: the same share through the SMB CSI driver. Credentials in
   * the options are left out of the manifest: they belong in a Secret.
   */
  VolumeClaim cifs(ClaimPlan.Cifs plan, ClaimRequest request) {
    VolumeMount mount = request.mount();
    String share = plan.share();
    Credentials.Split split = Credentials.split(mount.driverOptions().getOrDefault("o", ""));
    List<String> mountOptions =
        split.open().stream()
            .filter(o -> !o.startsWith("addr=") && !o.startsWith("username="))
            .toList();
    boolean login =
        !split.secret().isEmpty() || split.open().stream().anyMatch(o -> o.startsWith("username="));
    List<String> warnings = new ArrayList<>();
    Optional<CredentialSecret> secret =
        secretFor(request, login ? List.of("username", "password") : List.of());
    secret.ifPresent(s -> warnings.add(s.note(request.name())));
    request.sharing(ClaimPlan.READ_WRITE_MANY).ifPresent(warnings::add);
    Capacity capacity = Capacity.of(options.size(), OptionalLong.empty());
    String reason =
        "a local volume with type=cifs mounts the SMB share "
            + share
            + ": a CSI PersistentVolume of the SMB driver (smb.csi.k8s.io) for the same share, ReadWriteMany; Retain; "
            + capacity.why();
    VolumeSource source =
        VolumeSource.csi(
            new CSIPersistentVolumeSourceBuilder()
                .withDriver("smb.csi.k8s.io")
                .withVolumeHandle(share.replaceFirst("^//", "") + "#" + request.name())
                .withVolumeAttributes(Map.of("source", share))
                .withNodeStageSecretRef(secret.map(NetworkClaims::reference).orElse(null))
                .withReadOnly(mount.readOnly() ? true : null)
                .build(),
            mountOptions);
    return bound(request, capacity, ClaimPlan.READ_WRITE_MANY, reason, source)
        .toVolumeClaim(
            " → SMB CSI PersistentVolume " + share,
            reason,
            warnings,
            secret.map(s -> s.manifest(request.name())));
  }

  /** A {@code local} volume of type nfs: an nfs PersistentVolume of the same export. */
  VolumeClaim nfs(ClaimPlan.Nfs plan, ClaimRequest request) {
    NfsOptions nfs = plan.nfs();
    List<String> warnings = new ArrayList<>();
    if (!nfs.credentials().isEmpty()) {
      warnings.add(
          "the NFS mount options of volume "
              + request.name()
              + " held credentials ("
              + String.join(", ", nfs.credentials())
              + "): Kubernetes' nfs volume takes no Secret, so they are left out; give the"
              + " nodes access another way (Kerberos, an export for the nodes) or use a CSI"
              + " driver");
    }
    request.sharing(ClaimPlan.READ_WRITE_MANY).ifPresent(warnings::add);
    Capacity capacity = Capacity.of(options.size(), OptionalLong.empty());
    String export = nfs.server() + ":" + nfs.path();
    String reason =
        "a local volume with type=nfs mounts "
            + export
            + ": an nfs PersistentVolume with the same export and mount options, ReadWriteMany (NFS serves every node); Retain; "
            + capacity.why();
    VolumeSource source =
        VolumeSource.nfs(
            new NFSVolumeSourceBuilder()
                .withServer(nfs.server())
                .withPath(nfs.path())
                .withReadOnly(request.mount().readOnly() ? true : null)
                .build(),
            nfs.mountOptions());
    return bound(request, capacity, ClaimPlan.READ_WRITE_MANY, reason, source)
        .toVolumeClaim(" → nfs PersistentVolume " + export, reason, warnings, Optional.empty());
  }

  /** A CSI PersistentVolume for the plugin's existing volume, bound to exactly the claim. */
  VolumeClaim csi(ClaimPlan.Csi plan, ClaimRequest request) {
    List<String> warnings = new ArrayList<>();
    request.sharing(plan.mode()).ifPresent(warnings::add);
    PluginOptions plugin = PluginOptions.of(request.mount());
    Optional<CredentialSecret> secret = secretFor(request, plugin.secretKeys());
    secret.ifPresent(s -> warnings.add(s.note(request.name())));
    VolumeMount mount = request.mount();
    Capacity capacity = Capacity.of(options.size(), OptionalLong.empty());
    String reason =
        "the plugin "
            + mount.driver()
            + " is served by CSI driver "
            + plan.driver()
            + ": a CSI PersistentVolume for the existing volume, bound to exactly this claim; set volumeHandle to the backend's volume ID; Retain; "
            + capacity.why();
    warnings.add(
        "volumeHandle is the Docker volume name; replace it with the storage backend's volume ID");
    VolumeSource source =
        VolumeSource.csi(
            new CSIPersistentVolumeSourceBuilder()
                .withDriver(plan.driver())
                .withVolumeHandle(request.name())
                .withVolumeAttributes(plugin.open())
                .withNodePublishSecretRef(secret.map(NetworkClaims::reference).orElse(null))
                .withReadOnly(mount.readOnly() ? true : null)
                .build(),
            List.of());
    return bound(request, capacity, plan.mode(), reason, source)
        .toVolumeClaim(
            " → CSI PersistentVolume (" + plan.driver() + ")",
            reason,
            warnings,
            secret.map(s -> s.manifest(request.name())));
  }

  /**
   * A claim a StorageClass provisions: one of the CSI driver's, or, for a plugin no known driver
   * serves, a class the user fills in.
   */
  VolumeClaim dynamic(ClaimPlan.Dynamic plan, ClaimRequest request) {
    List<String> warnings = new ArrayList<>();
    request.sharing(plan.mode()).ifPresent(warnings::add);
    if (plan.driver().isEmpty()) {
      return unknownDriver(plan, request, warnings);
    }
    VolumeMount mount = request.mount();
    Capacity capacity = Capacity.of(options.size(), OptionalLong.empty());
    String driver = plan.driver().get();
    PluginOptions plugin = PluginOptions.of(mount);
    Optional<CredentialSecret> secret = secretFor(request, plugin.secretKeys());
    secret.ifPresent(s -> warnings.add(s.note(request.name())));
    String className = options.storageClass().orElse(KubeNames.label(driver.replace('.', '-')));
    String reason =
        "the plugin "
            + mount.driver()
            + " is served by CSI driver "
            + driver
            + "; --dynamic: a StorageClass with that provisioner creates the volume for the claim (a new, empty one: copy the data over); "
            + capacity.why();
    PersistentVolumeClaim pvc = claim(request, plan.mode(), capacity, className);
    return provisioned(
        request,
        pvc,
        " (StorageClass " + className + ")",
        reason,
        "Why: " + reason,
        warnings,
        Optional.of(storageClass(className, driver, mount, plugin, secret)),
        secret.map(s -> s.manifest(request.name())));
  }

  /** A plugin no known CSI driver serves: a claim whose storage class the user fills in. */
  private VolumeClaim unknownDriver(
      ClaimPlan.Dynamic plan, ClaimRequest request, List<String> sharing) {
    VolumeMount mount = request.mount();
    List<String> warnings = new ArrayList<>(sharing);
    warnings.add(
        "no Kubernetes match for volume driver '"
            + mount.driver()
            + "': set storageClassName to a class of the matching CSI driver, or write its PersistentVolume");
    Capacity capacity = Capacity.of(options.size(), OptionalLong.empty());
    PersistentVolumeClaim pvc =
        claim(request, plan.mode(), capacity, options.storageClass().orElse(null));
    return provisioned(
        request,
        pvc,
        " (storage class to fill in)",
        "the volume plugin " + mount.driver() + " has no known CSI driver: a claim only",
        "Why: no known Kubernetes driver serves this plugin's storage; fill in a storage class.",
        warnings,
        Optional.empty(),
        Optional.empty());
  }

  /** A claim with no PersistentVolume made for it: a storage class provisions its volume. */
  private static VolumeClaim provisioned(
      ClaimRequest request,
      PersistentVolumeClaim pvc,
      String provisionedBy,
      String reason,
      String why,
      List<String> warnings,
      Optional<Manifest> storageClass,
      Optional<Manifest> secret) {
    return new VolumeClaim(
        new PodSource.Claim(
            request.claim(),
            "PersistentVolumeClaim " + request.claim() + provisionedBy,
            pvc.getSpec()),
        reason,
        warnings,
        List.of(),
        storageClass,
        secret,
        Optional.empty(),
        Optional.of(
            new Manifest(
                pvc,
                List.of(
                    "From Docker: volume "
                        + request.name()
                        + " (driver "
                        + request.mount().driver()
                        + ").",
                    why))));
  }

  private Manifest storageClass(
      String className,
      String driver,
      VolumeMount mount,
      PluginOptions plugin,
      Optional<CredentialSecret> secret) {
    Map<String, String> parameters = new LinkedHashMap<>(plugin.open());
    secret.ifPresent(
        s -> {
          for (String use : List.of("provisioner", "node-stage", "node-publish")) {
            parameters.put("csi.storage.k8s.io/" + use + "-secret-name", s.name());
            parameters.put("csi.storage.k8s.io/" + use + "-secret-namespace", s.namespace());
          }
        });
    return new Manifest(
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
                + " provisions a new volume per claim; Retain keeps it like a Docker volume."));
  }

  /** A PersistentVolume made for the request's volume and its claim bound to exactly it. */
  private BoundClaim bound(
      ClaimRequest request, Capacity capacity, String mode, String reason, VolumeSource source) {
    return BoundClaim.of(
        request.name(),
        request.mount(),
        request.claim(),
        objectNames.unique(options.namespace() + "-" + request.claim(), "pv"),
        capacity,
        mode,
        reason,
        source,
        options);
  }

  /**
   * The Secret the credentials go to, when there are any: named for the claim, in its namespace.
   */
  private Optional<CredentialSecret> secretFor(ClaimRequest request, List<String> keys) {
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new CredentialSecret(
            objectNames.unique(request.claim() + "-credentials", ""), options.namespace(), keys));
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
