package dev.storagelab.shell.lesson;

import dev.storagelab.docker.lesson.Check;
import dev.storagelab.docker.lesson.Evidence;
import dev.storagelab.docker.lesson.Lesson;
import dev.storagelab.docker.lesson.Step;
import dev.storagelab.docker.lesson.StepResult;
import dev.storagelab.shell.output.Style;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A step as the learner reads it, and as {@code --json} prints it. */
final class LessonView {

  private static final int WIDTH = 88;

  private LessonView() {}

  /** The step before it runs: its title, explanation and docker CLI equivalent. */
  static String header(Lesson lesson, int number, List<String> cli, Style style) {
    Step step = lesson.step(number);
    StringBuilder out = new StringBuilder();
    String rule =
        "━━ Step " + number + "/" + (lesson.steps().size() - 1) + " · " + step.title() + " ";
    out.append(style.heading(rule + "━".repeat(Math.max(3, WIDTH - rule.length())))).append('\n');
    wrap(step.explain()).forEach(line -> out.append(line).append('\n'));
    out.append('\n').append(style.heading("  " + lesson.commandsHeading())).append('\n');
    cli.forEach(command -> out.append("    $ ").append(command).append('\n'));
    return out.toString();
  }

  /** The step's proof: each claim PASS or FAIL with its evidence, then notes and the diagram. */
  static String proof(StepResult step, Style style) {
    StringBuilder out =
        new StringBuilder(
            '\n'
                + style.heading("  proof")
                + style.dim("  (" + step.elapsed().toMillis() + " ms)")
                + '\n');
    if (step.error() != null) {
      out.append("    ")
          .append(style.fail("FAIL"))
          .append("  the step could not finish: ")
          .append(step.error())
          .append('\n');
    }
    for (Check check : step.report().checks()) {
      out.append("    ")
          .append(check.holds() ? style.pass("PASS") : style.fail("FAIL"))
          .append("  ")
          .append(check.claim())
          .append('\n');
      for (Evidence evidence : check.evidence()) {
        String value =
            evidence.value().replace("\n", "\n" + " ".repeat(12 + evidence.label().length()));
        out.append(style.dim("          " + evidence.label() + ": " + value)).append('\n');
      }
    }
    if (!step.report().diagram().isEmpty()) {
      out.append('\n').append(step.report().diagram()).append('\n');
    }
    for (String note : step.report().notes()) {
      out.append('\n')
          .append(
              note.startsWith("recap:") ? "  " + note.substring(7) : style.warn("  note: ") + note);
    }
    return out.toString().stripTrailing();
  }

  /** One step as a JSON record, documented in docs/cli.md. */
  static Map<String, Object> json(StepResult step) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("number", step.number());
    json.put("title", step.title());
    json.put("dockerCli", step.dockerCli());
    List<Map<String, Object>> evidence = new ArrayList<>();
    for (Check check : step.report().checks()) {
      Map<String, Object> claim = new LinkedHashMap<>();
      claim.put("claim", check.claim());
      claim.put("result", check.holds() ? "PASS" : "FAIL");
      claim.put(
          "facts",
          check.evidence().stream()
              .map(e -> Map.of("label", e.label(), "value", e.value()))
              .toList());
      evidence.add(claim);
    }
    json.put("evidence", evidence);
    json.put("notes", step.report().notes());
    json.put("diagram", step.report().diagram().isEmpty() ? null : step.report().diagram());
    json.put("error", step.error());
    json.put("elapsedMillis", step.elapsed().toMillis());
    json.put("result", step.passed() ? "PASS" : "FAIL");
    return json;
  }

  private static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() + word.length() + 1 > WIDTH) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
