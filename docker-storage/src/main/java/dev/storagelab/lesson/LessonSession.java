package dev.storagelab.lesson;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.host.HostFiles;
import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.lab.CleanupReport;
import dev.storagelab.docker.lab.CourseNames;
import dev.storagelab.docker.lab.LearnerId;
import dev.storagelab.docker.lab.LearnerNames;
import dev.storagelab.docker.lab.Ownership;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A learner's lessons on one engine: which lesson is active, the saved progress of each, and the
 * runs that act on the engine. Every front end (the REPL, one-shot commands, handouts, practice)
 * walks lessons through it, so each step's result is saved the same way.
 */
public final class LessonSession {

  private final List<Lesson> catalogue;
  private final ProgressStore store;
  private final LearnerId learner;
  private final RoomLink room;
  private String active;

  /**
   * A session.
   *
   * @param catalogue the lessons on offer
   * @param store the learner's progress store on the engine the session acts on
   * @param learner the learner whose objects the session's runs make and remove
   */
  public LessonSession(List<Lesson> catalogue, ProgressStore store, LearnerId learner) {
    this(catalogue, store, learner, RoomLink.NONE);
  }

  /**
   * A session whose progress the instructor sees.
   *
   * @param room where each step's progress is published for the instructor
   */
  public LessonSession(
      List<Lesson> catalogue, ProgressStore store, LearnerId learner, RoomLink room) {
    this.catalogue = List.copyOf(catalogue);
    this.store = store;
    this.learner = learner;
    this.room = room;
  }

  /** The learner the session acts for. */
  public LearnerId learner() {
    return learner;
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
    return find(catalogue, id);
  }

  /**
   * The lesson of a catalogue with that ID: an input error names the lessons there are. Needs no
   * engine, so a wrong name is said before one is reached.
   *
   * @throws InputException when there is no such lesson
   */
  public static Lesson find(List<Lesson> catalogue, String id) {
    String ids = catalogue.stream().map(Lesson::id).collect(Collectors.joining(", "));
    if (id == null || id.isBlank()) {
      throw new InputException("Name a lesson: " + ids, "");
    }
    return catalogue.stream()
        .filter(l -> l.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new InputException("No lesson '" + id + "'. Lessons: " + ids, id));
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
    return firstStarted(catalogue, this::progress, "No lesson started", "lesson start");
  }

  /**
   * The first lesson of the catalogue with progress.
   *
   * @param none what to say when there is none, before the command that begins one
   * @param command the command that begins one, e.g. {@code lesson start}
   * @throws InputException when no lesson has progress
   */
  static Lesson firstStarted(
      List<Lesson> catalogue, Function<Lesson, Progress> progress, String none, String command) {
    return catalogue.stream()
        .filter(l -> progress.apply(l).current() >= 0)
        .findFirst()
        .orElseThrow(
            () ->
                new InputException(
                    none + ": '" + command + " " + catalogue.get(0).id() + "' begins one.", ""));
  }

  /** The lesson's saved progress. */
  public Progress progress(Lesson lesson) {
    return store.load(lesson.id());
  }

  /** The lesson's folder on this host. */
  public Path labDir(Lesson lesson) {
    return store.folders().labDir(lesson.id());
  }

  /** The latest record of each step that ran: what a handout is made from. */
  public List<StepRecord> records(Lesson lesson) {
    return store.records(lesson);
  }

  /** The learner's exercises on this engine. */
  public Practice practice() {
    return new Practice(catalogue, store.practice(), learner);
  }

  /** Forgets the lesson's progress (its objects are the caller's to remove). */
  public void forget(Lesson lesson) {
    store.forget(lesson.id());
  }

  /**
   * Resets the lesson on the engine: removes the learner's objects of it (by label) and its lab
   * folder, forgets its progress, and says what was left on purpose (the learner's own objects and
   * practice). Other learners' objects are never touched.
   */
  public ResetOutcome reset(Lesson lesson, Engine engine) {
    Path labDir = labDir(lesson);
    LearnerNames names = CourseNames.current(engine, learner);
    CleanupReport cleanup = LessonReset.reset(engine, lesson.id(), labDir, names);
    forget(lesson);
    room.publish(engine, this);
    Practice practice = practice();
    Path folder = practice.folder(lesson);
    boolean practised = Files.exists(folder) || practice.progress(lesson).current() >= 0;
    return new ResetOutcome(
        lesson,
        labDir,
        cleanup,
        LessonReset.learnersObjects(engine, lesson, names),
        practised ? Optional.of(folder) : Optional.empty());
  }

  /**
   * A run of the lesson on the engine, owned by the lesson's saved run ID. When the instructor
   * reset the learner, their progress in every lesson starts over first.
   */
  public LessonRun newRun(
      Lesson lesson, Engine engine, Consumer<String> progress, HostFiles.Access access) {
    if (room.resetByInstructor(engine, this)) {
      catalogue.forEach(this::forget);
    }
    Progress saved = store.load(lesson.id());
    store.save(saved);
    return new LessonRun(
        engine,
        new Ownership(lesson.id(), saved.run(), learner.name()),
        store.folders().labDir(lesson.id()),
        progress,
        access);
  }

  /** Where a learner's predictions come from: asked at the terminal, or given beforehand. */
  @FunctionalInterface
  public interface Predictor {
    /** Predicts nothing: steps run without questions. */
    Predictor NONE = (lesson, number, question) -> Optional.empty();

    /**
     * The learner's answer to a step's question, asked after the step is shown and before it acts.
     *
     * @return the answer as typed, or empty to skip the question
     */
    Optional<String> answer(Lesson lesson, int number, Question question);
  }

  /** Runs one step, saves the learner's progress, and tells the listener before and after. */
  public StepResult perform(Lesson lesson, int number, LessonRun run, LessonListener listener) {
    return perform(lesson, number, run, listener, Predictor.NONE);
  }

  /**
   * Runs one step as {@link #perform(Lesson, int, LessonRun, LessonListener)}, first asking its
   * question, if it has one, and keeping the answer beside what the evidence said.
   */
  public StepResult perform(
      Lesson lesson, int number, LessonRun run, LessonListener listener, Predictor predictor) {
    Step step = lesson.step(number);
    listener.stepStarting(lesson, number, LessonRunner.commands(lesson, number, run));
    Optional<Question> question = step.question();
    Optional<String> answer =
        question.flatMap(q -> predictor.answer(lesson, number, q).map(q::choose));
    StepResult result = LessonRunner.run(lesson, number, run);
    Progress progress = store.load(lesson.id()).after(result);
    Optional<Prediction> prediction =
        answer.map(
            a ->
                new Prediction(
                    number, question.get().text(), a, question.get().answer(), result.passed()));
    store.save(prediction.map(progress::with).orElse(progress));
    store.record(lesson.id(), result);
    room.publish(run.engine(), this);
    listener.stepFinished(lesson, result);
    prediction.ifPresent(p -> listener.predicted(lesson, p));
    return result;
  }

  /** Runs every step of the lesson in order, saving progress after each. */
  public LessonOutcome runAll(Lesson lesson, LessonRun run, LessonListener listener) {
    return runAll(lesson, run, listener, Predictor.NONE);
  }

  /** Runs every step of the lesson in order, asking each step's question first. */
  public LessonOutcome runAll(
      Lesson lesson, LessonRun run, LessonListener listener, Predictor predictor) {
    activate(lesson);
    return LessonRunner.runAll(lesson, (l, n) -> perform(l, n, run, listener, predictor));
  }
}
