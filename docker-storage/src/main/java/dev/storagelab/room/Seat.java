package dev.storagelab.room;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;

/**
 * One learner of the room as the instructor sees them: their record on one engine, or why it could
 * not be read.
 *
 * @param engine the engine the record is on, as the instructor named it
 * @param learner the learner
 * @param record their newest record, or null
 * @param problem why it could not be read, or null
 */
public record Seat(String engine, String learner, LearnerRecord record, String problem) {

  /** The lesson the learner worked in last, if they began one. */
  public Optional<LearnerRecord.LessonState> current() {
    if (record == null) {
      return Optional.empty();
    }
    return record.lessons().stream()
        .max(Comparator.comparing(LearnerRecord.LessonState::lastActive, LearnerRecord.BY_TIME));
  }

  /** Whether the learner is stuck in their current lesson: a check failed, not passed since. */
  public boolean stuck() {
    return problem != null || current().map(l -> l.stuck() != null).orElse(false);
  }

  /** When the learner's tool last published, if known. */
  public Optional<OffsetDateTime> lastActive() {
    if (record == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(record.at()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** How long ago that was, as a person says it: {@code just now}, {@code 4 min ago}. */
  public String lastActiveAgo(OffsetDateTime now) {
    return lastActive()
        .map(
            at -> {
              long seconds = Math.max(0, Duration.between(at, now).getSeconds());
              if (seconds < 60) {
                return "just now";
              }
              if (seconds < 3600) {
                return seconds / 60 + " min ago";
              }
              return seconds / 3600 + " h ago";
            })
        .orElse("");
  }

  /** The order the instructor reads the room in: stuck learners first, then by name. */
  public static final Comparator<Seat> STUCK_FIRST =
      Comparator.comparing((Seat s) -> !s.stuck())
          .thenComparing(Seat::learner)
          .thenComparing(Seat::engine);
}
