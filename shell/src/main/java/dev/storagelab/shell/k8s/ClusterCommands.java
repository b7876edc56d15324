package dev.storagelab.shell.k8s;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.lab.CourseNames;
import dev.storagelab.k8s.cluster.ClusterException;
import dev.storagelab.k8s.cluster.LocalCluster;
import dev.storagelab.shell.CheckFailedException;
import dev.storagelab.shell.ExitStatuses;
import dev.storagelab.shell.engine.EngineSession;
import dev.storagelab.shell.lesson.Learners;
import dev.storagelab.shell.output.Json;
import dev.storagelab.shell.output.Style;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/** {@code k8s cluster start|status|stop}: storage-lab's own k3s node, which sees the volumes. */
public class ClusterCommands {

  private static final Duration PATIENCE = Duration.ofSeconds(180);

  private final EngineSession session;
  private final Learners learners;

  public ClusterCommands(EngineSession session, Learners learners) {
    this.session = session;
    this.learners = learners;
  }

  /** {@code k8s cluster start [--image IMAGE] [--json]}. */
  @Command(
      name = {"k8s", "cluster", "start"},
      group = "Kubernetes",
      description =
          "Start storage-lab's own Kubernetes: one k3s node in a container that sees the Docker volumes",
      help = "k8s cluster start [--image IMAGE] [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public void start(
      CommandContext context,
      @Option(
              longName = "image",
              description = "the k3s image (default " + LocalCluster.DEFAULT_IMAGE + ")")
          String image,
      @Option(longName = "json", description = "print the cluster as JSON") boolean json) {
    PrintWriter out = context.outputWriter();
    Engine engine = session.engine();
    if (!session.engineIsOnThisMachine()) {
      throw new ClusterException(
          "The engine is not on this machine: storage-lab's cluster would publish its API on the"
              + " engine host's 127.0.0.1, out of reach from here. Run k8s cluster start on that"
              + " host, or use a cluster of your own with --context.");
    }
    List<String> shared =
        List.of(
            engine.dataRoot() + "/volumes",
            learners.store(engine.id()).folders().labsDir().toString());
    Style style = Style.forTerminal();
    LocalCluster.Status status =
        new LocalCluster(
                engine, learners.store(engine.id()).folders().clusterDir(), learners.claim(engine))
            .start(
                image == null ? LocalCluster.DEFAULT_IMAGE : image,
                shared,
                PATIENCE,
                ClusterView.progress(out, json, style));
    out.println(json ? Json.write(ClusterView.json(status)) : ClusterView.text(status, style));
  }

  /** {@code k8s cluster status [--json]}. */
  @Command(
      name = {"k8s", "cluster", "status"},
      group = "Kubernetes",
      description = "Whether storage-lab's own Kubernetes runs, where, and what it sees",
      help = "k8s cluster status [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public void status(
      CommandContext context,
      @Option(longName = "json", description = "print the cluster as JSON") boolean json) {
    PrintWriter out = context.outputWriter();
    Optional<LocalCluster.Status> status = local(learners, session.engine()).status();
    if (json) {
      out.println(
          Json.write(status.map(ClusterView::json).orElseGet(() -> Map.of("running", false))));
    } else {
      out.println(
          status
              .map(s -> ClusterView.text(s, Style.forTerminal()))
              .orElse("storage-lab's cluster is not running: start it with k8s cluster start."));
    }
    if (status.isEmpty() || !status.get().running()) {
      throw new CheckFailedException("storage-lab's cluster is not running");
    }
  }

  /** {@code k8s cluster stop [--json]}. */
  @Command(
      name = {"k8s", "cluster", "stop"},
      group = "Kubernetes",
      description = "Remove storage-lab's own Kubernetes node and its kubeconfig",
      help = "k8s cluster stop [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public String stop(
      @Option(longName = "json", description = "print the result as JSON") boolean json) {
    LocalCluster local = local(learners, session.engine());
    boolean removed = local.stop();
    if (json) {
      return Json.write(Map.of("removed", removed));
    }
    return removed
        ? "Removed " + local.container() + " and its kubeconfig."
        : "storage-lab's cluster was not running: nothing to remove.";
  }

  /**
   * The learner's own cluster on the engine, its state kept with their progress; named as their
   * names stand (a cluster is started, by {@code start}, under names it claims).
   */
  static LocalCluster local(Learners learners, Engine engine) {
    return new LocalCluster(
        engine,
        learners.store(engine.id()).folders().clusterDir(),
        CourseNames.current(engine, learners.id()));
  }
}
