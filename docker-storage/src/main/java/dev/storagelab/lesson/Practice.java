package dev.storagelab.lesson;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.host.HostFiles;
import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.lab.LearnerId;
import dev.storagelab.docker.lab.Ownership;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A learner's exercises on one engine: which step they are on, what their checks found, and their
 * practice folder. The learner types the commands; storage-lab only reads what they made.
 */
public final class Practice {

  private final List<Lesson> catalogue;
  private final ProgressStore store;
  private final LearnerId learner;

  /**
   * The practice kept in a store.
   *
   * @param catalogue the lessons on offer
   * @param store the practice store of the engine (see {@link ProgressStore#practice})
   * @param learner whose exercises they are
   */
  public Practice(List<Lesson> catalogue, ProgressStore store, LearnerId learner) {
    this.catalogue = List.copyOf(catalogue);
    this.store = store;
    this.learner = learner;
  }

  /**
   * The lesson being practised: the one with practice progress.
   *
   * @throws InputException when none is
   */
  public Lesson current() {
    return LessonSession.firstStarted(
        catalogue, this::progress, "No practice started", "lesson practice");
  }

  /**
   * Whether the lesson has exercises at all.
   *
   * @throws InputException when it has none
   */
  public static void requireExercises(Lesson lesson) {
    if (lesson.steps().stream().allMatch(s -> s.exercise().isEmpty())) {
      throw new InputException(
          "Lesson "
              + lesson.id()
              + " has no exercises: its steps are storage-lab's own work. 'lesson run "
              + lesson.id()
              + "' runs it.",
          lesson.id());
    }
  }

  /** The learner's practice progress in a lesson. */
  public Progress progress(Lesson lesson) {
    return store.load(lesson.id());
  }

  /** The learner's practice folder for a lesson. */
  public Path folder(Lesson lesson) {
    return store.folders().labDir(lesson.id());
  }

  /** A run that reads what the learner made, with the learner's names and their folder. */
  public LessonRun newRun(Lesson lesson, Engine engine, HostFiles.Access access) {
    return LessonRun.practice(
        engine,
        new Ownership(lesson.id(), progress(lesson).run(), learner.name()),
        folder(lesson),
        access);
  }

  /**
   * Makes a step the one {@code lesson check} checks.
   *
   * @throws InputException when the step has no exercise
   */
  public Exercise show(Lesson lesson, int number) {
    Exercise exercise = LessonRunner.exercise(lesson, number);
    Progress saved = progress(lesson);
    store.save(new Progress(lesson.id(), saved.run(), number, saved.results()));
    return exercise;
  }

  /**
   * Checks a step's exercise and keeps the result; when it holds, the next exercise becomes the
   * current one.
   */
  public StepResult check(Lesson lesson, int number, LessonRun run) {
    StepResult result = LessonRunner.check(lesson, number, run);
    Progress saved = progress(lesson);
    Map<Integer, String> results = new TreeMap<>(saved.after(result).results());
    int next = !result.failed() ? nextExercise(lesson, number) : number;
    store.save(new Progress(lesson.id(), saved.run(), next, results));
    return result;
  }

  /** The exercise after {@code number}, or {@code number} itself after the last one. */
  public int nextExercise(Lesson lesson, int number) {
    for (int i = number + 1; i < lesson.steps().size(); i++) {
      if (lesson.step(i).exercise().isPresent()) {
        return i;
      }
    }
    return number;
  }

  /** Forgets the practice progress of a lesson; the learner's objects and folder stay. */
  public void forget(Lesson lesson) {
    store.forget(lesson.id());
  }
}
