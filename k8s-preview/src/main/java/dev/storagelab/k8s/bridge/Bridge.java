package dev.storagelab.k8s.bridge;

import dev.storagelab.k8s.naming.KubeNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
    FileMapper files = new FileMapper(options);
    KubeNames workloadNames = new KubeNames();
    List<Manifest> workloadManifests = new ArrayList<>();
    List<MappingRow> rows = new ArrayList<>();
    List<SettingRow> settings = new ArrayList<>();
    List<Manifest> services = new ArrayList<>();
    List<Manifest> secrets = new ArrayList<>();
    List<String> processNotes = new ArrayList<>();
    List<String> privileged = new ArrayList<>();
    boolean hostPath = false;
    for (Workload workload : workloads) {
      String kubeName = workloadNames.unique(workload.name(), "");
      KubeNames podVolumes = new KubeNames();
      List<MountPlan> plans = new ArrayList<>();
      for (var mount : workload.mounts()) {
        plans.add(storage.map(workload.name(), kubeName, mount, podVolumes));
      }
      for (var file : workload.files()) {
        plans.add(files.map(workload.name(), file, podVolumes));
      }
      plans.forEach(plan -> rows.add(plan.row()));
      hostPath |= plans.stream().anyMatch(MountPlan::hostPath);
      if (withWorkloads) {
        ProcessMapper process = new ProcessMapper(kubeName, workload, options);
        Manifest manifest = WorkloadManifests.of(kubeName, workload, plans, options, process);
        settings.addAll(process.rows());
        processNotes.addAll(process.notes());
        process.privilegedBecause().forEach(why -> privileged.add(workload.name() + ": " + why));
        process.service().ifPresent(services::add);
        process
            .environmentSecret()
            .ifPresent(
                secret -> {
                  secrets.add(secret.environmentManifest(workload.name()));
                  processNotes.add(
                      "the credentials in the environment of "
                          + workload.name()
                          + " ("
                          + String.join(", ", secret.keys())
                          + ") are in no manifest: the Secret "
                          + secret.name()
                          + " holds placeholders; create the real one with: "
                          + secret.createCommand());
                });
        List<String> comment = new ArrayList<>(manifest.comment());
        plans.stream()
            .flatMap(plan -> plan.row().warnings().stream())
            .distinct()
            .forEach(warning -> comment.add("WARNING: " + warning));
        workloadManifests.add(new Manifest(manifest.object(), comment));
      }
    }
    String level = hostPath || !privileged.isEmpty() ? "privileged" : "baseline";
    List<Manifest> manifests = new ArrayList<>(storage.storageManifests());
    manifests.addAll(files.manifests());
    manifests.addAll(secrets);
    for (Manifest manifest : workloadManifests) {
      List<String> comment = new ArrayList<>(manifest.comment());
      comment.add(
          "Pod Security: needs the '"
              + level
              + "' level"
              + (hostPath ? " (hostPath volumes are not allowed by baseline or restricted)" : "")
              + (privileged.isEmpty() ? "" : " (" + String.join("; ", privileged) + ")")
              + ".");
      manifests.add(new Manifest(manifest.object(), comment));
    }
    manifests.addAll(services);
    Set<String> notes = new LinkedHashSet<>(facts.assumptions());
    notes.addAll(storage.notes());
    rows.forEach(row -> notes.addAll(row.warnings()));
    notes.addAll(processNotes);
    return new BridgePlan(name, manifests, rows, settings, level, List.copyOf(notes));
  }
}
