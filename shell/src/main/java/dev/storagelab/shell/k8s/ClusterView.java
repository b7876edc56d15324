package dev.storagelab.shell.k8s;

import dev.storagelab.k8s.cluster.Applier;
import dev.storagelab.k8s.cluster.ClusterSession;
import dev.storagelab.k8s.cluster.LocalCluster;
import dev.storagelab.shell.output.Style;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** How the cluster commands show a cluster, an applied object and progress, as text or JSON. */
final class ClusterView {

  private ClusterView() {}

  /** Progress lines for a person; nothing when the output is JSON for a script. */
  static Consumer<String> progress(PrintWriter out, boolean json, Style style) {
    return line -> {
      if (!json) {
        out.println(style.dim("  " + line));
        out.flush();
      }
    };
  }

  /** {@code created Pod default/web}. */
  static String applied(Applier.Applied a) {
    return "  "
        + a.outcome().word()
        + "  "
        + a.kind()
        + " "
        + (a.namespace().isEmpty() ? "" : a.namespace() + "/")
        + a.name();
  }

  /** The cluster a command worked on: the start of its JSON document. */
  static Map<String, Object> json(ClusterSession cluster) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("context", cluster.context());
    document.put("server", cluster.server());
    document.put("cluster", cluster.recognition().kind().name().toLowerCase(Locale.ROOT));
    document.put("clusterEvidence", cluster.recognition().evidence());
    return document;
  }

  /** {@code k8s apply --json}: the cluster, whether it was a dry run, each object applied. */
  static Map<String, Object> appliedJson(
      ClusterSession cluster, boolean dryRun, ClusterSession.ApplyOutcome outcome) {
    Map<String, Object> document = json(cluster);
    document.put("dryRun", dryRun);
    document.put("objects", outcome.applied());
    return document;
  }

  /** The line after the objects applied: how many, where, and what proves it. */
  static String appliedText(
      ClusterSession cluster, boolean dryRun, ClusterSession.ApplyOutcome outcome) {
    return "\n"
        + (dryRun ? "Checked by the API server, nothing stored: " : "Applied ")
        + outcome.applied().size()
        + " object(s) on "
        + cluster.describe()
        + (dryRun ? "" : ". Prove it: k8s verify");
  }

  static Map<String, Object> json(LocalCluster.Status status) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("running", status.running());
    document.put("container", status.container());
    document.put("image", status.image());
    document.put("context", LocalCluster.CONTEXT);
    document.put("server", status.server());
    document.put("kubeconfig", status.kubeconfig().toString());
    document.put("shared", status.shared());
    return document;
  }

  static String text(LocalCluster.Status status, Style style) {
    StringBuilder out = new StringBuilder();
    out.append(style.heading("storage-lab's cluster"))
        .append(status.running() ? "  " + style.pass("running") : "  " + style.fail("stopped"))
        .append('\n')
        .append("  node        ")
        .append(status.container())
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
