package dev.storagelab.shell.room;

import dev.storagelab.room.LearnerRecord;
import dev.storagelab.room.Room;
import dev.storagelab.room.Seat;
import dev.storagelab.shell.output.Json;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The room as JSON for scripts: {@code class status --json} and {@code class predictions}. */
final class RoomJson {

  private RoomJson() {}

  /**
   * {@code {"learners": [...], "unreachable": {engine: why}}}: one entry per learner, stuck ones
   * first, with their current lesson summed up and every lesson in full.
   */
  static String status(Room room, OffsetDateTime now) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("learners", room.seats().stream().map(s -> seat(s, now)).toList());
    document.put("unreachable", room.unreachable());
    return Json.write(document);
  }

  /** {@code {"predictions": [...]}}: each question with the room's answers. */
  static String predictions(Room room) {
    return Json.write(Map.of("predictions", room.predictions()));
  }

  private static Map<String, Object> seat(Seat seat, OffsetDateTime now) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("learner", seat.learner());
    row.put("engine", seat.engine());
    row.put("stuck", seat.stuck());
    row.put("problem", seat.problem());
    LearnerRecord record = seat.record();
    row.put("user", record == null ? null : record.user());
    row.put("host", record == null ? null : record.host());
    row.put("lastActive", record == null ? null : record.at());
    row.put("lastActiveAgo", seat.lastActiveAgo(now));
    row.put("lesson", seat.current().map(RoomJson::summary).orElse(null));
    row.put("lessons", record == null ? List.of() : record.lessons());
    return row;
  }

  private static Map<String, Object> summary(LearnerRecord.LessonState lesson) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("id", lesson.lesson());
    summary.put("title", lesson.title());
    summary.put("step", lesson.current());
    summary.put("steps", lesson.steps());
    summary.put("passed", lesson.count(LearnerRecord.Outcome.PASSED));
    summary.put("failed", lesson.count(LearnerRecord.Outcome.FAILED));
    summary.put("skipped", lesson.count(LearnerRecord.Outcome.SKIPPED));
    summary.put("stuckAt", lesson.stuck());
    return summary;
  }
}
