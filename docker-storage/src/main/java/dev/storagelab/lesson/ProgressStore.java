package dev.storagelab.lesson;

import dev.storagelab.docker.files.AtomicFile;
import dev.storagelab.docker.input.Sha256;
import dev.storagelab.docker.input.UserHome;
import dev.storagelab.docker.lab.LearnerId;
import dev.storagelab.docker.lab.Ownership;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps each lesson's progress in a small JSON file under storage-lab's home folder ({@code
 * STORAGE_LAB_HOME}, default {@code ~/.storage-lab}), and the latest record of each step; the lab
 * folders beside it are {@link LabFolders}.
 */
public final class ProgressStore {

  /** Made when a file is first read or written: a command that never touches one never pays. */
  private static final class Mapper {
    static final JsonMapper JSON = JsonMapper.builder().build();
  }

  private final Path home;

  /** A store under the given folder. */
  public ProgressStore(Path home) {
    this.home = home;
  }

  /**
   * The store in the given folder, else in {@code STORAGE_LAB_HOME}, else in {@code
   * ~/.storage-lab}.
   *
   * @param configured a folder, or {@code null} or blank for the default
   */
  public static ProgressStore at(String configured) {
    String home =
        configured == null || configured.isBlank() ? System.getenv("STORAGE_LAB_HOME") : configured;
    return new ProgressStore(
        home == null || home.isBlank() ? UserHome.get().resolve(".storage-lab") : Path.of(home));
  }

  /**
   * The store for one engine: progress, run IDs and lab folders belong to the engine they were made
   * on, so that switching engines ({@code DOCKER_HOST}, contexts) never resumes, or creates, one
   * engine's objects on another.
   *
   * <p>The folder's name is short and stable, the first twelve hex digits of the ID's SHA-256, so
   * that the paths a step shows fit an 80-column line. A folder made by an earlier version under
   * the whole ID is still used where it exists: its lab folders may be bound into containers.
   *
   * @param engineId the engine's ID, from {@code /info}
   */
  public ProgressStore forEngine(String engineId) {
    Path engines = home.resolve("engines");
    String whole = engineId.replaceAll("[^A-Za-z0-9_.-]", "-");
    if (!whole.isEmpty() && Files.isDirectory(engines.resolve(whole))) {
      return new ProgressStore(engines.resolve(whole));
    }
    return new ProgressStore(engines.resolve(shortName(engineId)));
  }

  /** The engine's folder name: twelve hex digits of its ID's SHA-256. */
  static String shortName(String engineId) {
    return Sha256.hex(engineId).substring(0, 12);
  }

  /**
   * The store of a learner named apart from the home's own learner (several learners sharing one
   * home, each named): their progress and lab folders beside the home's, never mixed with them.
   */
  public ProgressStore forLearner(LearnerId learner) {
    return new ProgressStore(home.resolve("learners").resolve(learner.name()));
  }

  /**
   * The store of the learner's practice: its progress beside the lessons' own, and its folders (the
   * build context the learner edits, bind sources) apart from the lessons', so that resetting a
   * lesson never deletes what the learner typed into being.
   */
  public ProgressStore practice() {
    return new ProgressStore(home.resolve("practice"));
  }

  /** The lab's folders on this host beside this store: lab folders and the cluster's state. */
  public LabFolders folders() {
    return new LabFolders(home);
  }

  /** The lesson's progress, or a new run's when there is none (or it cannot be read). */
  public Progress load(String lesson) {
    return read(file(lesson))
        .orElseGet(() -> new Progress(lesson, Ownership.newRunId(), -1, Map.of()));
  }

  /** Saves progress, replacing the file atomically. */
  public void save(Progress progress) {
    ObjectNode json =
        Mapper.JSON
            .createObjectNode()
            .put("lesson", progress.lesson())
            .put("run", progress.run())
            .put("current", progress.current());
    ObjectNode results = json.putObject("results");
    progress.results().forEach((step, result) -> results.put(Integer.toString(step), result));
    ObjectNode predictions = json.putObject("predictions");
    progress
        .predictions()
        .forEach(
            (step, p) ->
                predictions
                    .putObject(Integer.toString(step))
                    .put("question", p.question())
                    .put("answer", p.answer())
                    .put("evidence", p.evidence())
                    .put("proved", p.proved())
                    .put("right", p.right()));
    AtomicFile.write(
        file(progress.lesson()),
        Mapper.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
  }

  /** Keeps a step's result, with its evidence, as the step's latest record. */
  public void record(String lesson, StepResult result) {
    AtomicFile.write(
        records(lesson).resolve(String.format("%02d.json", result.number())),
        Mapper.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(StepRecord.of(result)));
  }

  /** The latest record of each step of the lesson that ran, in step order. */
  public List<StepRecord> records(Lesson lesson) {
    List<StepRecord> records = new ArrayList<>();
    for (int i = 0; i < lesson.steps().size(); i++) {
      Path file = records(lesson.id()).resolve(String.format("%02d.json", i));
      if (Files.isRegularFile(file)) {
        try {
          records.add(Mapper.JSON.readValue(Files.readString(file), StepRecord.class));
        } catch (IOException | JacksonException e) {
          // A damaged record is a step without one: the run that made it can make it again.
        }
      }
    }
    return records;
  }

  private Path records(String lesson) {
    return home.resolve("records").resolve(lesson);
  }

  /** Forgets a lesson's progress and its records. */
  public void forget(String lesson) {
    try {
      Files.deleteIfExists(file(lesson));
      if (Files.isDirectory(records(lesson))) {
        try (var files = Files.list(records(lesson))) {
          for (Path file : files.toList()) {
            Files.deleteIfExists(file);
          }
        }
        Files.deleteIfExists(records(lesson));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file(lesson), e);
    }
  }

  private Path file(String lesson) {
    return home.resolve("progress").resolve(lesson + ".json");
  }

  private static Optional<Progress> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode json = Mapper.JSON.readTree(Files.readString(file));
      Map<Integer, String> results = new TreeMap<>();
      json.path("results")
          .forEachEntry((step, result) -> results.put(Integer.parseInt(step), result.asString("")));
      Map<Integer, Prediction> predictions = new TreeMap<>();
      json.path("predictions")
          .forEachEntry(
              (step, p) ->
                  predictions.put(
                      Integer.parseInt(step),
                      new Prediction(
                          Integer.parseInt(step),
                          p.path("question").asString(""),
                          p.path("answer").asString(""),
                          p.path("evidence").asString(""),
                          p.path("proved").asBoolean(false))));
      return Optional.of(
          new Progress(
              json.path("lesson").asString(""),
              json.path("run").asString(""),
              json.path("current").asInt(-1),
              results,
              predictions));
    } catch (IOException | JacksonException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
