package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.BindMount;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.docker.volumes.VolumeInfo;
import dev.storagelab.k8s.naming.KubeNames;
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
  private final Map<String, Claim> made = new HashMap<>();
  private final ClaimSink sink;
  private final NetworkClaims network;
  private final List<String> notes = new ArrayList<>();

  ClaimMapper(BridgeOptions options, HostFacts facts) {
    this.options = options;
    this.facts = facts;
    this.sink = new ClaimSink(options);
    this.network = new NetworkClaims(options, sink);
  }

  List<Manifest> manifests() {
    return sink.manifests();
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
          sink.addVolumeAndClaim(
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
      return network.pluginClaim(mount, claim, users, warnings);
    }
    if ("nfs".equals(opts.get("type"))) {
      return network.nfsClaim(mount, claim, users, warnings);
    }
    if ("cifs".equals(opts.get("type")) || "smb3".equals(opts.get("type"))) {
      return network.cifsClaim(mount, claim, users, warnings);
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
    ClaimSink.shared(name, users, "ReadWriteOnce", warnings);
    if (!mount.driverOptions().isEmpty() && bindDevice.isEmpty()) {
      warnings.add(
          "driver options "
              + mount.driverOptions()
              + " have no Kubernetes match here; the PersistentVolume points at the volume's data directory");
    }
    Optional<String> node = options.node();
    String placed =
        node.map(n -> "one node: a local PersistentVolume at " + source + " pinned to node " + n)
            .orElse("this node: a hostPath PersistentVolume at " + source + " (" + type + ")");
    String reason =
        "a local named volume is a directory on "
            + placed
            + ", bound to exactly this claim (empty class, volumeName, claimRef); Retain, because"
            + " a Docker volume outlives its containers; "
            + capacity.why();
    sink.addVolumeAndClaim(
        name,
        mount,
        claim,
        capacity,
        "ReadWriteOnce",
        reason,
        pv ->
            node.isPresent()
                ? pv.withNewLocal()
                    .withPath(source)
                    .endLocal()
                    .withNewNodeAffinity()
                    .withNewRequired()
                    .addNewNodeSelectorTerm()
                    .addNewMatchExpression()
                    .withKey("kubernetes.io/hostname")
                    .withOperator("In")
                    .withValues(node.get())
                    .endMatchExpression()
                    .endNodeSelectorTerm()
                    .endRequired()
                    .endNodeAffinity()
                : pv.withNewHostPath().withPath(source).withType(type).endHostPath());
    String target =
        node.map(n -> "local PersistentVolume on " + n).orElse("hostPath PersistentVolume");
    return new Claim(
        claim, "PersistentVolumeClaim " + claim + " → " + target, reason, warnings, null);
  }
}
