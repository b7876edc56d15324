package dev.storagelab.docker.lesson;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.lab.Ownership;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A learner's lessons on one engine: which lesson is active, the saved progress of each, and the
 * runs that act on the engine. Every front end (the REPL, one-shot commands, handouts, practice)
 * walks lessons through it, so each step's result is saved the same way.
 */
public final class LessonSession {

  private final List<Lesson> catalogue;
  private final ProgressStore store;
  private String active;

  /**
   * A session.
   *
   * @param catalogue the lessons on offer
   * @param store the progress store of the engine the session acts on
   */
  public LessonSession(List<Lesson> catalogue, ProgressStore store) {
    this.catalogue = List.copyOf(catalogue);
    this.store = store;
  }

  /** The lessons on offer. */
  public List<Lesson> lessons() {
    return catalogue;
  }

  /**
   * The lesson of that ID.
   *
   * @throws InputException when none has it
   */
  public Lesson lesson(String id) {
    if (id == null || id.isBlank()) {
      throw new InputException("Name a lesson: " + ids(), "");
    }
    return catalogue.stream()
        .filter(l -> l.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new InputException("No lesson '" + id + "'. Lessons: " + ids(), id));
  }

  /** Makes a lesson the one {@code next}, {@code back} and {@code step} walk. */
  public void activate(Lesson lesson) {
    active = lesson.id();
  }

  /** The lesson made active in this session, if one was. */
  public Optional<Lesson> active() {
    return Optional.ofNullable(active).map(this::lesson);
  }

  /**
   * The active lesson, else the first one with progress.
   *
   * @throws InputException when no lesson was started
   */
  public Lesson current() {
    if (active != null) {
      return lesson(active);
    }
    return catalogue.stream()
        .filter(l -> progress(l).current() >= 0)
        .findFirst()
        .orElseThrow(
            () ->
                new InputException(
                    "No lesson started: 'lesson start docker-storage' begins one.", ""));
  }

  /** The lesson's saved progress. */
  public Progress progress(Lesson lesson) {
    return store.load(lesson.id());
  }

  /** The lesson's folder on this host. */
  public Path labDir(Lesson lesson) {
    return store.labDir(lesson.id());
  }

  /** The latest record of each step that ran: what a handout is made from. */
  public List<StepRecord> records(Lesson lesson) {
    return store.records(lesson);
  }

  /** Forgets the lesson's progress (its objects are the caller's to remove). */
  public void forget(Lesson lesson) {
    store.forget(lesson.id());
  }

  /** A run of the lesson on the engine, owned by the lesson's saved run ID. */
  public LessonRun newRun(
      Lesson lesson, Engine engine, Consumer<String> progress, HostFiles.Access access) {
    Progress saved = store.load(lesson.id());
    store.save(saved);
    return new LessonRun(
        engine,
        new Ownership(lesson.id(), saved.run()),
        store.labDir(lesson.id()),
        progress,
        access);
  }

  /** Runs one step, saves the learner's progress, and tells the listener before and after. */
  public StepResult perform(Lesson lesson, int number, LessonRun run, LessonListener listener) {
    listener.stepStarting(lesson, number, lesson.step(number).dockerCli(run));
    StepResult result = LessonRunner.run(lesson, number, run);
    store.save(store.load(lesson.id()).after(result));
    store.record(lesson.id(), result);
    listener.stepFinished(lesson, result);
    return result;
  }

  /** Runs every step of the lesson in order, saving progress after each. */
  public LessonOutcome runAll(Lesson lesson, LessonRun run, LessonListener listener) {
    activate(lesson);
    return LessonRunner.runAll(lesson, (l, n) -> perform(l, n, run, listener));
  }

  private String ids() {
    return catalogue.stream().map(Lesson::id).collect(Collectors.joining(", "));
  }
}
