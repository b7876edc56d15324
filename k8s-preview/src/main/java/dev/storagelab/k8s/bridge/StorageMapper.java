package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.BindMount;
import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.mounts.Propagation;
import dev.storagelab.docker.mounts.TmpfsMount;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.k8s.naming.KubeNames;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps each Docker mount of a workload to a pod volume and a container mount, creating the storage
 * objects (PersistentVolume, claim, StorageClass) a mount needs once, however many workloads share
 * it.
 */
final class StorageMapper {

  private final BridgeOptions options;
  private final HostFacts facts;
  private final Map<String, Integer> users;
  private final ClaimMapper claims;
  private final List<String> notes = new ArrayList<>();

  StorageMapper(BridgeOptions options, HostFacts facts, Map<String, Integer> users) {
    this.options = options;
    this.facts = facts;
    this.users = users;
    this.claims = new ClaimMapper(options, facts);
  }

  /** The storage objects made so far, in the order {@code kubectl apply} wants them. */
  List<Manifest> storageManifests() {
    return claims.manifests();
  }

  List<String> notes() {
    List<String> all = new ArrayList<>(claims.notes());
    all.addAll(notes);
    return all;
  }

  /**
   * What one mount of a workload becomes.
   *
   * @param kubeName the workload's Kubernetes name, which a StatefulSet's claims are named after
   */
  MountPlan map(String workload, String kubeName, Mount mount, KubeNames podVolumes) {
    if (mount instanceof VolumeMount v && v.name().isPresent()) {
      return named(workload, kubeName, v, podVolumes);
    }
    if (mount instanceof VolumeMount v) {
      return ephemeral(
          workload,
          mount,
          podVolumes.unique("anon-" + lastSegment(v.target()), ""),
          new PodSource.EmptyDir(PodSource.Medium.DISK, null),
          "an anonymous volume lives as long as its container; emptyDir lives as long as the pod. Its data dies with the pod.");
    }
    if (mount instanceof BindMount b) {
      return bind(workload, b, podVolumes);
    }
    TmpfsMount t = (TmpfsMount) mount;
    Quantity limit =
        t.sizeBytes().isPresent() ? new Quantity(Long.toString(t.sizeBytes().getAsLong())) : null;
    String reason =
        "a tmpfs is memory-backed and dies with the container: emptyDir with medium Memory, "
            + (limit == null
                ? "no sizeLimit (Docker's tmpfs had no size; the pod's memory limit bounds it)"
                : "sizeLimit from the tmpfs size")
            + (t.mode().isPresent()
                ? "; the tmpfs mode has no Kubernetes field (use securityContext.fsGroup)"
                : "");
    return ephemeral(
        workload,
        mount,
        podVolumes.unique("tmpfs-" + lastSegment(t.target()), ""),
        new PodSource.EmptyDir(PodSource.Medium.MEMORY, limit),
        reason);
  }

  private MountPlan named(String workload, String kubeName, VolumeMount v, KubeNames podVolumes) {
    String name = v.name().orElseThrow();
    String volumeName = podVolumes.unique(name, "");
    int sharedBy = users.getOrDefault(name, 1);
    Optional<String> replicaClaim = replicaClaim(volumeName, kubeName, sharedBy);
    VolumeClaim claim = claims.claimFor(v, sharedBy, replicaClaim.orElse(name));
    Volume volume = claim.source().volume(volumeName, v.readOnly());
    List<String> warnings = new ArrayList<>(claim.warnings());
    Optional<PersistentVolumeClaimSpec> template =
        replicaClaim.filter(n -> claim.source().claimSpec().isPresent()).isPresent()
            ? claim.source().claimSpec().map(StorageMapper::templateOf)
            : Optional.empty();
    if (options.kind() == BridgeOptions.WorkloadKind.STATEFULSET && template.isEmpty()) {
      warnings.add(
          "volume "
              + name
              + " stays one claim in the pod template, not a claim template: "
              + (sharedBy > 1
                  ? "several workloads share it"
                  : "it is memory, or its replica-0 claim name would be longer than 63 characters"));
    }
    MappingRow row =
        new MappingRow(
            workload,
            Redact.flag(v),
            claim.source().description()
                + template.map(t -> ", volumeClaimTemplates entry " + volumeName).orElse(""),
            claim.reason(),
            warnings);
    return new MountPlan(
        volume, mount(volume, v, v.subpath(), Optional.empty()), row, false, template);
  }

  /**
   * The name a StatefulSet gives replica 0's claim from a template, {@code TEMPLATE-STATEFULSET-0}:
   * the claim made from the Docker volume takes it, so the StatefulSet adopts it instead of
   * provisioning an empty one.
   */
  private Optional<String> replicaClaim(String volumeName, String kubeName, int sharedBy) {
    String name = volumeName + "-" + kubeName + "-0";
    return options.kind() == BridgeOptions.WorkloadKind.STATEFULSET
            && sharedBy == 1
            && name.length() <= 63
        ? Optional.of(name)
        : Optional.empty();
  }

  /** A claim's spec as a template: every replica but the first gets a new volume of its class. */
  private static PersistentVolumeClaimSpec templateOf(PersistentVolumeClaimSpec spec) {
    return new PersistentVolumeClaimSpecBuilder(spec).withVolumeName(null).build();
  }

  private MountPlan bind(String workload, BindMount b, KubeNames podVolumes) {
    String source = b.source();
    List<String> warnings = new ArrayList<>();
    Security.warning(source, facts.dataRootOrDefault()).ifPresent(warnings::add);
    HostPathType hostPath = hostPathType(b);
    hostPath.warning().ifPresent(warnings::add);
    String type = hostPath.type();
    Optional<String> propagation = propagation(b.propagation());
    if (options.bindsAsVolumes()) {
      VolumeClaim claim = claims.bindClaim(b, type, warnings);
      Volume volume =
          claim.source().volume(podVolumes.unique("host-" + lastSegment(source), ""), b.readOnly());
      return new MountPlan(
          volume,
          mount(volume, b, Optional.empty(), propagation),
          new MappingRow(
              workload, Redact.flag(b), claim.source().description(), claim.reason(), warnings),
          false);
    }
    Volume volume =
        new VolumeBuilder()
            .withName(podVolumes.unique("host-" + lastSegment(source), ""))
            .withNewHostPath()
            .withPath(source)
            .withType(type)
            .endHostPath()
            .build();
    String reason =
        "a bind mount is a path on this node: a hostPath volume, type "
            + type
            + (type.equals("DirectoryOrCreate") ? " because -v creates a missing source" : "")
            + "; the data stays on that one node"
            + propagation
                .map(p -> "; propagation " + b.propagation().word() + " → mountPropagation " + p)
                .orElse("");
    return new MountPlan(
        volume,
        mount(volume, b, Optional.empty(), propagation),
        new MappingRow(
            workload, Redact.flag(b), "hostPath " + source + " (" + type + ")", reason, warnings),
        true);
  }

  /**
   * A hostPath's type, and what the user should know of it.
   *
   * @param type {@code Directory}, {@code File} or {@code DirectoryOrCreate}
   * @param warning why the pod may not start, or that the source could not be checked
   */
  private record HostPathType(String type, Optional<String> warning) {}

  private HostPathType hostPathType(BindMount b) {
    return switch (facts.path(b.source())) {
      case DIRECTORY -> new HostPathType("Directory", Optional.empty());
      case FILE -> new HostPathType("File", Optional.empty());
      case MISSING ->
          b.createHostPath()
              ? new HostPathType("DirectoryOrCreate", Optional.empty())
              : new HostPathType(
                  "Directory",
                  Optional.of(
                      b.source()
                          + " does not exist: Docker refuses this --mount, and the pod will not"
                          + " start"));
      case UNKNOWN ->
          new HostPathType(
              b.createHostPath() ? "DirectoryOrCreate" : "Directory",
              Optional.of(
                  "could not check " + b.source() + " on the Docker host; assumed a directory"));
    };
  }

  private MountPlan ephemeral(
      String workload, Mount mount, String name, PodSource.EmptyDir source, String reason) {
    Volume volume = source.volume(name, false);
    return new MountPlan(
        volume,
        mount(volume, mount, Optional.empty(), Optional.empty()),
        new MappingRow(workload, Redact.flag(mount), source.description(), reason, List.of()),
        false);
  }

  private static io.fabric8.kubernetes.api.model.VolumeMount mount(
      Volume volume, Mount mount, Optional<String> subPath, Optional<String> propagation) {
    return new VolumeMountBuilder()
        .withName(volume.getName())
        .withMountPath(mount.target())
        .withReadOnly(mount.readOnly() ? true : null)
        .withSubPath(subPath.orElse(null))
        .withMountPropagation(propagation.orElse(null))
        .build();
  }

  /** Docker's propagation as Kubernetes names it; private (the default) needs no field. */
  private static Optional<String> propagation(Propagation propagation) {
    return switch (propagation) {
      case SLAVE, RSLAVE -> Optional.of("HostToContainer");
      case SHARED, RSHARED -> Optional.of("Bidirectional");
      default -> Optional.empty();
    };
  }

  private static String lastSegment(String path) {
    String trimmed = path.replaceAll("/+$", "");
    String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
    return last.isEmpty() ? "root" : last;
  }

  static Map<String, Integer> countUsers(List<Workload> workloads) {
    Map<String, Integer> users = new HashMap<>();
    for (Workload workload : workloads) {
      workload.mounts().stream()
          .filter(m -> m instanceof VolumeMount v && v.name().isPresent())
          .map(m -> ((VolumeMount) m).name().orElseThrow())
          .distinct()
          .forEach(name -> users.merge(name, 1, Integer::sum));
    }
    return users;
  }
}
