package dev.storagelab.shell.lesson;

import dev.storagelab.lesson.Lesson;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.LessonSession;
import dev.storagelab.lesson.Progress;
import dev.storagelab.lesson.StepResult;
import dev.storagelab.shell.CheckFailedException;
import dev.storagelab.shell.ExitStatuses;
import dev.storagelab.shell.UsageException;
import dev.storagelab.shell.engine.EngineSession;
import dev.storagelab.shell.output.Json;
import dev.storagelab.shell.output.Style;
import dev.storagelab.shell.output.Table;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/** {@code lesson ...}: walk a lesson step by step, or run it whole. */
public class LessonCommands {

  private final EngineSession session;
  private final LessonSessions sessions;

  public LessonCommands(EngineSession session, LessonSessions sessions) {
    this.session = session;
    this.sessions = sessions;
  }

  /** {@code lesson list}. */
  @Command(
      name = {"lesson", "list"},
      group = "Lessons",
      description = "The lessons, their steps and your progress",
      help = "lesson list",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public String list() {
    Table table = Table.of("LESSON", "TITLE", "STEPS", "DONE", "CURRENT");
    for (Lesson lesson : lessons().lessons()) {
      Progress progress = lessons().progress(lesson);
      table.row(
          lesson.id(),
          lesson.title(),
          lesson.steps().size(),
          progress.done() + "/" + lesson.steps().size(),
          progress.current() < 0 ? "-" : progress.current());
    }
    return table.render(Style.forTerminal());
  }

  /** {@code lesson start LESSON}. */
  @Command(
      name = {"lesson", "start"},
      group = "Lessons",
      description = "Begin a lesson, or resume it where you left off",
      help = "lesson start LESSON",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public void start(
      CommandContext context,
      @Argument(index = 0, description = "the lesson, e.g. docker-storage") String id) {
    Lesson lesson = sessions.lesson(id);
    lessons().activate(lesson);
    show(
        context,
        lesson,
        Math.max(lessons().progress(lesson).current(), 0),
        LessonSession.Predictor.NONE);
  }

  /** {@code lesson next}. */
  @Command(
      name = {"lesson", "next"},
      group = "Lessons",
      description = "Go to the next step and run it",
      help = "lesson next [--predict [--answer A]]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public void next(
      CommandContext context,
      @Option(longName = "predict", description = "answer the step's question before its proof")
          boolean predict,
      @Option(longName = "answer", description = "your prediction, for scripts (implies --predict)")
          String answer) {
    Lesson lesson = lessons().current();
    int step = lessons().progress(lesson).current() + 1;
    if (step >= lesson.steps().size()) {
      throw new UsageException(
          "That was the last step of " + lesson.id() + ". 'lesson status' shows how it went.");
    }
    show(context, lesson, step, predictor(context, lesson, step, predict, answer));
  }

  /** {@code lesson back}. */
  @Command(
      name = {"lesson", "back"},
      group = "Lessons",
      description = "Go back one step and run it again",
      help = "lesson back",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public void back(CommandContext context) {
    Lesson lesson = lessons().current();
    show(
        context,
        lesson,
        Math.max(lessons().progress(lesson).current() - 1, 0),
        LessonSession.Predictor.NONE);
  }

  /** {@code lesson step N}. */
  @Command(
      name = {"lesson", "step"},
      group = "Lessons",
      description = "Jump to a step and run it (it sets up what it needs)",
      help = "lesson step N [--predict [--answer A]]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public void step(
      CommandContext context,
      @Argument(index = 0, description = "the step number") String number,
      @Option(longName = "predict", description = "answer the step's question before its proof")
          boolean predict,
      @Option(longName = "answer", description = "your prediction, for scripts (implies --predict)")
          String answer) {
    Lesson lesson = lessons().current();
    int step = StepNumber.parse(lesson, number, "lesson step N");
    show(context, lesson, step, predictor(context, lesson, step, predict, answer));
  }

  /** {@code lesson status}. */
  @Command(
      name = {"lesson", "status"},
      group = "Lessons",
      description = "Each step of the current lesson: done, failed or pending",
      help = "lesson status [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public String status(
      @Option(longName = "json", description = "print the steps as JSON") boolean json) {
    Lesson lesson = lessons().current();
    Progress progress = lessons().progress(lesson);
    return json
        ? Json.write(LessonView.statusJson(lesson, progress, lessons().learner().name()))
        : LessonView.status(lesson, progress, Style.forTerminal());
  }

  private LessonSession.Predictor predictor(
      CommandContext context, Lesson lesson, int step, boolean predict, String answer) {
    if (!predict && answer == null) {
      return LessonSession.Predictor.NONE;
    }
    Map<Integer, String> answers = answer == null ? Map.of() : Map.of(step, answer);
    return Predictions.of(lesson, List.of(step), answers, context.inputReader());
  }

  private void show(
      CommandContext context, Lesson lesson, int number, LessonSession.Predictor predictor) {
    PrintWriter out = context.outputWriter();
    Style style = Style.forTerminal();
    StepResult result =
        lessons()
            .perform(
                lesson,
                number,
                newRun(lesson, LessonPrinting.progress(out, style)),
                LessonPrinting.steps(out, style),
                predictor);
    out.println(
        style.dim(
            number + 1 < lesson.steps().size()
                ? "Next: 'lesson next' (step " + (number + 1) + ")."
                : "That was the last step. 'lesson status' shows how it went."));
    out.flush();
    if (result.failed()) {
      throw new CheckFailedException(
          "Step " + number + " (" + result.title() + ") did not prove its claim");
    }
  }

  private LessonRun newRun(Lesson lesson, Consumer<String> progress) {
    return lessons().newRun(lesson, session.engine(), progress, LessonSessions.hostAccess());
  }

  private LessonSession lessons() {
    return sessions.current();
  }
}
