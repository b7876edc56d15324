package dev.storagelab.shell.lesson;

import dev.storagelab.lesson.Lesson;
import dev.storagelab.lesson.Progress;
import dev.storagelab.lesson.Step;
import dev.storagelab.lesson.StepResult;
import dev.storagelab.shell.output.Checks;
import dev.storagelab.shell.output.Style;
import dev.storagelab.shell.output.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
  /** {@code lesson status}: each step's state, the current one marked. */
  static String status(Lesson lesson, Progress progress, Style style) {
    Table table = Table.of("", "STEP", "TITLE", "STATE");
    for (int i = 0; i < lesson.steps().size(); i++) {
      String state = progress.state(i);
      String shown =
          state.equals("done")
              ? style.pass(state)
              : state.equals("failed") ? style.fail(state) : state;
      table.row(i == progress.current() ? "▶" : " ", i, lesson.step(i).title(), shown);
    }
    return lesson.title() + "\n" + table.render(style);
  }

  /** {@code lesson status --json}: each step's state, with the learner's prediction. */
  static Map<String, Object> statusJson(Lesson lesson, Progress progress, String learner) {
    List<Map<String, Object>> steps = new ArrayList<>();
    for (int i = 0; i < lesson.steps().size(); i++) {
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("number", i);
      step.put("title", lesson.step(i).title());
      step.put("state", progress.state(i));
      Optional.ofNullable(progress.predictions().get(i))
          .ifPresent(p -> step.put("prediction", Predictions.json(p)));
      steps.add(step);
    }
    return Map.of(
        "lesson", lesson.id(), "learner", learner, "current", progress.current(), "steps", steps);
  }

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
