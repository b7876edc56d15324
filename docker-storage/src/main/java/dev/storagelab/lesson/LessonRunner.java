package dev.storagelab.lesson;

import dev.storagelab.docker.engine.EngineException;
import dev.storagelab.docker.engine.EngineUnavailableException;
import dev.storagelab.docker.image.BaseImageUnavailableException;
import dev.storagelab.docker.input.InputException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs steps: the step acts and proves; the runner turns an operation that fails into a failed step
 * with the engine's message as evidence, so one refusal never hides the rest of the lesson.
 */
public final class LessonRunner {

  private LessonRunner() {}

  /** Runs one step, given the lesson and the step's number. */
  @FunctionalInterface
  public interface StepPerformer {
    /** Runs the step and gives its result. */
    StepResult perform(Lesson lesson, int number);
  }

  /**
   * Runs every step of the lesson in order, each through {@code performer} (which saves progress
   * and tells a listener), whatever the earlier steps proved: each step sets up what it needs.
   */
  public static LessonOutcome runAll(Lesson lesson, StepPerformer performer) {
    List<StepResult> results = new ArrayList<>();
    for (int i = 0; i < lesson.steps().size(); i++) {
      results.add(performer.perform(lesson, i));
    }
    return new LessonOutcome(lesson, results);
  }

  /** Runs every step of the lesson in order, saving nothing: for tests and one-off runs. */
  public static LessonOutcome runAll(Lesson lesson, LessonRun run) {
    return runAll(lesson, (l, n) -> run(l, n, run));
  }

  /** Runs one step of the lesson. */
  public static StepResult run(Lesson lesson, int number, LessonRun run) {
    return attempt(lesson, number, run, step -> step.perform(run));
  }

  /**
   * Checks the exercise of one step against what the learner made.
   *
   * @throws InputException when the step has no exercise
   */
  public static StepResult check(Lesson lesson, int number, LessonRun run) {
    Exercise exercise = exercise(lesson, number);
    return attempt(lesson, number, run, step -> exercise.check(run));
  }

  /**
   * The step's exercise.
   *
   * @throws InputException when it has none
   */
  public static Exercise exercise(Lesson lesson, int number) {
    Step step = lesson.step(number);
    return step.exercise()
        .orElseThrow(
            () ->
                new InputException(
                    "Step "
                        + number
                        + " of "
                        + lesson.id()
                        + " ("
                        + step.title()
                        + ") has no exercise: 'lesson step "
                        + number
                        + "' runs it",
                    String.valueOf(number)));
  }

  /**
   * The commands a step shows for this run. They name the learner's objects, which may ask the
   * engine; an engine that stops answering interrupts the step as its action would.
   *
   * @throws StepInterruptedException when the engine does not answer
   */
  public static List<String> commands(Lesson lesson, int number, LessonRun run) {
    Step step = lesson.step(number);
    try {
      return step.commands(run);
    } catch (EngineUnavailableException e) {
      throw new StepInterruptedException(number, step.title(), e);
    }
  }

  private static StepResult attempt(
      Lesson lesson, int number, LessonRun run, Function<Step, StepReport> act) {
    Step step = lesson.step(number);
    List<String> cli = commands(lesson, number, run);
    StepReport report;
    String error = null;
    long start = System.nanoTime();
    try {
      report = act.apply(step);
    } catch (EngineUnavailableException e) {
      throw new StepInterruptedException(number, step.title(), e);
    } catch (BaseImageUnavailableException e) {
      throw e;
    } catch (EngineException | UncheckedIOException | LessonException e) {
      report = new StepReport(List.of(), List.of(), "");
      error = e.getMessage();
    }
    List<String> notes = new ArrayList<>(run.takeNotes());
    notes.addAll(report.notes());
    StepResult result =
        new StepResult(
            number,
            step.title(),
            step.explain(),
            cli,
            new StepReport(report.checks(), notes, report.diagram(), report.skipped()),
            error,
            java.time.Duration.ofNanos(System.nanoTime() - start));
    run.record(result);
    return result;
  }
}
