package dev.storagelab.shell.k8s;

import dev.storagelab.docker.input.UserPath;
import dev.storagelab.k8s.bridge.BridgeOptions;
import dev.storagelab.k8s.bridge.Manifest;
import dev.storagelab.k8s.cluster.ClusterSession;
import dev.storagelab.k8s.manifests.ManifestFolder;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.ProgressStore;
import dev.storagelab.shell.CheckFailedException;
import dev.storagelab.shell.ExitStatuses;
import dev.storagelab.shell.OptionRecords;
import dev.storagelab.shell.OptionsFrom;
import dev.storagelab.shell.UsageException;
import dev.storagelab.shell.engine.EngineSession;
import dev.storagelab.shell.lesson.Learners;
import dev.storagelab.shell.output.Checks;
import dev.storagelab.shell.output.Json;
import dev.storagelab.shell.output.Style;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * {@code k8s apply} and {@code k8s verify}: manifests on a live cluster, storage-lab's own k3s or
 * one of the kubeconfig's. The cluster work is k8s-preview's {@link ClusterSession}; these commands
 * read the input and render the outcome.
 */
public class ApplyCommands {

  private final EngineSession session;
  private final ProgressStore stores;
  private final Learners learners;

  public ApplyCommands(EngineSession session, String home, Learners learners) {
    this.session = session;
    this.stores = ProgressStore.at(home);
    this.learners = learners;
  }

  /** {@code k8s apply (DIR | --container|--volume|--run|--compose) [options]}. */
  @Command(
      name = {"k8s", "apply"},
      group = "Kubernetes",
      description = "Apply manifests to a cluster by server-side apply, in dependency order",
      help =
          "k8s apply (DIR | --container NAME | --volume NAME | --run \"<docker run line>\" | --compose FILE) [--context NAME] [--dry-run] [--yes] [--namespace NS] [--size Q] [--storage-class C] [--node N] [--kind pod|deployment|statefulset] [--dynamic] [--as-pv] [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  @OptionsFrom({K8sSource.class, K8sMapping.class})
  public void apply(
      CommandContext context,
      @Argument(index = 0, description = "a folder of manifests (k8s generate's)") String dir,
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
      @Option(longName = "json", description = "print what was applied as JSON") boolean json) {
    List<Manifest> manifests =
        manifests(context, dir, OptionRecords.read(K8sMapping.class, context));
    PrintWriter out = context.outputWriter();
    Style style = json ? Style.plain() : Style.forTerminal();
    try (ClusterSession cluster = open(kubeContext)) {
      cluster.guard(yes, dryRun ? "checked" : "applied");
      ClusterSession.ApplyOutcome outcome =
          cluster.apply(
              manifests,
              dryRun,
              a -> {
                if (!json) {
                  out.println(ClusterView.applied(a));
                  out.flush();
                }
              },
              ClusterView.progress(out, json, style));
      if (outcome.refusal().isPresent()) {
        outcome.fix().forEach(out::println);
        throw new CheckFailedException(outcome.refusal().get());
      }
      out.println(
          json
              ? Json.write(ClusterView.appliedJson(cluster, dryRun, outcome))
              : ClusterView.appliedText(cluster, dryRun, outcome));
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
  @OptionsFrom(K8sSource.class)
  public void verify(
      CommandContext context,
      @Argument(index = 0, description = "the folder of manifests that was applied") String dir,
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
    List<Manifest> manifests = manifests(context, dir, K8sMapping.DEFAULTS);
    List<String> expected =
        expect == null
            ? List.of()
            : Stream.of(expect.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    PrintWriter out = context.outputWriter();
    Style style = json ? Style.plain() : Style.forTerminal();
    try (ClusterSession cluster = open(kubeContext)) {
      cluster.guard(yes, "verified (verify deletes and re-makes the pod and claim)");
      List<Check> checks =
          cluster.verify(manifests, expected, ClusterView.progress(out, json, style));
      boolean passed = !checks.isEmpty() && checks.stream().allMatch(Check::holds);
      if (json) {
        Map<String, Object> document = ClusterView.json(cluster);
        document.put("checks", checks.stream().map(Checks::json).toList());
        document.put("result", passed ? "PASS" : "FAIL");
        out.println(Json.write(document));
      } else {
        out.println(Checks.text(checks, style).stripTrailing());
      }
      if (!passed) {
        throw new CheckFailedException(
            "Not proved on " + cluster.describe() + ": see the FAIL above.");
      }
    }
  }

  private ClusterSession open(String kubeContext) {
    return ClusterSession.open(
        Optional.ofNullable(kubeContext),
        session.ifAnswering(),
        engine -> ClusterCommands.local(learners, engine),
        stores.folders().clusterDir().resolve("kubeconfig.yaml"));
  }

  /** The manifests of a folder, or of a source's plan: one of the two. */
  private List<Manifest> manifests(CommandContext context, String dir, K8sMapping mapping) {
    K8sSource source = OptionRecords.read(K8sSource.class, context);
    // Checked whether a folder or a source is read: a bad option is exit 2 either way.
    BridgeOptions options = mapping.options();
    String folder = dir == null || dir.isEmpty() ? null : dir;
    if (folder != null && source.given()) {
      throw new UsageException(
          "Give a folder or a source (--container, --volume, --run, --compose), not both.");
    }
    if (folder != null) {
      return ManifestFolder.read(UserPath.of("folder", folder));
    }
    if (!source.given()) {
      throw new UsageException(
          "Give the folder k8s generate wrote, or a source: --container NAME, --volume NAME, --run \"<docker run line>\" or --compose FILE");
    }
    return source.read(session).plan(options).manifests();
  }
}
