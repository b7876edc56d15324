package dev.storagelab.k8s.lesson;

import dev.storagelab.k8s.cluster.ExecPodFiles;
import dev.storagelab.k8s.cluster.Verifier;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.Step;
import dev.storagelab.lesson.StepReport;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Step 7: on the cluster, the claim binds to the volume made from the Docker volume, and the pod
 * sees lesson 1's {@code test-demo}; the data outlives the pod and the claim.
 */
final class ProveOnCluster implements Step {

  @Override
  public String title() {
    return "Prove it on the cluster";
  }

  @Override
  public String explain() {
    return "The payoff of the bridge: the claim is Bound to the PersistentVolume made from the"
        + " Docker volume, the pod runs and lists test-demo, the folder lesson 1 made, through the"
        + " API's exec. Deleting the pod keeps the data, as removing a container keeps a volume;"
        + " deleting the claim leaves the volume Released, its data on disk, because its reclaim"
        + " policy is Retain. The objects are made again at the end.";
  }

  @Override
  public List<String> commands(LessonRun run) {
    BridgeContext.Names names = BridgeContext.names(run);
    return List.of(
        "kubectl get pvc " + names.claim(),
        "kubectl exec " + names.pod() + " -- ls -A /app",
        "kubectl exec "
            + names.pod()
            + " -- wget -qO- http://"
            + names.pod()
            + ".default.svc:8080/",
        "kubectl delete pod " + names.pod(),
        "kubectl delete pvc " + names.claim() + " && kubectl get pv");
  }

  @Override
  public StepReport perform(LessonRun run) {
    return LessonCluster.perform(
        run,
        List.of(
            "would prove: the claim "
                + BridgeContext.names(run).claim()
                + " is Bound to the volume made from the Docker volume",
            "would prove: the pod is Running and ls -A /app in it lists test-demo",
            "would prove: the replacement of a deleted pod sees the same files",
            "would prove: deleting the claim leaves the volume Released, Retain keeping the data"),
        (reach, cluster, objects) -> {
          Verifier verifier =
              new Verifier(
                  cluster.client(),
                  new ExecPodFiles(cluster.client(), path -> Optional.of(run.host().list(path))),
                  Duration.ofSeconds(120),
                  run::progress);
          return new StepReport(
              verifier.verify(objects, List.of("test-demo")),
              List.of("proved on context " + cluster.context() + " at " + cluster.server()),
              "");
        });
  }
}
