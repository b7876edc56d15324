package dev.storagelab.shell.lesson;

import dev.storagelab.lesson.Exercise;
import dev.storagelab.lesson.Lesson;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.Practice;
import dev.storagelab.lesson.StepResult;
import dev.storagelab.shell.CheckFailedException;
import dev.storagelab.shell.ExitStatuses;
import dev.storagelab.shell.engine.EngineSession;
import dev.storagelab.shell.output.Json;
import dev.storagelab.shell.output.Style;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * {@code lesson practice} and {@code lesson check}: the lesson turned around. The learner types the
 * docker commands in their own terminal; storage-lab reads what they made and says whether the
 * step's claim holds, never changing or removing their objects.
 */
public class PracticeCommands {

  private final EngineSession session;
  private final LessonSessions sessions;

  public PracticeCommands(EngineSession session, LessonSessions sessions) {
    this.session = session;
    this.sessions = sessions;
  }

  /** {@code lesson practice LESSON [N] [--json]}. */
  @Command(
      name = {"lesson", "practice"},
      group = "Lessons",
      description = "Show a step as an exercise: its goal and the commands to type yourself",
      help = "lesson practice LESSON [N] [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public String practice(
      @Argument(index = 0, description = "the lesson, e.g. docker-storage") String id,
      @Argument(index = 1, description = "the step (default: where you are)") String number,
      @Option(longName = "json", description = "the exercise as JSON") boolean json) {
    Lesson lesson = sessions.lesson(id);
    Practice.requireExercises(lesson);
    Integer asked =
        number == null || number.isBlank()
            ? null
            : StepNumber.parse(lesson, number, "lesson practice " + lesson.id() + " N");
    Practice practice = practice();
    int step = asked == null ? firstExercise(practice, lesson) : asked;
    Exercise exercise = practice.show(lesson, step);
    LessonRun run = newRun(practice, lesson);
    String goal = exercise.goal(run);
    if (json) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("lesson", lesson.id());
      document.put("number", step);
      document.put("title", lesson.step(step).title());
      document.put("goal", goal);
      document.put("dockerCli", lesson.step(step).commands(run));
      document.put("folder", practice.folder(lesson).toString());
      return Json.write(document);
    }
    Style style = Style.forTerminal();
    return LessonView.exercise(lesson, step, goal, lesson.step(step).commands(run), style)
        + "\n"
        + style.dim(
            "Type them in your own terminal (your practice folder is "
                + practice.folder(lesson)
                + "), then: lesson check");
  }

  /** {@code lesson check [N] [--json]}. */
  @Command(
      name = {"lesson", "check"},
      group = "Lessons",
      description =
          "Check what you made by hand for a step's claim; exit 0 when it holds, 1 when not",
      help = "lesson check [N] [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public void check(
      CommandContext context,
      @Argument(index = 0, description = "the step (default: the current exercise)") String number,
      @Option(longName = "json", description = "the check as JSON") boolean json) {
    Practice practice = practice();
    Lesson lesson = practice.current();
    int step =
        number == null || number.isBlank()
            ? practice.progress(lesson).current()
            : StepNumber.parse(lesson, number, "lesson check N");
    StepResult result = practice.check(lesson, step, newRun(practice, lesson));
    int next = practice.nextExercise(lesson, step);
    PrintWriter out = context.outputWriter();
    if (json) {
      Map<String, Object> document = new LinkedHashMap<>(LessonView.json(result));
      document.put("lesson", lesson.id());
      document.put("next", !result.failed() && next != step ? next : null);
      out.println(Json.write(document));
    } else {
      Style style = Style.forTerminal();
      out.println(
          style.heading("━━ Check " + step + "/" + (lesson.steps().size() - 1) + " · ")
              + style.heading(result.title()));
      out.println(LessonView.proof(result, style));
      out.println();
      out.println(
          style.dim(
              result.failed()
                  ? "Not yet: do what the hints say, then 'lesson check' again."
                  : next != step
                      ? "Next: 'lesson practice " + lesson.id() + "' shows exercise " + next + "."
                      : "That was the last exercise of " + lesson.id() + "."));
    }
    out.flush();
    if (result.failed()) {
      throw new CheckFailedException(
          "Step " + step + " (" + result.title() + "): the claim does not hold yet");
    }
  }

  private static int firstExercise(Practice practice, Lesson lesson) {
    int current = practice.progress(lesson).current();
    return current >= 0 ? current : practice.nextExercise(lesson, -1);
  }

  private LessonRun newRun(Practice practice, Lesson lesson) {
    return practice.newRun(lesson, session.engine(), LessonSessions.hostAccess());
  }

  private Practice practice() {
    return sessions.current().practice();
  }
}
