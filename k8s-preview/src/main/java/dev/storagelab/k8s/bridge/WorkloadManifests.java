package dev.storagelab.k8s.bridge;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The workload object for one Docker container or service: a Pod, Deployment or StatefulSet. */
final class WorkloadManifests {

  static final String NAME_LABEL = "app.kubernetes.io/name";

  private WorkloadManifests() {}

  static Manifest of(
      String name,
      Workload workload,
      List<MountPlan> plans,
      BridgeOptions options,
      ProcessMapper process) {
    ObjectMeta meta = Meta.of(name, options.namespace(), workload.name(), null);
    meta.getLabels().put(NAME_LABEL, name);
    List<String> comment = new ArrayList<>();
    comment.add(
        "From Docker: container "
            + workload.name()
            + workload.image().map(i -> " (" + i + ")").orElse("")
            + ", every mount at the same path.");
    HasMetadata object =
        switch (options.kind()) {
          case POD -> {
            comment.add("Why: one Docker container is one pod with one container.");
            yield new PodBuilder()
                .withMetadata(meta)
                .withSpec(podSpec(name, workload, plans, false, process))
                .build();
          }
          case DEPLOYMENT -> {
            comment.add(
                "Why: --kind deployment; one replica, Recreate, so the old pod lets go of a ReadWriteOnce claim before the new one mounts it.");
            comment.add(
                "Do not scale it up: every replica mounts the same claim. With ReadWriteOnce, a replica on another node hangs in ContainerCreating (Multi-Attach error) and replicas on one node write into one directory at once. For a volume per replica, use --kind statefulset.");
            yield new DeploymentBuilder()
                .withMetadata(meta)
                .withNewSpec()
                .withReplicas(1)
                .withSelector(selector(name))
                .withNewStrategy()
                .withType("Recreate")
                .endStrategy()
                .withTemplate(template(name, workload, plans, false, process))
                .endSpec()
                .build();
          }
          case STATEFULSET -> {
            comment.add(
                "Why: --kind statefulset; each replica N gets its own claims from volumeClaimTemplates, named TEMPLATE-"
                    + name
                    + "-N. Replica 0's claims are the ones made here from the Docker volumes, so it"
                    + " keeps the Docker data; a scaled-up replica gets new, empty volumes from the class.");
            yield new StatefulSetBuilder()
                .withMetadata(meta)
                .withNewSpec()
                .withReplicas(1)
                .withServiceName(name)
                .withSelector(selector(name))
                .withTemplate(template(name, workload, plans, true, process))
                .withVolumeClaimTemplates(claimTemplates(plans, options))
                .endSpec()
                .build();
          }
        };
    if (workload.image().isEmpty()) {
      comment.add("The image is not known from this source: set it.");
    }
    return new Manifest(object, comment);
  }

  private static LabelSelector selector(String name) {
    return new LabelSelectorBuilder().withMatchLabels(Map.of(NAME_LABEL, name)).build();
  }

  private static PodTemplateSpec template(
      String name,
      Workload workload,
      List<MountPlan> plans,
      boolean templatesApart,
      ProcessMapper process) {
    return new PodTemplateSpecBuilder()
        .withNewMetadata()
        .addToLabels(NAME_LABEL, name)
        .endMetadata()
        .withSpec(podSpec(name, workload, plans, templatesApart, process))
        .build();
  }

  /**
   * The pod's spec.
   *
   * @param templatesApart leave out the volumes that claim templates provide
   */
  private static PodSpec podSpec(
      String name,
      Workload workload,
      List<MountPlan> plans,
      boolean templatesApart,
      ProcessMapper process) {
    ContainerBuilder container =
        new ContainerBuilder()
            .withName(name)
            .withImage(workload.image().orElse("REPLACE-WITH-IMAGE"))
            .withVolumeMounts(plans.stream().map(MountPlan::mount).toList());
    process.container(container);
    PodSpecBuilder pod =
        new PodSpecBuilder()
            .addToContainers(container.build())
            .withVolumes(
                plans.stream()
                    .filter(plan -> !templatesApart || plan.claimTemplate().isEmpty())
                    .map(MountPlan::volume)
                    .toList());
    process.pod(pod);
    return pod.build();
  }

  private static List<PersistentVolumeClaim> claimTemplates(
      List<MountPlan> plans, BridgeOptions options) {
    return plans.stream()
        .filter(plan -> plan.claimTemplate().isPresent())
        .map(
            plan ->
                new PersistentVolumeClaimBuilder()
                    .withNewMetadata()
                    .withName(plan.volume().getName())
                    .addToLabels(Meta.MANAGED_BY, "storage-lab")
                    .endMetadata()
                    .withSpec(plan.claimTemplate().orElseThrow())
                    .build())
        .toList();
  }
}
