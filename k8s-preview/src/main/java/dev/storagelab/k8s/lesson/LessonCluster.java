package dev.storagelab.k8s.lesson;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.k8s.bridge.Manifest;
import dev.storagelab.k8s.cluster.ClusterConnection;
import dev.storagelab.k8s.cluster.ClusterException;
import dev.storagelab.k8s.cluster.ClusterRecognizer;
import dev.storagelab.k8s.cluster.LocalCluster;
import dev.storagelab.k8s.cluster.ProductionGuard;
import dev.storagelab.lesson.LessonException;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.StepReport;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;

/**
 * The cluster lesson 2's last steps use: storage-lab's own when it runs, else the kubeconfig's
 * current context when it answers and looks like a learner's local cluster, else none, with the
 * reason.
 */
final class LessonCluster {

  /** How a step without a cluster says what to do. */
  static final String HOW_TO_GET_ONE =
      "k8s cluster start needs a k3s image on the engine (docker pull "
          + LocalCluster.DEFAULT_IMAGE
          + ", or docker load -i k3s.tar where there is no internet); then run the lesson again.";

  private LessonCluster() {}

  /**
   * A cluster to use, or why there is none.
   *
   * @param connection the connection, when there is a cluster
   * @param recognition what the cluster is
   * @param local storage-lab's own cluster on this engine
   * @param why why there is none
   */
  record Reach(
      Optional<ClusterConnection> connection,
      Optional<ClusterRecognizer.Recognition> recognition,
      LocalCluster local,
      String why) {}

  /** What a step does on the cluster, with lesson 1's objects. */
  @FunctionalInterface
  interface OnCluster {
    StepReport perform(Reach reach, ClusterConnection cluster, List<HasMetadata> objects);
  }

  /**
   * Runs a step on the lesson's cluster, or, where there is none, reports it skipped: why, how to
   * get one, and what it would prove. A cluster that fails mid-step fails the step with its words.
   */
  static StepReport perform(LessonRun run, List<String> wouldProve, OnCluster step) {
    Reach reach = connect(run);
    if (reach.connection().isEmpty()) {
      return StepReport.skipped(reach.why() + " " + HOW_TO_GET_ONE, wouldProve);
    }
    try (ClusterConnection cluster = reach.connection().get()) {
      List<HasMetadata> objects =
          BridgeContext.read(run).plan().manifests().stream().map(Manifest::object).toList();
      return step.perform(reach, cluster, objects);
    } catch (ClusterException e) {
      throw new LessonException(e.getMessage());
    }
  }

  static LocalCluster local(LessonRun run) {
    return new LocalCluster(
        run.engine(), run.labDir().getParent().resolveSibling("k3s"), run.names());
  }

  static Reach connect(LessonRun run) {
    LocalCluster local = local(run);
    boolean running = local.status().map(LocalCluster.Status::running).orElse(false);
    ClusterConnection connection;
    try {
      connection = ClusterConnection.open(Optional.empty(), local.kubeconfig(), running);
    } catch (ClusterException | InputException e) {
      return new Reach(Optional.empty(), Optional.empty(), local, e.getMessage());
    }
    ClusterRecognizer.Recognition recognition =
        ClusterRecognizer.recognise(connection, Optional.of(run.engine()));
    Optional<String> production = ProductionGuard.match(connection, recognition.kind());
    if (production.isPresent()) {
      connection.close();
      return new Reach(
          Optional.empty(),
          Optional.empty(),
          local,
          "the current context "
              + connection.context()
              + " looks like production ("
              + production.get()
              + "): a lesson changes only a learner's cluster. Start storage-lab's own with k8s"
              + " cluster start.");
    }
    return new Reach(Optional.of(connection), Optional.of(recognition), local, "");
  }
}
