package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.Credentials;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.k8s.naming.KubeNames;
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
    Credentials.Split options = Credentials.split(mount.driverOptions().getOrDefault("o", ""));
    List<String> mountOptions =
        options.open().stream()
            .filter(o -> !o.startsWith("addr=") && !o.startsWith("username="))
            .toList();
    boolean login =
        !options.secret().isEmpty()
            || options.open().stream().anyMatch(o -> o.startsWith("username="));
    Optional<CredentialSecret> secret =
        login
            ? Optional.of(sink.secret(name, claim, List.of("username", "password")))
            : Optional.empty();
    secret.ifPresent(s -> warnings.add(s.note(name)));
    Capacity capacity = Capacity.of(this.options.size(), OptionalLong.empty());
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
                .withVolumeAttributes(Map.of("source", share))
                .withNodeStageSecretRef(secret.map(this::reference).orElse(null))
                .withReadOnly(mount.readOnly() ? true : null)
                .endCsi());
    return new ClaimMapper.Claim(
        claim,
        "PersistentVolumeClaim " + claim + " → SMB CSI PersistentVolume " + share,
        reason,
        warnings,
        null);
  }

  private SecretReference reference(CredentialSecret secret) {
    return new SecretReference(secret.name(), secret.namespace());
  }

  ClaimMapper.Claim nfsClaim(VolumeMount mount, String claim, int users, List<String> warnings) {
    String name = mount.name().orElseThrow();
    NfsOptions nfs = NfsOptions.parse(mount.driverOptions());
    if (!nfs.credentials().isEmpty()) {
      warnings.add(
          "the NFS mount options of volume "
              + name
              + " held credentials ("
              + String.join(", ", nfs.credentials())
              + "): Kubernetes' nfs volume takes no Secret, so they are left out; give the nodes"
              + " access another way (Kerberos, an export for the nodes) or use a CSI driver");
    }
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
      return unknownPlugin(mount, claim, mode, capacity, warnings);
    }
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
    Optional<CredentialSecret> secret =
        secretKeys.isEmpty() ? Optional.empty() : Optional.of(sink.secret(name, claim, secretKeys));
    secret.ifPresent(s -> warnings.add(s.note(name)));
    Plugin plugin = new Plugin(mount, claim, mode, capacity, csi.get(), open, secret, warnings);
    return options.dynamic() ? dynamicClaim(plugin) : csiVolume(plugin);
  }

  private ClaimMapper.Claim unknownPlugin(
      VolumeMount mount, String claim, String mode, Capacity capacity, List<String> warnings) {
    String name = mount.name().orElseThrow();
    warnings.add(
        "no Kubernetes match for volume driver '"
            + mount.driver()
            + "': set storageClassName to a class of the matching CSI driver, or write its PersistentVolume");
    sink.claims.add(
        new Manifest(
            claim(mount, claim, mode, capacity, options.storageClass().orElse(null)),
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

  private ClaimMapper.Claim dynamicClaim(Plugin plugin) {
    VolumeMount mount = plugin.mount();
    String name = mount.name().orElseThrow();
    String className =
        options.storageClass().orElse(KubeNames.label(plugin.driver().replace('.', '-')));
    Map<String, String> parameters = new LinkedHashMap<>(plugin.open());
    plugin
        .secret()
        .ifPresent(
            s -> {
              for (String use : List.of("provisioner", "node-stage", "node-publish")) {
                parameters.put("csi.storage.k8s.io/" + use + "-secret-name", s.name());
                parameters.put("csi.storage.k8s.io/" + use + "-secret-namespace", s.namespace());
              }
            });
    sink.classes.add(
        new Manifest(
            new StorageClassBuilder()
                .withNewMetadata()
                .withName(className)
                .addToLabels(Meta.MANAGED_BY, "storage-lab")
                .addToAnnotations(Meta.DOCKER_NAME, mount.driver())
                .endMetadata()
                .withProvisioner(plugin.driver())
                .withParameters(parameters)
                .withReclaimPolicy("Retain")
                .withVolumeBindingMode("WaitForFirstConsumer")
                .build(),
            List.of(
                "From Docker: volume driver " + mount.driver() + ".",
                "Why: --dynamic; the CSI driver "
                    + plugin.driver()
                    + " provisions a new volume per claim; Retain keeps it like a Docker volume.")));
    String reason =
        "the plugin "
            + mount.driver()
            + " is served by CSI driver "
            + plugin.driver()
            + "; --dynamic: a StorageClass with that provisioner creates the volume for the claim (a new, empty one: copy the data over); "
            + plugin.capacity().why();
    sink.claims.add(
        new Manifest(
            claim(mount, plugin.claim(), plugin.mode(), plugin.capacity(), className),
            List.of(
                "From Docker: volume " + name + " (driver " + mount.driver() + ").",
                "Why: " + reason)));
    return new ClaimMapper.Claim(
        plugin.claim(),
        "PersistentVolumeClaim " + plugin.claim() + " (StorageClass " + className + ")",
        reason,
        plugin.warnings(),
        null);
  }

  private ClaimMapper.Claim csiVolume(Plugin plugin) {
    VolumeMount mount = plugin.mount();
    String name = mount.name().orElseThrow();
    String reason =
        "the plugin "
            + mount.driver()
            + " is served by CSI driver "
            + plugin.driver()
            + ": a CSI PersistentVolume for the existing volume, bound to exactly this claim; set volumeHandle to the backend's volume ID; Retain; "
            + plugin.capacity().why();
    plugin
        .warnings()
        .add(
            "volumeHandle is the Docker volume name; replace it with the storage backend's volume ID");
    sink.addVolumeAndClaim(
        name,
        mount,
        plugin.claim(),
        plugin.capacity(),
        plugin.mode(),
        reason,
        pv ->
            pv.withNewCsi()
                .withDriver(plugin.driver())
                .withVolumeHandle(name)
                .withVolumeAttributes(plugin.open())
                .withNodePublishSecretRef(plugin.secret().map(this::reference).orElse(null))
                .withReadOnly(mount.readOnly() ? true : null)
                .endCsi());
    return new ClaimMapper.Claim(
        plugin.claim(),
        "PersistentVolumeClaim "
            + plugin.claim()
            + " → CSI PersistentVolume ("
            + plugin.driver()
            + ")",
        reason,
        plugin.warnings(),
        null);
  }

  private PersistentVolumeClaim claim(
      VolumeMount mount, String claim, String mode, Capacity capacity, String storageClass) {
    return new PersistentVolumeClaimBuilder()
        .withMetadata(Meta.of(claim, options.namespace(), mount.name().orElseThrow(), mount))
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
   * A volume plugin's volume on its way to a claim.
   *
   * @param mount the Docker mount
   * @param claim the claim's name
   * @param mode the access mode
   * @param capacity the capacity
   * @param driver the CSI driver
   * @param open the options that may go into the manifests
   * @param secret the Secret the credentials went to, if there were any
   * @param warnings what the learner must know, added to as the claim is made
   */
  private record Plugin(
      VolumeMount mount,
      String claim,
      String mode,
      Capacity capacity,
      String driver,
      Map<String, String> open,
      Optional<CredentialSecret> secret,
      List<String> warnings) {}
}
