package dev.storagelab.k8s.bridge;

import dev.storagelab.k8s.naming.KubeNames;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns Docker workloads and their mounts into Kubernetes objects: a pure function of the mounts,
 * what is known of the Docker host, and the options.
 */
public final class Bridge {

  private Bridge() {}

  /**
   * The plan for some workloads.
   *
   * @param name what the plan is filed under
   * @param workloads the containers or services, each becoming one workload
   * @param facts what is known of the Docker host
   * @param options how to map
   */
  public static BridgePlan plan(
      String name, List<Workload> workloads, HostFacts facts, BridgeOptions options) {
    return plan(name, workloads, facts, options, true);
  }

  /**
   * The storage objects alone, for volumes given without a workload ({@code k8s generate
   * --volume}): volumes, claims and classes, no pod.
   */
  public static BridgePlan storageOnly(
      String name, List<Workload> workloads, HostFacts facts, BridgeOptions options) {
    return plan(name, workloads, facts, options, false);
  }

  private static BridgePlan plan(
      String name,
      List<Workload> workloads,
      HostFacts facts,
      BridgeOptions options,
      boolean withWorkloads) {
    StorageMapper storage = new StorageMapper(options, facts, StorageMapper.countUsers(workloads));
    KubeNames workloadNames = new KubeNames();
    List<Manifest> workloadManifests = new ArrayList<>();
    List<MappingRow> rows = new ArrayList<>();
    boolean hostPath = false;
    for (Workload workload : workloads) {
      KubeNames podVolumes = new KubeNames();
      List<Volume> volumes = new ArrayList<>();
      List<VolumeMount> mounts = new ArrayList<>();
      for (var mount : workload.mounts()) {
        MountPlan plan = storage.map(workload.name(), mount, podVolumes);
        volumes.add(plan.volume());
        mounts.add(plan.mount());
        rows.add(plan.row());
        hostPath |= plan.hostPath();
      }
      if (withWorkloads) {
        Manifest manifest =
            workload(workloadNames.unique(workload.name(), ""), workload, volumes, mounts, options);
        List<String> comment = new ArrayList<>(manifest.comment());
        rows.stream()
            .filter(row -> row.workload().equals(workload.name()))
            .flatMap(row -> row.warnings().stream())
            .distinct()
            .forEach(warning -> comment.add("WARNING: " + warning));
        workloadManifests.add(new Manifest(manifest.object(), comment));
      }
    }
    String level = hostPath ? "privileged" : "baseline";
    List<Manifest> manifests = new ArrayList<>(storage.storageManifests());
    for (Manifest manifest : workloadManifests) {
      List<String> comment = new ArrayList<>(manifest.comment());
      comment.add(
          "Pod Security: needs the '"
              + level
              + "' level"
              + (hostPath ? " (hostPath volumes are not allowed by baseline or restricted)" : "")
              + ".");
      manifests.add(new Manifest(manifest.object(), comment));
    }
    Set<String> notes = new LinkedHashSet<>(facts.assumptions());
    notes.addAll(storage.notes());
    rows.forEach(row -> notes.addAll(row.warnings()));
    return new BridgePlan(name, manifests, rows, level, List.copyOf(notes));
  }

  private static Manifest workload(
      String name,
      Workload workload,
      List<Volume> volumes,
      List<VolumeMount> mounts,
      BridgeOptions options) {
    PodSpec spec =
        new PodSpecBuilder()
            .addToContainers(
                new ContainerBuilder()
                    .withName(name)
                    .withImage(workload.image().orElse("REPLACE-WITH-IMAGE"))
                    .withArgs(workload.command())
                    .withVolumeMounts(mounts)
                    .build())
            .withVolumes(volumes)
            .build();
    ObjectMeta meta = Meta.of(name, options.namespace(), workload.name(), null);
    meta.getLabels().put("app.kubernetes.io/name", name);
    List<String> comment = new ArrayList<>();
    comment.add(
        "From Docker: container "
            + workload.name()
            + workload.image().map(i -> " (" + i + ")").orElse("")
            + ", every mount at the same path.");
    HasMetadata object;
    if (options.kind() == BridgeOptions.WorkloadKind.DEPLOYMENT) {
      object =
          new DeploymentBuilder()
              .withMetadata(meta)
              .withNewSpec()
              .withReplicas(1)
              .withNewSelector()
              .withMatchLabels(Map.of("app.kubernetes.io/name", name))
              .endSelector()
              .withNewStrategy()
              .withType("Recreate")
              .endStrategy()
              .withNewTemplate()
              .withNewMetadata()
              .addToLabels("app.kubernetes.io/name", name)
              .endMetadata()
              .withSpec(spec)
              .endTemplate()
              .endSpec()
              .build();
      comment.add(
          "Why: --kind deployment; one replica, Recreate, so the old pod lets go of a ReadWriteOnce claim before the new one mounts it.");
    } else {
      object = new PodBuilder().withMetadata(meta).withSpec(spec).build();
      comment.add("Why: one Docker container is one pod with one container.");
    }
    if (workload.image().isEmpty()) {
      comment.add("The image is not known from this source: set it.");
    }
    return new Manifest(object, comment);
  }
}
