package dev.storagelab.shell.k8s;

import dev.storagelab.docker.engine.ContainerInspect;
import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineUnavailableException;
import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.input.UserPath;
import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.docker.lesson.Check;
import dev.storagelab.docker.lesson.HostFiles;
import dev.storagelab.docker.lesson.ProgressStore;
import dev.storagelab.k8s.bridge.BridgeOptions;
import dev.storagelab.k8s.bridge.Manifest;
import dev.storagelab.k8s.cluster.Applier;
import dev.storagelab.k8s.cluster.ClusterConnection;
import dev.storagelab.k8s.cluster.ClusterException;
import dev.storagelab.k8s.cluster.ClusterKind;
import dev.storagelab.k8s.cluster.ClusterRecognizer;
import dev.storagelab.k8s.cluster.ExecPodFiles;
import dev.storagelab.k8s.cluster.HostPaths;
import dev.storagelab.k8s.cluster.LocalCluster;
import dev.storagelab.k8s.cluster.ProductionGuard;
import dev.storagelab.k8s.cluster.Verifier;
import dev.storagelab.k8s.manifests.ManifestYaml;
import dev.storagelab.shell.CheckFailedException;
import dev.storagelab.shell.ExitStatuses;
import dev.storagelab.shell.UsageException;
import dev.storagelab.shell.engine.EngineSession;
import dev.storagelab.shell.output.Checks;
import dev.storagelab.shell.output.Json;
import dev.storagelab.shell.output.Style;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * {@code k8s cluster ...}, {@code k8s apply}, {@code k8s verify}: the manifests on a live cluster,
 * storage-lab's own k3s or one of the kubeconfig's.
 */
public class ClusterCommands {

  private static final Duration PATIENCE = Duration.ofSeconds(180);

  private final EngineSession session;
  private final ProgressStore stores;

  public ClusterCommands(EngineSession session, String home) {
    this.session = session;
    this.stores = ProgressStore.at(home);
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
    ProgressStore store = stores.forEngine(engine.id());
    List<String> shared = List.of(engine.dataRoot() + "/volumes", store.labsDir().toString());
    Style style = Style.forTerminal();
    LocalCluster.Status status =
        local(engine)
            .start(
                image == null ? LocalCluster.DEFAULT_IMAGE : image,
                shared,
                PATIENCE,
                line -> progress(out, json, style, line));
    out.println(json ? Json.write(statusJson(status)) : statusText(status, style));
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
    Optional<LocalCluster.Status> status = local(session.engine()).status();
    if (json) {
      out.println(
          Json.write(status.map(this::statusJson).orElseGet(() -> Map.of("running", false))));
    } else {
      out.println(
          status
              .map(s -> statusText(s, Style.forTerminal()))
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
    boolean removed = local(session.engine()).stop();
    if (json) {
      return Json.write(Map.of("removed", removed));
    }
    return removed
        ? "Removed " + LocalCluster.CONTAINER + " and its kubeconfig."
        : "storage-lab's cluster was not running: nothing to remove.";
  }

  /** {@code k8s apply (DIR | --container|--volume|--run|--compose) [options]}. */
  @Command(
      name = {"k8s", "apply"},
      group = "Kubernetes",
      description = "Apply manifests to a cluster by server-side apply, in dependency order",
      help =
          "k8s apply (DIR | --container NAME | --volume NAME | --run \"<docker run line>\" | --compose FILE) [--context NAME] [--dry-run] [--yes] [--namespace NS] [--size Q] [--storage-class C] [--node N] [--kind pod|deployment|statefulset] [--dynamic] [--as-pv] [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public void apply(
      CommandContext context,
      @Argument(index = 0, description = "a folder of manifests (k8s generate's)") String dir,
      @Option(longName = "container", description = "a container on the engine") String container,
      @Option(longName = "volume", description = "a volume on the engine") String volume,
      @Option(longName = "run", description = "a docker run line, in quotes") String run,
      @Option(longName = "compose", description = "a compose file") String compose,
      @Option(
              longName = "context",
              description =
                  "the kubeconfig context (default: storage-lab's cluster when it runs, else the current one)")
          String kubeContext,
      @Option(
              longName = "dry-run",
              description = "let the API server check everything, store nothing")
          boolean dryRun,
      @Option(longName = "yes", description = "apply to a cluster that looks like production")
          boolean yes,
      @Option(longName = "namespace", description = "the namespace (default: default)")
          String namespace,
      @Option(longName = "size", description = "capacity for every volume, e.g. 5Gi") String size,
      @Option(longName = "storage-class", description = "storage class instead of the empty class")
          String storageClass,
      @Option(longName = "node", description = "pin local volumes to this node") String node,
      @Option(longName = "kind", description = "pod, deployment or statefulset") String kind,
      @Option(longName = "dynamic", description = "provision plugin volumes with a StorageClass")
          boolean dynamic,
      @Option(longName = "as-pv", description = "bind mounts as hostPath PersistentVolumes")
          boolean asPv,
      @Option(longName = "json", description = "print what was applied as JSON") boolean json) {
    List<HasMetadata> objects =
        objects(
            dir,
            new K8sSource(container, volume, run, compose),
            () -> K8sCommands.options(namespace, size, storageClass, node, kind, dynamic, asPv));
    PrintWriter out = context.outputWriter();
    Style style = json ? Style.plain() : Style.forTerminal();
    try (ClusterConnection cluster = connect(kubeContext)) {
      ClusterRecognizer.Recognition recognition = recognise(cluster);
      guard(cluster, recognition, yes, dryRun ? "checked" : "applied");
      List<HostPaths.HostPath> unreachable =
          HostPaths.unreachable(HostPaths.of(objects), recognition);
      if (!unreachable.isEmpty()) {
        HostPaths.fix(recognition.kind(), unreachable).forEach(out::println);
        throw new CheckFailedException(
            "Nothing was applied: "
                + unreachable.get(0).path()
                + " is a folder of the Docker host that the "
                + recognition.kind().product()
                + " node does not have (it is a container or a VM), so the pod would see an empty"
                + " folder. The fix is above.");
      }
      if (recognition.kind() == ClusterKind.STORAGE_LAB && !dryRun) {
        engine()
            .ifPresent(
                e -> local(e).importImagesOf(objects, line -> progress(out, json, style, line)));
      }
      List<Applier.Applied> applied =
          new Applier(cluster.client())
              .apply(
                  objects,
                  dryRun,
                  a -> {
                    if (!json) {
                      out.println(
                          "  "
                              + a.outcome().word()
                              + "  "
                              + a.kind()
                              + " "
                              + (a.namespace().isEmpty() ? "" : a.namespace() + "/")
                              + a.name());
                      out.flush();
                    }
                  });
      if (json) {
        Map<String, Object> document = clusterJson(cluster, recognition);
        document.put("dryRun", dryRun);
        document.put("objects", applied);
        out.println(Json.write(document));
      } else {
        out.println(
            "\n"
                + (dryRun ? "Checked by the API server, nothing stored: " : "Applied ")
                + applied.size()
                + " object(s) on "
                + describe(cluster, recognition)
                + (dryRun ? "" : ". Prove it: k8s verify"));
      }
    }
  }

  /** {@code k8s verify (DIR | sources) [--context NAME] [--expect NAMES] [--yes] [--json]}. */
  @Command(
      name = {"k8s", "verify"},
      group = "Kubernetes",
      description =
          "Prove the applied manifests on the cluster: claims Bound, pod Running and seeing the data, data outliving pod and claim",
      help =
          "k8s verify (DIR | --container NAME | --volume NAME | --run \"<docker run line>\" | --compose FILE) [--context NAME] [--expect NAME[,NAME...]] [--yes] [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public void verify(
      CommandContext context,
      @Argument(index = 0, description = "the folder of manifests that was applied") String dir,
      @Option(longName = "container", description = "a container on the engine") String container,
      @Option(longName = "volume", description = "a volume on the engine") String volume,
      @Option(longName = "run", description = "a docker run line, in quotes") String run,
      @Option(longName = "compose", description = "a compose file") String compose,
      @Option(longName = "context", description = "the kubeconfig context") String kubeContext,
      @Option(
              longName = "expect",
              description = "names the pod must see in each claim's folder, comma-separated")
          String expect,
      @Option(
              longName = "yes",
              description =
                  "verify on a cluster that looks like production (verify deletes and re-makes the pod and the claim)")
          boolean yes,
      @Option(longName = "json", description = "print the checks as JSON") boolean json) {
    List<HasMetadata> objects =
        objects(
            dir,
            new K8sSource(container, volume, run, compose),
            () -> K8sCommands.options(null, null, null, null, null, false, false));
    List<String> expected =
        expect == null
            ? List.of()
            : Stream.of(expect.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    PrintWriter out = context.outputWriter();
    Style style = json ? Style.plain() : Style.forTerminal();
    try (ClusterConnection cluster = connect(kubeContext)) {
      ClusterRecognizer.Recognition recognition = recognise(cluster);
      guard(cluster, recognition, yes, "verified (verify deletes and re-makes the pod and claim)");
      Verifier verifier =
          new Verifier(
              cluster.client(),
              new ExecPodFiles(cluster.client(), this::onDockerHost),
              PATIENCE,
              what -> progress(out, json, style, what));
      List<Check> checks = verifier.verify(objects, expected);
      boolean passed = !checks.isEmpty() && checks.stream().allMatch(Check::holds);
      if (json) {
        Map<String, Object> document = clusterJson(cluster, recognition);
        document.put("checks", checks.stream().map(Checks::json).toList());
        document.put("result", passed ? "PASS" : "FAIL");
        out.println(Json.write(document));
      } else {
        out.println(Checks.text(checks, style).stripTrailing());
      }
      if (!passed) {
        throw new CheckFailedException(
            "Not proved on " + describe(cluster, recognition) + ": see the FAIL above.");
      }
    }
  }

  private static void progress(PrintWriter out, boolean json, Style style, String line) {
    if (!json) {
      out.println(style.dim("  " + line));
      out.flush();
    }
  }

  private LocalCluster local(Engine engine) {
    return new LocalCluster(engine, stores.forEngine(engine.id()).clusterDir());
  }

  private ClusterConnection connect(String kubeContext) {
    if (kubeContext != null && kubeContext.isBlank()) {
      throw new UsageException("--context is empty: give it a value.", kubeContext);
    }
    Optional<Engine> engine = engine();
    LocalCluster local = engine.map(this::local).orElse(null);
    boolean running =
        local != null && local.status().map(LocalCluster.Status::running).orElse(false);
    Path kubeconfig =
        local != null ? local.kubeconfig() : stores.clusterDir().resolve("kubeconfig.yaml");
    return ClusterConnection.open(Optional.ofNullable(kubeContext), kubeconfig, running);
  }

  private ClusterRecognizer.Recognition recognise(ClusterConnection cluster) {
    Optional<Engine> engine = engine();
    return ClusterRecognizer.recognise(
        cluster.context(),
        cluster.client().nodes().list().getItems(),
        name ->
            engine.flatMap(e -> e.inspectContainer(name)).map(ContainerInspect::bindsAtSamePath));
  }

  private static void guard(
      ClusterConnection cluster,
      ClusterRecognizer.Recognition recognition,
      boolean yes,
      String what) {
    Optional<String> rule =
        ProductionGuard.match(
            cluster.context(), cluster.cluster(), cluster.server(), recognition.kind());
    if (rule.isPresent() && !yes) {
      throw new InputException(
          "Context "
              + cluster.context()
              + " looks like production ("
              + rule.get()
              + "): nothing was "
              + what
              + ". Give --yes if you mean it.",
          cluster.context());
    }
  }

  private List<HasMetadata> objects(String dir, K8sSource source, Supplier<BridgeOptions> options) {
    BridgeOptions mapping = options.get();
    dir = dir == null || dir.isEmpty() ? null : dir;
    if (dir != null && source.given()) {
      throw new UsageException(
          "Give a folder or a source (--container, --volume, --run, --compose), not both.");
    }
    if (dir == null) {
      if (!source.given()) {
        throw new UsageException(
            "Give the folder k8s generate wrote, or a source: --container NAME, --volume NAME, --run \"<docker run line>\" or --compose FILE");
      }
      return source.read(session).plan(mapping).manifests().stream().map(Manifest::object).toList();
    }
    return Applier.inApplyOrder(read(UserPath.of("folder", dir)));
  }

  private static List<HasMetadata> read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InputException(
          dir + " is not a folder: give the folder k8s generate wrote.", dir.toString());
    }
    List<HasMetadata> objects = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
        try {
          objects.add(ManifestYaml.read(Files.readString(file)));
        } catch (IOException | RuntimeException e) {
          throw new InputException(
              file + " is not a Kubernetes manifest storage-lab can read: " + e.getMessage(),
              file.toString());
        }
      }
    } catch (IOException e) {
      throw new InputException("Cannot read " + dir + ": " + e.getMessage(), dir.toString());
    }
    if (objects.isEmpty()) {
      throw new InputException(dir + " holds no .yaml manifests.", dir.toString());
    }
    return objects;
  }

  /**
   * A folder of the Docker host, read as the lessons read it (here, or through a helper container
   * on a remote engine); empty when no engine answers.
   */
  private Optional<List<String>> onDockerHost(String path) {
    return engine()
        .map(e -> HostFiles.of(e, Ownership.newRun("k8s-verify"), line -> {}).list(path));
  }

  private Optional<Engine> engine() {
    try {
      return Optional.of(session.engine());
    } catch (EngineUnavailableException e) {
      return Optional.empty();
    }
  }

  private static String describe(
      ClusterConnection cluster, ClusterRecognizer.Recognition recognition) {
    return "context "
        + cluster.context()
        + " ("
        + recognition.kind().product()
        + ", "
        + cluster.server()
        + ")";
  }

  private static Map<String, Object> clusterJson(
      ClusterConnection cluster, ClusterRecognizer.Recognition recognition) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("context", cluster.context());
    document.put("server", cluster.server());
    document.put("cluster", recognition.kind().name().toLowerCase(Locale.ROOT));
    document.put("clusterEvidence", recognition.evidence());
    return document;
  }

  private Map<String, Object> statusJson(LocalCluster.Status status) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("running", status.running());
    document.put("container", LocalCluster.CONTAINER);
    document.put("image", status.image());
    document.put("context", LocalCluster.CONTEXT);
    document.put("server", status.server());
    document.put("kubeconfig", status.kubeconfig().toString());
    document.put("shared", status.shared());
    return document;
  }

  private static String statusText(LocalCluster.Status status, Style style) {
    StringBuilder out = new StringBuilder();
    out.append(style.heading("storage-lab's cluster"))
        .append(status.running() ? "  " + style.pass("running") : "  " + style.fail("stopped"))
        .append('\n')
        .append("  node        ")
        .append(LocalCluster.CONTAINER)
        .append(" (")
        .append(status.image())
        .append(")\n")
        .append("  server      ")
        .append(status.server())
        .append('\n')
        .append("  kubeconfig  ")
        .append(status.kubeconfig())
        .append(" (context ")
        .append(LocalCluster.CONTEXT)
        .append(")\n");
    status
        .shared()
        .forEach(f -> out.append("  shared      ").append(f).append(" (same path in the node)\n"));
    out.append("  use it      kubectl --kubeconfig ")
        .append(status.kubeconfig())
        .append(" get nodes");
    return out.toString();
  }
}
