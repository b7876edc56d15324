package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.BindMount;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.docker.volumes.VolumeInfo;
import dev.storagelab.k8s.naming.KubeNames;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
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
   * What a pod mounts for a volume, and why.
   *
   * @param source the claim, or the emptyDir where the Docker volume was memory all along
   * @param reason why
   * @param warnings what needs care
   */
  record Claim(PodSource source, String reason, List<String> warnings) {}

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

  /**
   * The claim for a named volume, made the first time it is asked for.
   *
   * @param name the claim's name, unless another volume has it
   */
  Claim claimFor(VolumeMount mount, int users, String name) {
    return made.computeIfAbsent(
        "volume:" + mount.name().orElseThrow(), key -> newClaim(mount, users, name));
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
          PersistentVolumeClaimSpec spec =
              sink.addVolumeAndClaim(
                  mount.source(),
                  mount,
                  claim,
                  capacity,
                  ClaimPlan.READ_WRITE_ONCE,
                  reason,
                  pv ->
                      pv.withNewHostPath()
                          .withPath(mount.source())
                          .withType(hostPathType)
                          .endHostPath());
          return new Claim(
              new PodSource.Claim(
                  claim, "PersistentVolumeClaim " + claim + " → hostPath PersistentVolume", spec),
              reason,
              warnings);
        });
  }

  private Claim newClaim(VolumeMount mount, int users, String name) {
    ClaimRequest request =
        new ClaimRequest(mount, claimNames.unique(name, ""), users, new ArrayList<>());
    return ClaimPlan.choose(mount, options)
        .match(
            new ClaimPlan.Cases<>() {
              @Override
              public Claim host(ClaimPlan.HostDirectory plan) {
                return hostClaim(request);
              }

              @Override
              public Claim nfs(ClaimPlan.Nfs plan) {
                return network.nfsClaim(plan, request);
              }

              @Override
              public Claim cifs(ClaimPlan.Cifs plan) {
                return network.cifsClaim(plan, request);
              }

              @Override
              public Claim csi(ClaimPlan.Csi plan) {
                return network.csiClaim(plan, request);
              }

              @Override
              public Claim dynamic(ClaimPlan.Dynamic plan) {
                return network.dynamicClaim(plan, request);
              }

              @Override
              public Claim memory(ClaimPlan.MemoryEmptyDir plan) {
                return new Claim(
                    new PodSource.EmptyDir(PodSource.Medium.MEMORY, null),
                    "a local volume of type tmpfs is memory that is emptied when unmounted: emptyDir with medium Memory, not a claim",
                    request.warnings());
              }
            });
  }

  private Claim hostClaim(ClaimRequest request) {
    VolumeMount mount = request.mount();
    String name = request.name();
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
    request.noteSharing(ClaimPlan.READ_WRITE_ONCE);
    if (!mount.driverOptions().isEmpty() && bindDevice.isEmpty()) {
      request
          .warnings()
          .add(
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
    PersistentVolumeClaimSpec spec =
        sink.addVolumeAndClaim(
            request,
            capacity,
            ClaimPlan.READ_WRITE_ONCE,
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
        new PodSource.Claim(
            request.claim(), "PersistentVolumeClaim " + request.claim() + " → " + target, spec),
        reason,
        request.warnings());
  }
}
