package dev.storagelab.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeatTest {

  @Test
  void theCurrentLessonIsTheOneWorkedInLastInTimeNotInTextOrder() {
    Seat seat = seat("2026-12-03T19:38Z", "2026-12-03T19:38:05Z");

    assertThat(seat.current().orElseThrow().lesson()).isEqualTo("k8s-bridge");
  }

  @Test
  void aStuckLearnerComesFirstAndLastActiveIsSaidAsAPersonSaysIt() {
    Seat stuck =
        new Seat(
            "default",
            "zed",
            new LearnerRecord(
                1,
                "zed",
                "u",
                "h",
                "2026-12-03T19:00:00Z",
                false,
                List.of(
                    lesson(
                        "docker-storage",
                        "2026-12-03T19:00Z",
                        new LearnerRecord.Stuck(3, "c", "h")))),
            null);
    Seat fine = seat("2026-12-03T19:00Z", "2026-12-03T19:01Z");

    assertThat(List.of(fine, stuck).stream().sorted(Seat.STUCK_FIRST).toList())
        .containsExactly(stuck, fine);
    assertThat(stuck.lastActiveAgo(OffsetDateTime.parse("2026-12-03T19:04:30Z")))
        .isEqualTo("4 min ago");
    assertThat(stuck.lastActiveAgo(OffsetDateTime.parse("2026-12-03T19:00:20Z")))
        .isEqualTo("just now");
  }

  private static Seat seat(String first, String second) {
    return new Seat(
        "default",
        "amy",
        new LearnerRecord(
            1,
            "amy",
            "u",
            "h",
            second,
            false,
            List.of(lesson("docker-storage", first, null), lesson("k8s-bridge", second, null))),
        null);
  }

  private static LearnerRecord.LessonState lesson(
      String id, String lastActive, LearnerRecord.Stuck stuck) {
    return new LearnerRecord.LessonState(id, id, 14, 3, List.of(), stuck, List.of(), lastActive);
  }
}
