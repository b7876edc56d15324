package dev.storagelab.room;

import dev.storagelab.lesson.Prediction;
import java.util.List;

/**
 * What the instructor's view of the room knows of one learner: their progress in each lesson they
 * began, as the learner's own tool last published it.
 *
 * @param version the record's format; a reader refuses one newer than it knows
 * @param learner the learner's name
 * @param user the OS user who ran the tool
 * @param host the machine it ran on
 * @param at when it was published (ISO-8601)
 * @param reset whether this is the instructor's reset of the learner rather than their progress
 * @param lessons each lesson begun, in the course's order
 */
public record LearnerRecord(
    int version,
    String learner,
    String user,
    String host,
    String at,
    boolean reset,
    List<LessonState> lessons) {

  /** The format this version writes and reads. */
  public static final int VERSION = 1;

  /**
   * Times as records write them (ISO-8601), in time order: not as text, since a time at a whole
   * minute is written without its seconds ({@code 19:38Z}, then {@code 19:38:05Z}); a time that
   * cannot be read comes first.
   */
  public static final java.util.Comparator<String> BY_TIME =
      java.util.Comparator.comparing(LearnerRecord::when);

  private static java.time.OffsetDateTime when(String iso) {
    try {
      return iso == null ? java.time.OffsetDateTime.MIN : java.time.OffsetDateTime.parse(iso);
    } catch (java.time.format.DateTimeParseException e) {
      return java.time.OffsetDateTime.MIN;
    }
  }

  public LearnerRecord {
    lessons = lessons == null ? List.of() : List.copyOf(lessons);
  }

  /**
   * One lesson as the learner left it.
   *
   * @param lesson its ID
   * @param title its title
   * @param steps how many steps it has
   * @param current the step shown last, or -1
   * @param results each step that ran: its latest outcome
   * @param stuck the latest failing check of a step not passed since, or null
   * @param predictions the learner's predictions, by step
   * @param lastActive when a step last ran (ISO-8601), or null
   */
  public record LessonState(
      String lesson,
      String title,
      int steps,
      int current,
      List<StepState> results,
      Stuck stuck,
      List<Prediction> predictions,
      String lastActive) {

    public LessonState {
      results = results == null ? List.of() : List.copyOf(results);
      predictions = predictions == null ? List.of() : List.copyOf(predictions);
    }

    /** How many steps ended so. */
    public long count(Outcome outcome) {
      return results.stream().filter(r -> r.outcome() == outcome).count();
    }
  }

  /** How a step last ended. */
  public enum Outcome {
    PASSED,
    FAILED,
    SKIPPED
  }

  /**
   * A step's latest outcome.
   *
   * @param number the step's number
   * @param title its title
   * @param outcome how it ended
   */
  public record StepState(int number, String title, Outcome outcome) {}

  /**
   * Where a learner is stuck: the check that failed and its hint.
   *
   * @param step the step's number
   * @param check the claim that did not hold, or the step's error
   * @param hint what to do, or empty
   */
  public record Stuck(int step, String check, String hint) {}
}
