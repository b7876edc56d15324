package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.BindMount;
import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.docker.volumes.VolumeInfo;
import dev.storagelab.k8s.naming.KubeNames;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeFluent;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The claims for named volumes (and bind mounts given {@code --as-pv}): each a
 * PersistentVolumeClaim bound to exactly one PersistentVolume made for it, or provisioned by a
 * StorageClass; made once per Docker volume, however many workloads use it.
 */
final class ClaimMapper {

  /**
   * A claim a pod can mount, or an emptyDir where the Docker volume was memory all along.
   *
   * @param name the claim's name
   * @param description what the mount became, for the mapping row
   * @param reason why
   * @param warnings what needs care
   * @param emptyDirMedium {@code Memory} when the volume maps to an emptyDir instead, else null
   */
  record Claim(
      String name,
      String description,
      String reason,
      List<String> warnings,
      String emptyDirMedium) {}

  private final BridgeOptions options;
  private final HostFacts facts;
  private final KubeNames claimNames = new KubeNames();
  private final KubeNames volumeNames = new KubeNames();
  private final Map<String, Claim> made = new HashMap<>();
  private final List<Manifest> classes = new ArrayList<>();
  private final List<Manifest> volumes = new ArrayList<>();
  private final List<Manifest> claims = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  ClaimMapper(BridgeOptions options, HostFacts facts) {
    this.options = options;
    this.facts = facts;
  }

  List<Manifest> manifests() {
    List<Manifest> all = new ArrayList<>(classes);
    all.addAll(volumes);
    all.addAll(claims);
    return all;
  }

  List<String> notes() {
    return notes;
  }

  Claim claimFor(VolumeMount mount, int users) {
    return made.computeIfAbsent(
        "volume:" + mount.name().orElseThrow(), key -> newClaim(mount, users));
  }

  Claim bindClaim(BindMount mount, String hostPathType, List<String> warnings) {
    return made.computeIfAbsent(
        "bind:" + mount.source(),
        key -> {
          String claim = claimNames.unique(mount.source(), "");
          Capacity capacity = Capacity.of(options.size(), OptionalLong.empty());
          String reason =
              "--as-pv: the bind source becomes a hostPath PersistentVolume ("
                  + hostPathType
                  + ") bound to one claim; Retain keeps the host folder";
          addVolumeAndClaim(
              mount.source(),
              mount,
              claim,
              capacity,
              "ReadWriteOnce",
              reason,
              pv ->
                  pv.withNewHostPath()
                      .withPath(mount.source())
                      .withType(hostPathType)
                      .endHostPath());
          return new Claim(
              claim,
              "PersistentVolumeClaim " + claim + " → hostPath PersistentVolume",
              reason,
              warnings,
              null);
        });
  }

  private Claim newClaim(VolumeMount mount, int users) {
    String name = mount.name().orElseThrow();
    String claim = claimNames.unique(name, "");
    List<String> warnings = new ArrayList<>();
    Map<String, String> opts = mount.driverOptions();
    if (!mount.driver().equals(VolumeMount.LOCAL)) {
      return pluginClaim(mount, claim, users, warnings);
    }
    if ("nfs".equals(opts.get("type"))) {
      return nfsClaim(mount, claim, users, warnings);
    }
    if ("tmpfs".equals(opts.get("type"))) {
      return new Claim(
          claim,
          "emptyDir (medium: Memory)",
          "a local volume of type tmpfs is memory that is emptied when unmounted: emptyDir with medium Memory, not a claim",
          warnings,
          "Memory");
    }
    return hostClaim(mount, claim, users, warnings);
  }

  private Claim hostClaim(VolumeMount mount, String claim, int users, List<String> warnings) {
    String name = mount.name().orElseThrow();
    Optional<VolumeInfo> existing = Optional.ofNullable(facts.volumes().get(name));
    String path =
        existing
            .map(VolumeInfo::mountpoint)
            .or(() -> mount.state().map(s -> s.mountpoint()))
            .orElseGet(() -> facts.dataRootOrDefault() + "/volumes/" + name + "/_data");
    boolean exists = existing.isPresent() || mount.state().isPresent();
    if (!exists) {
      notes.add(
          "Volume '"
              + name
              + "' does not exist on the engine yet: its PersistentVolume uses "
              + path
              + ", the path the engine will give it"
              + (facts.dataRoot().isEmpty()
                  ? " (no engine answered: Docker's default data root assumed)"
                  : ""));
    }
    OptionalLong size =
        existing
            .map(VolumeInfo::sizeBytes)
            .orElse(mount.state().map(s -> s.sizeBytes()).orElse(OptionalLong.empty()));
    Capacity capacity = Capacity.of(options.size(), size);
    Optional<String> bindDevice =
        Optional.ofNullable(mount.driverOptions().get("device"))
            .filter(d -> mount.driverOptions().getOrDefault("o", "").contains("bind"));
    String source = bindDevice.orElse(path);
    String type = exists || bindDevice.isPresent() ? "Directory" : "DirectoryOrCreate";
    shared(name, users, "ReadWriteOnce", warnings);
    if (!mount.driverOptions().isEmpty() && bindDevice.isEmpty()) {
      warnings.add(
          "driver options "
              + mount.driverOptions()
              + " have no Kubernetes match here; the PersistentVolume points at the volume's data directory");
    }
    String reason;
    if (options.node().isPresent()) {
      reason =
          "a local named volume is a directory on one node: a local PersistentVolume at "
              + source
              + " pinned to node "
              + options.node().get()
              + ", bound to exactly this claim (empty class, volumeName, claimRef); Retain, because a Docker volume outlives its containers; "
              + capacity.why();
      addVolumeAndClaim(
          name,
          mount,
          claim,
          capacity,
          "ReadWriteOnce",
          reason,
          pv ->
              pv.withNewLocal()
                  .withPath(source)
                  .endLocal()
                  .withNewNodeAffinity()
                  .withNewRequired()
                  .addNewNodeSelectorTerm()
                  .addNewMatchExpression()
                  .withKey("kubernetes.io/hostname")
                  .withOperator("In")
                  .withValues(options.node().get())
                  .endMatchExpression()
                  .endNodeSelectorTerm()
                  .endRequired()
                  .endNodeAffinity());
      return new Claim(
          claim,
          "PersistentVolumeClaim " + claim + " → local PersistentVolume on " + options.node().get(),
          reason,
          warnings,
          null);
    }
    reason =
        "a local named volume is a directory on this node: a hostPath PersistentVolume at "
            + source
            + " ("
            + type
            + ")"
            + ", bound to exactly this claim (empty class, volumeName, claimRef); Retain, because a Docker volume outlives its containers; "
            + capacity.why();
    addVolumeAndClaim(
        name,
        mount,
        claim,
        capacity,
        "ReadWriteOnce",
        reason,
        pv -> pv.withNewHostPath().withPath(source).withType(type).endHostPath());
    return new Claim(
        claim,
        "PersistentVolumeClaim " + claim + " → hostPath PersistentVolume",
        reason,
        warnings,
        null);
  }

  private Claim nfsClaim(VolumeMount mount, String claim, int users, List<String> warnings) {
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
    if (users > 1) {
      warnings.add(
          "shared by "
              + users
              + " workloads: NFS is ReadWriteMany, so pods on any node can share it");
    }
    addVolumeAndClaim(
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
    return new Claim(
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

  private Claim pluginClaim(VolumeMount mount, String claim, int users, List<String> warnings) {
    String name = mount.name().orElseThrow();
    Optional<String> csi = VolumeDrivers.csi(mount.driver());
    Capacity capacity = Capacity.of(options.size(), OptionalLong.empty());
    String mode =
        csi.filter(d -> d.startsWith("efs.") || d.startsWith("file.") || d.startsWith("cephfs."))
                .isPresent()
            ? "ReadWriteMany"
            : "ReadWriteOnce";
    shared(name, users, mode, warnings);
    if (csi.isEmpty()) {
      warnings.add(
          "no Kubernetes match for volume driver '"
              + mount.driver()
              + "': set storageClassName to a class of the matching CSI driver, or write its PersistentVolume");
      claims.add(
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
      return new Claim(
          claim,
          "PersistentVolumeClaim " + claim + " (storage class to fill in)",
          "the volume plugin " + mount.driver() + " has no known CSI driver: a claim only",
          warnings,
          null);
    }
    if (options.dynamic()) {
      String className =
          options.storageClass().orElse(KubeNames.label(csi.get().replace('.', '-')));
      classes.add(
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
      claims.add(
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
      return new Claim(
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
    addVolumeAndClaim(
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
    return new Claim(
        claim,
        "PersistentVolumeClaim " + claim + " → CSI PersistentVolume (" + csi.get() + ")",
        reason,
        warnings,
        null);
  }

  private void shared(String name, int users, String mode, List<String> warnings) {
    if (users > 1 && mode.equals("ReadWriteOnce")) {
      warnings.add(
          "shared by "
              + users
              + " workloads through one claim: ReadWriteOnce lets pods share it only on one node; across nodes it needs ReadWriteMany storage (NFS, a file CSI driver)");
    }
  }

  private void addVolumeAndClaim(
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
                    + mount.toMountFlag()
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
}
