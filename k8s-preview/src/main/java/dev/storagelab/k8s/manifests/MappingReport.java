package dev.storagelab.k8s.manifests;

import dev.storagelab.k8s.bridge.BridgePlan;
import dev.storagelab.k8s.bridge.MappingRow;
import dev.storagelab.k8s.bridge.SettingRow;

/**
 * The mapping of a plan as Markdown: one row per Docker mount with the reason, then the notes.
 * {@code k8s generate} writes it beside the manifests as {@code MAPPING.md} ({@code kubectl apply}
 * ignores it).
 */
public final class MappingReport {

  private MappingReport() {}

  /** The report. */
  public static String markdown(BridgePlan plan) {
    StringBuilder out =
        new StringBuilder("# " + plan.name() + ": Docker mounts → Kubernetes storage\n\n");
    out.append("| workload | Docker mount | Kubernetes | why |\n|---|---|---|---|\n");
    for (MappingRow row : plan.rows()) {
      out.append("| ")
          .append(cell(row.workload()))
          .append(" | `")
          .append(cell(row.dockerMount()))
          .append("` | ")
          .append(cell(row.kubernetes()))
          .append(" | ")
          .append(cell(row.reason()))
          .append(" |\n");
    }
    if (!plan.settings().isEmpty()) {
      out.append("\n## How each program runs\n\n");
      out.append("| workload | Docker | Kubernetes | why |\n|---|---|---|---|\n");
      for (SettingRow row : plan.settings()) {
        out.append("| ")
            .append(cell(row.workload()))
            .append(" | `")
            .append(cell(row.docker()).replace("`", "'"))
            .append("` | ")
            .append(cell(row.kubernetes()))
            .append(" | ")
            .append(cell(row.reason()))
            .append(" |\n");
      }
    }
    out.append("\nPod Security level needed: **").append(plan.podSecurityLevel()).append("**\n");
    if (!plan.notes().isEmpty()) {
      out.append("\n## Notes\n\n");
      plan.notes().forEach(note -> out.append("- ").append(oneLine(note)).append('\n'));
    }
    out.append("\n## Apply\n\n```sh\nkubectl apply -f .\n```\n");
    return out.toString();
  }

  private static String cell(String text) {
    return oneLine(text).replace("|", "\\|");
  }

  /** Paths in a row or note may hold line breaks, which would end the row or the list item. */
  private static String oneLine(String text) {
    return text.replaceAll("\\R", " ");
  }
}
