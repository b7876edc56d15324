package dev.storagelab.shell.lesson;

import dev.storagelab.lesson.Lesson;
import dev.storagelab.lesson.LessonListener;
import dev.storagelab.lesson.LessonOutcome;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.LessonSession;
import dev.storagelab.lesson.Prediction;
import dev.storagelab.lesson.ResetOutcome;
import dev.storagelab.shell.CheckFailedException;
import dev.storagelab.shell.ExitStatuses;
import dev.storagelab.shell.engine.EngineSession;
import dev.storagelab.shell.output.Json;
import dev.storagelab.shell.output.Style;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/** {@code lesson run} and {@code lesson reset}: a whole lesson at once, and back to the start. */
public class LessonRunCommands {

  private final EngineSession session;
  private final LessonSessions sessions;

  public LessonRunCommands(EngineSession session, LessonSessions sessions) {
    this.session = session;
    this.sessions = sessions;
  }

  /** {@code lesson reset [LESSON]}. */
  @Command(
      name = {"lesson", "reset"},
      group = "Lessons",
      description =
          "Remove the lesson's objects (by label) and its lab folder, and forget its progress",
      help = "lesson reset [LESSON]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public String reset(
      @Argument(index = 0, description = "the lesson (default: the current one)") String id) {
    Lesson lesson = id == null || id.isBlank() ? lessons().current() : sessions.lesson(id);
    ResetOutcome outcome = lessons().reset(lesson, session.engine());
    String text = ResetView.text(outcome);
    if (!outcome.complete()) {
      throw new CheckFailedException(text);
    }
    return text;
  }

  /** {@code lesson run LESSON [--json]}. */
  @Command(
      name = {"lesson", "run"},
      group = "Lessons",
      description = "Run every step of a lesson; exit 0 only if every proof holds",
      help = "lesson run LESSON [--json] [--predict [--answers N=A,N=A]]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public void run(
      CommandContext context,
      @Argument(index = 0, description = "the lesson, e.g. docker-storage") String id,
      @Option(longName = "json", description = "one record per step") boolean json,
      @Option(longName = "predict", description = "answer each step's question before its proof")
          boolean predict,
      @Option(
              longName = "answers",
              description = "your predictions, for scripts: N=ANSWER,... (implies --predict)")
          String answers) {
    Lesson lesson = sessions.lesson(id);
    LessonSession.Predictor predictor =
        predict || answers != null
            ? Predictions.of(
                lesson,
                IntStream.range(0, lesson.steps().size()).boxed().toList(),
                Predictions.parse(answers),
                context.inputReader())
            : LessonSession.Predictor.NONE;
    PrintWriter out = context.outputWriter();
    Style style = Style.forTerminal();
    LessonRun run = newRun(lesson, json ? line -> {} : LessonPrinting.progress(out, style));
    Map<Integer, Prediction> predicted = new TreeMap<>();
    LessonListener listener =
        json
            ? new LessonListener() {
              @Override
              public void predicted(Lesson l, Prediction prediction) {
                predicted.put(prediction.step(), prediction);
              }
            }
            : LessonPrinting.steps(out, style);
    LessonOutcome outcome = lessons().runAll(lesson, run, listener, predictor);
    out.println(json ? Json.write(json(outcome, predicted)) : summary(outcome, style));
    out.flush();
    if (!outcome.passed()) {
      throw new CheckFailedException(
          outcome.failed() + " step(s) of " + lesson.id() + " did not prove their claim");
    }
  }

  /** {@code lesson run --json}: every step's record, with the learner's prediction beside it. */
  private static Map<String, Object> json(
      LessonOutcome outcome, Map<Integer, Prediction> predicted) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("lesson", outcome.lesson().id());
    document.put("passed", outcome.passed());
    document.put("skipped", outcome.skipped());
    document.put(
        "steps",
        outcome.results().stream()
            .map(
                result -> {
                  Map<String, Object> step = LessonView.json(result);
                  Optional.ofNullable(predicted.get(result.number()))
                      .ifPresent(p -> step.put("prediction", Predictions.json(p)));
                  return step;
                })
            .toList());
    return document;
  }

  /** The line after the last step: how many proved, and why some skipped. */
  private static String summary(LessonOutcome outcome, Style style) {
    return style.heading(
        outcome.lesson().title()
            + ": "
            + outcome.proved()
            + " of "
            + outcome.results().size()
            + " steps proved"
            + (outcome.skipped() == 0
                ? "."
                : ", "
                    + outcome.skipped()
                    + " skipped: they said what they would prove (see SKIP above)."));
  }

  private LessonRun newRun(Lesson lesson, java.util.function.Consumer<String> progress) {
    return lessons().newRun(lesson, session.engine(), progress, LessonSessions.hostAccess());
  }

  private LessonSession lessons() {
    return sessions.current();
  }
}
