package dev.storagelab.shell.room;

import dev.storagelab.room.LearnerRecord;
import dev.storagelab.room.Room;
import dev.storagelab.room.Seat;
import dev.storagelab.shell.output.Style;
import dev.storagelab.shell.output.Table;
import java.time.OffsetDateTime;
import java.util.Map;

/** The room for a person at a terminal: {@code class status} and {@code class predictions}. */
final class RoomText {

  private static final int BAR = 30;

  private RoomText() {}

  /** One row per learner, stuck ones first; then each engine that did not answer. */
  static String status(Room room, OffsetDateTime now, Style style) {
    StringBuilder out = new StringBuilder();
    boolean engines = room.seats().stream().map(Seat::engine).distinct().count() > 1;
    if (room.seats().isEmpty()) {
      out.append(
          "No learner has a record on "
              + (room.unreachable().isEmpty() ? "the engine" : "the engines that answered")
              + " yet: a record appears after each learner's first step.\n");
    } else {
      Table table =
          engines
              ? Table.of(
                  "LEARNER",
                  "ENGINE",
                  "LESSON",
                  "STEP",
                  "PASSED",
                  "FAILED",
                  "SKIPPED",
                  "STUCK AT",
                  "LAST ACTIVE")
              : Table.of(
                  "LEARNER",
                  "LESSON",
                  "STEP",
                  "PASSED",
                  "FAILED",
                  "SKIPPED",
                  "STUCK AT",
                  "LAST ACTIVE");
      for (Seat seat : room.seats()) {
        Object[] cells = cells(seat, now, style);
        if (!engines) {
          Object[] fewer = new Object[cells.length - 1];
          fewer[0] = cells[0];
          System.arraycopy(cells, 2, fewer, 1, cells.length - 2);
          cells = fewer;
        }
        table.row(cells);
      }
      out.append(table.render(style)).append('\n');
      long stuck = room.seats().stream().filter(Seat::stuck).count();
      out.append(room.seats().size() + " learner(s), " + stuck + " stuck.\n");
    }
    room.unreachable()
        .forEach(
            (engine, why) ->
                out.append(style.fail("engine " + engine + " does not answer: " + why))
                    .append('\n'));
    return out.toString();
  }

  private static Object[] cells(Seat seat, OffsetDateTime now, Style style) {
    String learner = seat.stuck() ? style.fail(seat.learner()) : seat.learner();
    if (seat.record() == null) {
      return new Object[] {learner, seat.engine(), "", "", "", "", "", seat.problem(), ""};
    }
    return seat.current()
        .map(
            l ->
                new Object[] {
                  learner,
                  seat.engine(),
                  l.lesson(),
                  (l.current() < 0 ? "-" : Integer.toString(l.current())) + "/" + l.steps(),
                  l.count(LearnerRecord.Outcome.PASSED),
                  l.count(LearnerRecord.Outcome.FAILED),
                  l.count(LearnerRecord.Outcome.SKIPPED),
                  stuckAt(l),
                  seat.lastActiveAgo(now)
                })
        .orElse(
            new Object[] {
              learner, seat.engine(), "(reset)", "", "", "", "", "", seat.lastActiveAgo(now)
            });
  }

  private static String stuckAt(LearnerRecord.LessonState lesson) {
    LearnerRecord.Stuck stuck = lesson.stuck();
    if (stuck == null) {
      return "";
    }
    return "step "
        + stuck.step()
        + ": "
        + stuck.check()
        + (stuck.hint().isEmpty() ? "" : " (" + stuck.hint() + ")");
  }

  /** Each question: what the evidence showed, and a bar per answer the room gave. */
  static String predictions(Room room, Style style) {
    StringBuilder out = new StringBuilder();
    if (room.predictions().isEmpty()) {
      return "No predictions yet: learners answer with 'lesson run LESSON --predict'.\n";
    }
    for (Room.Tally tally : room.predictions()) {
      out.append(style.heading(tally.lesson() + ", step " + tally.step() + ": " + tally.question()))
          .append('\n')
          .append("  the evidence showed: ")
          .append(tally.evidence())
          .append("  (")
          .append(tally.right())
          .append(" of ")
          .append(tally.total())
          .append(" predicted it)\n");
      int width = tally.answers().keySet().stream().mapToInt(String::length).max().orElse(0);
      for (Map.Entry<String, Integer> answer : tally.answers().entrySet()) {
        String bar = "█".repeat(Math.max(1, BAR * answer.getValue() / tally.total()));
        boolean right = answer.getKey().equals(tally.evidence());
        out.append("  ")
            .append(String.format("%-" + width + "s", answer.getKey()))
            .append("  ")
            .append(right ? style.pass(bar) : style.dim(bar))
            .append(' ')
            .append(answer.getValue())
            .append('\n');
      }
    }
    return out.toString();
  }
}
