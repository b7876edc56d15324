package dev.storagelab.shell.handout;

import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.Evidence;
import dev.storagelab.lesson.Lesson;
import dev.storagelab.lesson.StepRecord;
import java.util.List;
import java.util.Map;

/**
 * A lesson's handout in Markdown, from a real run: each step's explanation, its commands, the
 * evidence that run observed (marked as this run's, since paths, digests and sizes are this
 * machine's), its diagram and notes, and the files the lesson wrote (lesson 2's manifests).
 */
final class Handout {

  private Handout() {}

  /**
   * The Markdown.
   *
   * @param records the run's records, in step order
   * @param files files the lesson wrote, by name, to show whole
   * @param where the engine the run was on, in words
   */
  static String markdown(
      Lesson lesson, List<StepRecord> records, Map<String, String> files, String where) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(lesson.title()).append("\n\n");
    out.append("> A handout from a real run of `")
        .append(lesson.id())
        .append("` on ")
        .append(where)
        .append(". Everything under **Observed in this run** is that run's evidence: paths,")
        .append(" digests, sizes and IDs are that machine's, and will differ on yours.\n\n");
    for (int i = 0; i < lesson.steps().size(); i++) {
      int number = i;
      StepRecord record =
          records.stream().filter(r -> r.number() == number).findFirst().orElse(null);
      out.append("## Step ").append(i).append(" · ").append(lesson.step(i).title()).append("\n\n");
      if (record == null) {
        out.append("*This step did not run in the run this handout was made from.*\n\n");
        continue;
      }
      out.append(record.explain()).append("\n\n");
      out.append("**").append(lesson.commandsHeading()).append("**\n\n```sh\n");
      record.commands().forEach(command -> out.append("$ ").append(command).append('\n'));
      out.append("```\n\n");
      observed(record, out);
      if (!record.diagram().isEmpty()) {
        out.append("```text\n").append(record.diagram()).append("\n```\n\n");
      }
      record.notes().forEach(note -> out.append("> ").append(oneLine(note)).append("\n>\n"));
      if (!record.notes().isEmpty()) {
        out.setLength(out.length() - 2);
        out.append('\n');
      }
    }
    if (!files.isEmpty()) {
      out.append("## The files the lesson wrote\n\n");
      files.forEach(
          (name, text) ->
              out.append("### ")
                  .append(name)
                  .append("\n\n```yaml\n")
                  .append(text.stripTrailing())
                  .append("\n```\n\n"));
    }
    return out.toString();
  }

  private static void observed(StepRecord record, StringBuilder out) {
    out.append("**Observed in this run** *(from this run, ").append(record.at()).append(")*\n\n");
    if (record.skipped() != null) {
      out.append("- SKIP — ").append(oneLine(record.skipped())).append("\n\n");
      return;
    }
    if (record.error() != null) {
      out.append("- FAIL — the step could not finish: ").append(code(record.error())).append('\n');
    }
    for (Check check : record.checks()) {
      out.append("- ")
          .append(check.holds() ? "PASS" : "FAIL")
          .append(" — ")
          .append(oneLine(check.claim()))
          .append('\n');
      for (Evidence evidence : check.evidence()) {
        out.append("  - ").append(oneLine(evidence.label())).append(": ");
        if (evidence.value().contains("\n")) {
          out.append("\n\n    ```text\n");
          evidence.value().lines().forEach(line -> out.append("    ").append(line).append('\n'));
          out.append("    ```\n\n");
        } else {
          out.append(code(evidence.value())).append('\n');
        }
      }
    }
    out.append('\n');
  }

  /** A value as inline code, fenced with more backticks than it holds. */
  static String code(String value) {
    String text = oneLine(value);
    if (text.isEmpty()) {
      return "(empty)";
    }
    String fence = "`";
    while (text.contains(fence)) {
      fence += "`";
    }
    String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
    return fence + pad + text + pad + fence;
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
