package dev.storagelab.shell.lesson;

import dev.storagelab.lesson.Lesson;
import dev.storagelab.lesson.Step;
import dev.storagelab.lesson.StepResult;
import dev.storagelab.shell.output.Checks;
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
    StringBuilder out = new StringBuilder(rule("Step", lesson, number, style));
    out.append('\n').append(style.heading("  " + lesson.commandsHeading())).append('\n');
    cli.forEach(command -> out.append("    $ ").append(command).append('\n'));
    return out.toString();
  }

  /** An exercise: the step's explanation, its goal, and the commands as a hint to type. */
  static String exercise(Lesson lesson, int number, String goal, List<String> cli, Style style) {
    StringBuilder out = new StringBuilder(rule("Exercise", lesson, number, style));
    out.append('\n').append(style.heading("  goal")).append('\n');
    wrap(goal).forEach(line -> out.append("  ").append(line).append('\n'));
    out.append('\n')
        .append(style.heading("  hint: the " + lesson.commandsHeading() + " to type yourself"))
        .append('\n');
    cli.forEach(command -> out.append("    $ ").append(command).append('\n'));
    return out.toString();
  }

  private static String rule(String word, Lesson lesson, int number, Style style) {
    Step step = lesson.step(number);
    StringBuilder out = new StringBuilder();
    String rule =
        "━━ "
            + word
            + " "
            + number
            + "/"
            + (lesson.steps().size() - 1)
            + " · "
            + step.title()
            + " ";
    out.append(style.heading(rule + "━".repeat(Math.max(3, WIDTH - rule.length())))).append('\n');
    wrap(step.explain()).forEach(line -> out.append(line).append('\n'));
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
    step.report()
        .skipped()
        .ifPresent(
            why ->
                out.append("    ")
                    .append(style.warn("SKIP"))
                    .append("  ")
                    .append(why)
                    .append('\n'));
    out.append(Checks.text(step.report().checks(), style));
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
    json.put("dockerCli", step.commands());
    List<Map<String, Object>> evidence = step.report().checks().stream().map(Checks::json).toList();
    json.put("evidence", evidence);
    json.put("notes", step.report().notes());
    json.put("diagram", step.report().diagram().isEmpty() ? null : step.report().diagram());
    json.put("error", step.error());
    json.put("elapsedMillis", step.elapsed().toMillis());
    json.put("skipped", step.report().skipped().orElse(null));
    json.put("result", step.skipped() ? "SKIP" : step.passed() ? "PASS" : "FAIL");
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
