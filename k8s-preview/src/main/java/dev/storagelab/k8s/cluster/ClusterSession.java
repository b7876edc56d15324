package dev.storagelab.k8s.cluster;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.host.HostFiles;
import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.k8s.bridge.Manifest;
import dev.storagelab.lesson.Check;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A cluster reached to apply or verify manifests: connected, recognised, and guarded against
 * production, behind an API that speaks no fabric8. What {@code k8s apply} and {@code k8s verify}
 * do, with their outcomes as values for the shell to render.
 */
public final class ClusterSession implements AutoCloseable {

  /** How long a claim may take to bind, a pod to run. */
  private static final Duration PATIENCE = Duration.ofSeconds(180);

  private final ClusterConnection connection;
  private final ClusterRecognizer.Recognition recognition;
  private final Optional<Engine> engine;
  private final Optional<LocalCluster> local;

  private ClusterSession(
      ClusterConnection connection,
      ClusterRecognizer.Recognition recognition,
      Optional<Engine> engine,
      Optional<LocalCluster> local) {
    this.connection = connection;
    this.recognition = recognition;
    this.engine = engine;
    this.local = local;
  }

  /**
   * Connects to the named context; with none named, to storage-lab's own cluster when it runs, else
   * the kubeconfig's current context. Then recognises what kind of cluster answers.
   *
   * @param context the context to use, or empty for the default
   * @param engine the Docker engine when one answers: it tells storage-lab's node and kind's nodes
   *     from others, imports images into storage-lab's node and reads the Docker host's folders
   * @param localOf storage-lab's own cluster on an engine
   * @param noEngineKubeconfig where storage-lab's cluster keeps its kubeconfig when no engine
   *     answers
   * @throws InputException when the named context is in no kubeconfig, or is empty
   * @throws ClusterException when there is no cluster, or it does not answer
   */
  public static ClusterSession open(
      Optional<String> context,
      Optional<Engine> engine,
      Function<Engine, LocalCluster> localOf,
      Path noEngineKubeconfig) {
    if (context.isPresent() && context.get().isBlank()) {
      throw new InputException("--context is empty: give it a value.", context.get());
    }
    Optional<LocalCluster> local = engine.map(localOf);
    boolean running =
        local.flatMap(LocalCluster::status).map(LocalCluster.Status::running).orElse(false);
    ClusterConnection connection =
        ClusterConnection.open(
            context, local.map(LocalCluster::kubeconfig).orElse(noEngineKubeconfig), running);
    try {
      return new ClusterSession(
          connection, ClusterRecognizer.recognise(connection, engine), engine, local);
    } catch (RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** The kubeconfig context in use. */
  public String context() {
    return connection.context();
  }

  /** The API server's URL. */
  public String server() {
    return connection.server();
  }

  /** What kind of cluster this is, and how that was seen. */
  public ClusterRecognizer.Recognition recognition() {
    return recognition;
  }

  /** {@code context NAME (PRODUCT, SERVER)}, for messages. */
  public String describe() {
    return "context " + context() + " (" + recognition.kind().product() + ", " + server() + ")";
  }

  /**
   * Refuses a context that looks like production, unless the user said yes.
   *
   * @param what what would have been done, for the message ("applied")
   * @throws InputException naming the rule the context matched
   */
  public void guard(boolean yes, String what) {
    Optional<String> rule = ProductionGuard.match(connection, recognition.kind());
    if (rule.isPresent() && !yes) {
      throw new InputException(
          "Context "
              + context()
              + " looks like production ("
              + rule.get()
              + "): nothing was "
              + what
              + ". Give --yes if you mean it.",
          context());
    }
  }

  /**
   * What became of an apply.
   *
   * @param applied each object applied (or, in a dry run, checked), in order
   * @param refusal why nothing was applied, when the node cannot see a hostPath
   * @param fix what to do about it, one line each
   */
  public record ApplyOutcome(
      List<Applier.Applied> applied, Optional<String> refusal, List<String> fix) {

    public ApplyOutcome {
      applied = List.copyOf(applied);
      fix = List.copyOf(fix);
    }
  }

  /**
   * Applies the manifests in dependency order by server-side apply, after checking that the node
   * sees every hostPath they name; on storage-lab's own cluster, their images are imported first.
   *
   * @param each told of each object as it is applied
   * @param progress told of slow work (image imports)
   */
  public ApplyOutcome apply(
      List<Manifest> manifests,
      boolean dryRun,
      Consumer<Applier.Applied> each,
      Consumer<String> progress) {
    List<HasMetadata> objects = objects(manifests);
    List<HostPaths.HostPath> unreachable =
        HostPaths.unreachable(HostPaths.of(objects), recognition);
    if (!unreachable.isEmpty()) {
      return new ApplyOutcome(
          List.of(),
          Optional.of(
              "Nothing was applied: "
                  + unreachable.get(0).path()
                  + " is a folder of the Docker host that the "
                  + recognition.kind().product()
                  + " node does not have (it is a container or a VM), so the pod would see an"
                  + " empty folder. The fix is above."),
          HostPaths.fix(recognition.kind(), unreachable));
    }
    if (recognition.kind() == ClusterKind.STORAGE_LAB && !dryRun) {
      local.ifPresent(cluster -> cluster.importImagesOf(objects, progress));
    }
    return new ApplyOutcome(
        new Applier(connection.client()).apply(objects, dryRun, each), Optional.empty(), List.of());
  }

  /**
   * Proves the applied manifests on the cluster: claims Bound, the pod Running and seeing the data
   * (and {@code expected} in it), the data outliving pod and claim.
   *
   * @param progress told of each wait
   */
  public List<Check> verify(
      List<Manifest> manifests, List<String> expected, Consumer<String> progress) {
    Verifier verifier =
        new Verifier(
            connection.client(),
            new ExecPodFiles(connection.client(), this::onDockerHost),
            PATIENCE,
            progress);
    return verifier.verify(objects(manifests), expected);
  }

  /**
   * A folder of the Docker host, read as the lessons read it (here, or through a helper container
   * on a remote engine); empty when no engine answers.
   */
  private Optional<List<String>> onDockerHost(String path) {
    return engine.map(e -> HostFiles.of(e, Ownership.shared("k8s-verify"), line -> {}).list(path));
  }

  private static List<HasMetadata> objects(List<Manifest> manifests) {
    return Applier.inApplyOrder(manifests.stream().map(Manifest::object).toList());
  }

  @Override
  public void close() {
    connection.close();
  }
}
