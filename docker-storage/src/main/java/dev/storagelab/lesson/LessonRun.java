package dev.storagelab.lesson;

import dev.storagelab.docker.engine.ContainerInspect;
import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineObject;
import dev.storagelab.docker.host.HostFiles;
import dev.storagelab.docker.image.BaseImage;
import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.lab.CourseNames;
import dev.storagelab.docker.lab.LearnerId;
import dev.storagelab.docker.lab.LearnerNames;
import dev.storagelab.docker.lab.Ownership;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the steps of one lesson run share: the engine, the labels every object gets, the names
 * chosen for this run, the lab folder on the host, and facts earlier steps left for later ones.
 */
public final class LessonRun {

  private final Engine engine;
  private final Ownership owner;
  private final Path labDir;
  private final Consumer<String> progress;
  private final HostFiles host;
  private final Map<String, String> chosen = new HashMap<>();
  private LearnerNames learnerNames;
  private final List<String> notes = new ArrayList<>();
  private final List<StepResult> results = new ArrayList<>();
  private final boolean practice;
  private BaseImage baseImage;

  /**
   * A run.
   *
   * @param engine the engine
   * @param owner the labels of this lesson and run
   * @param labDir a folder on the engine's host for bind mounts, owned by this lesson
   * @param progress receives progress lines of slow work (builds)
   */
  public LessonRun(Engine engine, Ownership owner, Path labDir, Consumer<String> progress) {
    this(engine, owner, labDir, progress, HostFiles.Access.EVIDENCE);
  }

  /**
   * A run that reaches the engine's host as told.
   *
   * @param access {@link HostFiles.Access#REMOTE} to treat the engine as remote even where it
   *     shares this machine's files
   */
  public LessonRun(
      Engine engine,
      Ownership owner,
      Path labDir,
      Consumer<String> progress,
      HostFiles.Access access) {
    this(engine, owner, labDir, progress, access, false);
  }

  private LessonRun(
      Engine engine,
      Ownership owner,
      Path labDir,
      Consumer<String> progress,
      HostFiles.Access access,
      boolean practice) {
    this.practice = practice;
    this.engine = engine;
    this.owner = owner;
    this.labDir = labDir;
    this.progress = progress;
    this.host =
        new HostFiles(
            engine,
            this::baseImage,
            owner.labelsFor(EngineObject.Kind.CONTAINER),
            access,
            notes::add);
  }

  /**
   * A run for checking exercises: the course's names are the learner's own objects' names, used as
   * they are, and the folder is the learner's practice folder. Such a run only reads what the
   * learner made (its helpers, if any, are storage-lab's and labelled).
   *
   * @param folder the learner's practice folder
   */
  public static LessonRun practice(
      Engine engine, Ownership owner, Path folder, HostFiles.Access access) {
    return new LessonRun(engine, owner, folder, line -> {}, access, true);
  }

  /** Whether this run checks exercises rather than acting. */
  public boolean practising() {
    return practice;
  }

  /** The engine. */
  public Engine engine() {
    return engine;
  }

  /** The labels of this lesson and run. */
  public Ownership owner() {
    return owner;
  }

  /** The lesson's folder on this machine. */
  public Path labDir() {
    return labDir;
  }

  /**
   * The lesson's folder on the engine's host, for bind mounts: the lab folder when the engine
   * shares this machine's files, else a folder of the engine's host that helpers make.
   */
  public Path hostLabDir() {
    return host.sameHost() ? labDir : REMOTE_LABS.resolve(owner.lesson());
  }

  /** Where lessons keep bind sources on an engine's host that is not this machine. */
  public static final Path REMOTE_LABS = Path.of("/var/tmp/storage-lab/labs");

  /** Files on the engine's host, read directly or through a helper container. */
  public HostFiles host() {
    return host;
  }

  /** Reports a line of progress. */
  public void progress(String line) {
    progress.accept(line);
  }

  /** Labels for a container, volume or network of this run. */
  public Map<String, String> labels(EngineObject.Kind kind) {
    return owner.labelsFor(kind);
  }

  /** The busybox base image, found or made once per run. */
  public synchronized String baseImage() {
    if (baseImage == null) {
      baseImage = BaseImageResolver.standard(engine).resolve(progress);
    }
    return baseImage.reference();
  }

  /**
   * The learner's names on this engine: the course's own if they hold them, else theirs ({@link
   * CourseNames}). Decided once per run, on first use.
   */
  public synchronized LearnerNames names() {
    if (learnerNames == null) {
      learnerNames = CourseNames.claim(engine, new LearnerId(owner.learner()), this::baseImage);
    }
    return learnerNames;
  }

  /** This run with the learner's names given rather than claimed (a reset claims nothing). */
  public synchronized LessonRun withNames(LearnerNames names) {
    learnerNames = names;
    return this;
  }

  /**
   * The name this run uses for an object the course names {@code wanted}: the learner's name for it
   * ({@link #names()}), unless something that is not the learner's object of this lesson already
   * has it; then that name with the run's suffix, and a note saying so. The same answer for the
   * whole run. In practice, always the learner's name: the object is the learner's own.
   */
  public synchronized String name(EngineObject.Kind kind, String wanted) {
    String mine = names().object(wanted);
    if (practice) {
      return mine;
    }
    return chosen.computeIfAbsent(
        kind.word() + ":" + mine,
        key -> {
          Optional<Map<String, String>> labels = labelsOf(kind, mine);
          if (labels.isEmpty() || ours(kind, labels.get())) {
            return mine;
          }
          String renamed =
              earlierRename(kind, mine)
                  .orElse(mine + "-" + owner.run().substring(owner.run().length() - 4));
          notes.add(
              "A "
                  + kind.word()
                  + " named '"
                  + mine
                  + "' already exists and is not yours from this lesson:"
                  + " it is left alone, and this run uses '"
                  + renamed
                  + "' instead.");
          return renamed;
        });
  }

  /** The reference of an image the course calls {@code reference}, as the learner's. */
  public String image(String reference) {
    return names().image(reference);
  }

  /** Whether an object is one storage-lab made for this learner in this lesson. */
  private boolean ours(EngineObject.Kind kind, Map<String, String> labels) {
    return owner.lesson().equals(labels.get(Ownership.LESSON))
        && "true".equals(labels.get(Ownership.MANAGED))
        && kind.word().equals(labels.get(Ownership.KIND))
        && Ownership.belongsTo(names(), labels);
  }

  /** Tells the learner something about this run, with the step that is running. */
  public synchronized void note(String note) {
    if (!notes.contains(note)) {
      notes.add(note);
    }
  }

  /** Notes gathered since the last call, for the step that caused them. */
  public synchronized List<String> takeNotes() {
    List<String> taken = List.copyOf(notes);
    notes.clear();
    return taken;
  }

  /** Records a step's result, for the lesson's recap. */
  public synchronized void record(StepResult result) {
    results.removeIf(r -> r.number() == result.number());
    results.add(result);
  }

  /** The results recorded in this run, in the order the steps ran. */
  public synchronized List<StepResult> results() {
    return List.copyOf(results);
  }

  /**
   * The name an earlier run of this lesson gave the same object when {@code wanted} was taken: it
   * is reused, so that runs after runs leave one renamed object, not one each.
   */
  private Optional<String> earlierRename(EngineObject.Kind kind, String wanted) {
    String pattern = java.util.regex.Pattern.quote(wanted) + "-[0-9a-f]{4}";
    return engine.listLabelled(kind, Ownership.LESSON).stream()
        .filter(object -> ours(kind, object.labels()))
        .map(EngineObject::displayName)
        .map(name -> name.replaceFirst("^/", ""))
        .filter(name -> name.matches(pattern))
        .sorted()
        .findFirst();
  }

  private Optional<Map<String, String>> labelsOf(EngineObject.Kind kind, String name) {
    return switch (kind) {
      case VOLUME -> engine.inspectVolume(name).map(v -> v.labels());
      case CONTAINER -> engine.inspectContainer(name).map(ContainerInspect::labels);
      default -> Optional.empty();
    };
  }
}
