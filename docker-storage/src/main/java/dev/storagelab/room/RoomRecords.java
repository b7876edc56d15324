package dev.storagelab.room;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineException;
import dev.storagelab.docker.engine.EngineObject;
import dev.storagelab.docker.lab.CourseNames;
import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.lesson.Lesson;
import dev.storagelab.lesson.LessonSession;
import dev.storagelab.lesson.Progress;
import dev.storagelab.lesson.RoomLink;
import dev.storagelab.lesson.StepRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each learner's progress kept on the engine the room shares, where the instructor reads it from
 * any machine that reaches the engine: a small volume per learner, never mounted, whose labels
 * carry the record ({@value #LABEL}, JSON). Labels are what one {@code GET /volumes} returns for
 * every learner at once, so the room's view is a single request, and a volume is made without an
 * image and removed without a trace.
 *
 * <p>Labels cannot change, so each publication is a new volume, named by the time, and the
 * learner's older ones are removed after it: a reader takes a learner's newest, and a run killed
 * between the two steps leaves only an older record that the next publication removes.
 */
public final class RoomRecords implements RoomLink {

  /** The label that holds a record, as JSON. */
  public static final String LABEL = "dev.storagelab.record";

  /** The prefix of every record's volume name. */
  public static final String PREFIX = "storage-lab-record-";

  /** The link a learner's lessons use. */
  public static final RoomRecords LINK = new RoomRecords();

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private RoomRecords() {}

  /**
   * One learner's newest record as read, or why it could not be.
   *
   * @param learner the learner
   * @param record the record, or null when it could not be read
   * @param problem why not, one line, or null
   * @param volume the record's volume
   */
  public record Entry(String learner, LearnerRecord record, String problem, String volume) {}

  /**
   * Publishes the learner's progress; a learner with no lesson begun (every lesson reset) has no
   * record left, so that nothing of theirs stays on the engine.
   */
  @Override
  public void publish(Engine engine, LessonSession session) {
    try {
      LearnerRecord record = of(session);
      if (record.lessons().isEmpty()) {
        of(engine, record.learner()).forEach(v -> removeQuietly(engine, v.id()));
      } else {
        publish(engine, record);
      }
    } catch (EngineException e) {
      // The step's own result is the learner's; a record missed here is made by the next step.
    }
  }

  @Override
  public boolean resetByInstructor(Engine engine, LessonSession session) {
    String learner = session.learner().name();
    return read(engine).stream()
        .filter(e -> e.learner().equals(learner) && e.record() != null)
        .anyMatch(e -> e.record().reset());
  }

  /** Publishes a record and removes the learner's older ones. */
  public static void publish(Engine engine, LearnerRecord record) {
    String name =
        PREFIX
            + record.learner()
            + "-"
            + String.format("%013d", System.currentTimeMillis())
            + "-"
            + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    Map<String, String> labels =
        new Ownership(CourseNames.ROOM, "record", record.learner())
            .labels(EngineObject.Kind.VOLUME, Map.of(LABEL, JSON.writeValueAsString(record)));
    engine.createVolume(name, labels);
    for (EngineObject older : volumes(engine)) {
      String volume = older.id();
      if (record.learner().equals(older.labels().get(Ownership.LEARNER))
          && volume.compareTo(name) < 0) {
        removeQuietly(engine, volume);
      }
    }
  }

  /** The instructor's reset of a learner: a record that tells the learner's tool to start over. */
  public static void publishReset(Engine engine, String learner) {
    publish(
        engine, new LearnerRecord(LearnerRecord.VERSION, learner, "", "", now(), true, List.of()));
  }

  /** Every learner's newest record on the engine, by learner name. */
  public static List<Entry> read(Engine engine) {
    Map<String, EngineObject> newest = new LinkedHashMap<>();
    for (EngineObject volume : volumes(engine)) {
      String learner = volume.labels().getOrDefault(Ownership.LEARNER, "");
      newest.merge(learner, volume, (a, b) -> a.id().compareTo(b.id()) >= 0 ? a : b);
    }
    return newest.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> parse(e.getKey(), e.getValue()))
        .toList();
  }

  /** The record volumes of a learner. */
  public static List<EngineObject> of(Engine engine, String learner) {
    return volumes(engine).stream()
        .filter(v -> learner.equals(v.labels().get(Ownership.LEARNER)))
        .toList();
  }

  private static List<EngineObject> volumes(Engine engine) {
    return engine.listLabelled(EngineObject.Kind.VOLUME, LABEL).stream()
        .filter(v -> Ownership.owned(v).isPresent() && v.id().startsWith(PREFIX))
        .toList();
  }

  private static Entry parse(String learner, EngineObject volume) {
    String text = volume.labels().getOrDefault(LABEL, "");
    try {
      JsonNode json = JSON.readTree(text);
      int version = json.path("version").asInt(0);
      if (version > LearnerRecord.VERSION) {
        return new Entry(
            learner,
            null,
            "its record was written by a newer storage-lab (format "
                + version
                + ", this one reads "
                + LearnerRecord.VERSION
                + "): upgrade storage-lab to read it",
            volume.id());
      }
      LearnerRecord record = JSON.treeToValue(json, LearnerRecord.class);
      if (!learner.equals(record.learner())) {
        return new Entry(learner, null, "its record names another learner", volume.id());
      }
      return new Entry(learner, record, null, volume.id());
    } catch (JacksonException | IllegalArgumentException e) {
      return new Entry(
          learner,
          null,
          "its record cannot be read: the learner's next step writes another",
          volume.id());
    }
  }

  /** The learner's record as their session holds it now. */
  static LearnerRecord of(LessonSession session) {
    List<LearnerRecord.LessonState> lessons = new ArrayList<>();
    for (Lesson lesson : session.lessons()) {
      Progress progress = session.progress(lesson);
      List<StepRecord> records = session.records(lesson);
      if (progress.current() < 0 && records.isEmpty()) {
        continue;
      }
      lessons.add(state(lesson, progress, records));
    }
    return new LearnerRecord(
        LearnerRecord.VERSION,
        session.learner().name(),
        System.getProperty("user.name", ""),
        hostName(),
        now(),
        false,
        lessons);
  }

  private static LearnerRecord.LessonState state(
      Lesson lesson, Progress progress, List<StepRecord> records) {
    List<LearnerRecord.StepState> results =
        records.stream()
            .map(r -> new LearnerRecord.StepState(r.number(), r.title(), outcome(r)))
            .toList();
    LearnerRecord.Stuck stuck =
        records.stream()
            .filter(r -> outcome(r) == LearnerRecord.Outcome.FAILED)
            .max(Comparator.comparing(StepRecord::at, LearnerRecord.BY_TIME))
            .map(RoomRecords::stuck)
            .orElse(null);
    String lastActive =
        records.stream().map(StepRecord::at).max(LearnerRecord.BY_TIME).orElse(null);
    return new LearnerRecord.LessonState(
        lesson.id(),
        lesson.title(),
        lesson.steps().size(),
        progress.current(),
        results,
        stuck,
        List.copyOf(progress.predictions().values()),
        lastActive);
  }

  private static LearnerRecord.Outcome outcome(StepRecord record) {
    if (record.passed()) {
      return LearnerRecord.Outcome.PASSED;
    }
    return record.skipped() != null && record.error() == null
        ? LearnerRecord.Outcome.SKIPPED
        : LearnerRecord.Outcome.FAILED;
  }

  private static LearnerRecord.Stuck stuck(StepRecord record) {
    if (record.error() != null) {
      return new LearnerRecord.Stuck(record.number(), record.error(), "");
    }
    return record.checks().stream()
        .filter(c -> !c.holds())
        .findFirst()
        .map(
            c ->
                new LearnerRecord.Stuck(
                    record.number(), c.claim(), Optional.ofNullable(c.hint()).orElse("")))
        .orElse(new LearnerRecord.Stuck(record.number(), record.title(), ""));
  }

  private static void removeQuietly(Engine engine, String volume) {
    try {
      engine.removeVolume(volume);
    } catch (EngineException e) {
      // Another run of the learner removed it first.
    }
  }

  private static String now() {
    return OffsetDateTime.now().withNano(0).toString();
  }

  /** The machine's name from the kernel: asking the resolver may wait on a name server. */
  private static String hostName() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel/hostname"))
          .strip();
    } catch (java.io.IOException e) {
      return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("");
    }
  }
}
