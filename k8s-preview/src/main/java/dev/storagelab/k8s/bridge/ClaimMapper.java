package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.BindMount;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.docker.volumes.VolumeInfo;
import dev.storagelab.k8s.naming.KubeNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The claims for named volumes (and bind mounts given {@code --as-pv}): each a
 * PersistentVolumeClaim bound to exactly one PersistentVolume made for it, or provisioned by a
 * StorageClass; made once per Docker volume, however many workloads use it. Each kind of claim plan
 * is a function returning a {@link VolumeClaim}; this class keeps the one made for each volume and
 * joins their objects in apply order.
 */
final class ClaimMapper {

  private final BridgeOptions options;
  private final HostFacts facts;
  private final KubeNames claimNames = new KubeNames();
  private final KubeNames objectNames = new KubeNames();
  private final Map<String, VolumeClaim> made = new LinkedHashMap<>();
  private final NetworkClaims network;

  ClaimMapper(BridgeOptions options, HostFacts facts) {
    this.options = options;
    this.facts = facts;
    this.network = new NetworkClaims(options, objectNames);
  }

  /** The storage objects of every claim made, in the order {@code kubectl apply} needs them. */
  List<Manifest> manifests() {
    return VolumeClaim.inApplyOrder(List.copyOf(made.values()));
  }

  /** What the plan says once, of every claim made. */
  List<String> notes() {
    return made.values().stream().flatMap(c -> c.notes().stream()).toList();
  }

  /**
   * The claim for a named volume, made the first time it is asked for.
   *
   * @param name the claim's name, unless another volume has it
   */
  VolumeClaim claimFor(VolumeMount mount, int users, String name) {
    String key = "volume:" + mount.name().orElseThrow();
    VolumeClaim existing = made.get(key);
    if (existing != null) {
      return existing;
    }
    VolumeClaim claim = newClaim(new ClaimRequest(mount, claimNames.unique(name, ""), users));
    made.put(key, claim);
    return claim;
  }

  /** The claim for a bind mount given {@code --as-pv}, made the first time it is asked for. */
  VolumeClaim bindClaim(BindMount mount, String hostPathType, List<String> warnings) {
    String key = "bind:" + mount.source();
    VolumeClaim existing = made.get(key);
    if (existing != null) {
      return existing;
    }
    String claim = claimNames.unique(mount.source(), "");
    String reason =
        "--as-pv: the bind source becomes a hostPath PersistentVolume ("
            + hostPathType
            + ") bound to one claim; Retain keeps the host folder";
    VolumeClaim made =
        BoundClaim.of(
                mount.source(),
                mount,
                claim,
                objectNames.unique(options.namespace() + "-" + claim, "pv"),
                Capacity.of(options.size(), OptionalLong.empty()),
                ClaimPlan.READ_WRITE_ONCE,
                reason,
                VolumeSource.hostPath(mount.source(), hostPathType),
                options)
            .toVolumeClaim(" → hostPath PersistentVolume", reason, warnings, Optional.empty());
    this.made.put(key, made);
    return made;
  }

  private VolumeClaim newClaim(ClaimRequest request) {
    return ClaimPlan.choose(request.mount(), options)
        .match(
            new ClaimPlan.Cases<>() {
              @Override
              public VolumeClaim host(ClaimPlan.HostDirectory plan) {
                return hostClaim(request);
              }

              @Override
              public VolumeClaim nfs(ClaimPlan.Nfs plan) {
                return network.nfs(plan, request);
              }

              @Override
              public VolumeClaim cifs(ClaimPlan.Cifs plan) {
                return network.cifs(plan, request);
              }

              @Override
              public VolumeClaim csi(ClaimPlan.Csi plan) {
                return network.csi(plan, request);
              }

              @Override
              public VolumeClaim dynamic(ClaimPlan.Dynamic plan) {
                return network.dynamic(plan, request);
              }

              @Override
              public VolumeClaim memory(ClaimPlan.MemoryEmptyDir plan) {
                return VolumeClaim.sourceOnly(
                    new PodSource.EmptyDir(PodSource.Medium.MEMORY, null),
                    "a local volume of type tmpfs is memory that is emptied when unmounted: emptyDir with medium Memory, not a claim",
                    List.of());
              }
            });
  }

  /** A local volume: a hostPath (or, pinned to a node, local) PersistentVolume at its data. */
  private VolumeClaim hostClaim(ClaimRequest request) {
    VolumeMount mount = request.mount();
    String name = request.name();
    Optional<VolumeInfo> existing = Optional.ofNullable(facts.volumes().get(name));
    String path =
        existing
            .map(VolumeInfo::mountpoint)
            .or(() -> mount.state().map(s -> s.mountpoint()))
            .orElseGet(() -> facts.dataRootOrDefault() + "/volumes/" + name + "/_data");
    boolean exists = existing.isPresent() || mount.state().isPresent();
    List<String> notes = exists ? List.of() : List.of(notYetNote(name, path));
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
    List<String> warnings = new ArrayList<>();
    request.sharing(ClaimPlan.READ_WRITE_ONCE).ifPresent(warnings::add);
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
    BoundClaim pair =
        BoundClaim.of(
            name,
            mount,
            request.claim(),
            objectNames.unique(options.namespace() + "-" + request.claim(), "pv"),
            capacity,
            ClaimPlan.READ_WRITE_ONCE,
            reason,
            node.map(n -> VolumeSource.local(source, n))
                .orElse(VolumeSource.hostPath(source, type)),
            options);
    String target =
        node.map(n -> "local PersistentVolume on " + n).orElse("hostPath PersistentVolume");
    return pair.toVolumeClaim(" → " + target, reason, warnings, Optional.empty()).withNotes(notes);
  }

  private String notYetNote(String name, String path) {
    return "Volume '"
        + name
        + "' does not exist on the engine yet: its PersistentVolume uses "
        + path
        + ", the path the engine will give it"
        + (facts.dataRoot().isEmpty()
            ? " (no engine answered: Docker's default data root assumed)"
            : "");
  }
}
