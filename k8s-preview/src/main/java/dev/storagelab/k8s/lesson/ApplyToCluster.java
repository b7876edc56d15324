package dev.storagelab.k8s.lesson;

import dev.storagelab.k8s.cluster.Applier;
import dev.storagelab.k8s.cluster.ClusterConnection;
import dev.storagelab.k8s.cluster.ClusterKind;
import dev.storagelab.k8s.cluster.ClusterRecognizer;
import dev.storagelab.k8s.cluster.HostPaths;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.Step;
import dev.storagelab.lesson.StepReport;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * Step 6: the manifests applied to a live cluster, in order, and applying again changes nothing.
 */
final class ApplyToCluster implements Step {

  @Override
  public String title() {
    return "Apply to a cluster";
  }

  @Override
  public String explain() {
    return "Server-side apply sends each object to the API server, which merges it and records"
        + " storage-lab as the manager of its fields: the volume first, then the claim that binds"
        + " to it, then the pod. Applying again changes nothing. Before anything is applied, the"
        + " cluster's node is checked: on kind, k3d, minikube or Docker Desktop the node is a"
        + " container or a VM, and a hostPath names the node's folder, not the Docker host's.";
  }

  @Override
  public List<String> commands(LessonRun run) {
    return List.of(
        "storage-lab k8s cluster start",
        "kubectl apply --server-side --field-manager=storage-lab -f "
            + BridgeContext.manifests(run));
  }

  @Override
  public StepReport perform(LessonRun run) {
    return LessonCluster.perform(
        run,
        List.of(
            "would apply: the PersistentVolume, then the claim, then the pod, by server-side apply",
            "would prove: applying the same objects again changes nothing",
            "would refuse: a hostPath that a kind, k3d, minikube or Docker Desktop node cannot see"),
        (reach, cluster, objects) -> apply(run, reach, cluster, objects));
  }

  private static StepReport apply(
      LessonRun run,
      LessonCluster.Reach reach,
      ClusterConnection cluster,
      List<HasMetadata> objects) {
    ClusterRecognizer.Recognition recognition = reach.recognition().orElseThrow();
    List<HostPaths.HostPath> unreachable =
        HostPaths.unreachable(HostPaths.of(objects), recognition);
    Check.Builder node =
        Check.of("The node sees the Docker host's folders the hostPath volumes name")
            .evidence("cluster", recognition.kind().product() + ", context " + cluster.context())
            .evidence("how it was recognised", String.join("; ", recognition.evidence()));
    if (recognition.kind() != ClusterKind.STORAGE_LAB && !unreachable.isEmpty()) {
      return new StepReport(
          List.of(
              node.evidence(
                      "not on the node",
                      unreachable.stream().map(HostPaths.HostPath::path).toList())
                  .holds(false)),
          HostPaths.fix(recognition.kind(), unreachable),
          "");
    }
    node.evidence(
        "shared",
        reach.local().status().map(s -> s.shared().toString()).orElse("the node is this machine"));
    if (recognition.kind() == ClusterKind.STORAGE_LAB) {
      reach.local().importImagesOf(objects, run::progress);
    }
    Applier applier = new Applier(cluster.client());
    Check.Builder applied = Check.of("Applied in dependency order: volume, claim, pod");
    List<Applier.Applied> first =
        applier.apply(
            objects,
            false,
            a -> run.progress(a.outcome().word() + " " + a.kind() + " " + a.name()));
    first.forEach(a -> applied.evidence(a.kind() + " " + a.name(), a.outcome().word()));
    List<String> kinds = first.stream().map(Applier.Applied::kind).toList();
    Check.Builder again = Check.of("Applying again changes nothing");
    List<Applier.Applied> second = applier.apply(objects, false, a -> {});
    second.forEach(a -> again.evidence(a.kind() + " " + a.name(), a.outcome().word()));
    return StepReport.of(
        node.holds(true),
        applied.holds(kinds.equals(List.of("PersistentVolume", "PersistentVolumeClaim", "Pod"))),
        again.holds(second.stream().allMatch(a -> a.outcome() == Applier.Outcome.UNCHANGED)));
  }
}
