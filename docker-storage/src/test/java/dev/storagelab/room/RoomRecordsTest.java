package dev.storagelab.room;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.engine.EngineEndpoint;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RecordVolumes;
import dev.storagelab.docker.testing.RequiresEngine;
import dev.storagelab.lesson.Prediction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Learners' records on the real engine, as the instructor's view reads them. */
@RequiresEngine
class RoomRecordsTest {

  private final Engine engine = EngineConnector.connect();

  @AfterEach
  void removeRecords() {
    for (String volume :
        DockerCli.ok("volume", "ls", "-q", "--filter", "label=" + RoomRecords.LABEL)
            .lines()
            .toList()) {
      if (volume.contains("-rrt-")) {
        DockerCli.run("volume", "rm", volume);
      }
    }
    engine.close();
  }

  @Test
  void aLearnersNewestRecordIsReadAndOlderOnesAreRemoved() {
    RoomRecords.publish(engine, record("ann-rrt-1", 3, null));
    RoomRecords.publish(engine, record("ann-rrt-1", 5, new LearnerRecord.Stuck(5, "c", "h")));

    List<RoomRecords.Entry> mine =
        RoomRecords.read(engine).stream().filter(e -> e.learner().equals("ann-rrt-1")).toList();

    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).record().lessons().get(0).current()).isEqualTo(5);
    assertThat(RoomRecords.of(engine, "ann-rrt-1")).as("volumes left").hasSize(1);
  }

  @Test
  void aRecordFromANewerVersionOrDamagedIsSaidNotGuessed() {
    RecordVolumes.create("new-rrt-2", "{\"version\":99,\"learner\":\"new-rrt-2\",\"lessons\":[]}");
    RecordVolumes.create("bad-rrt-3", "{not json");

    Map<String, String> problems =
        RoomRecords.read(engine).stream()
            .filter(e -> e.learner().contains("-rrt-"))
            .collect(
                java.util.stream.Collectors.toMap(
                    RoomRecords.Entry::learner, e -> String.valueOf(e.problem())));

    assertThat(problems.get("new-rrt-2")).contains("newer storage-lab").contains("format 99");
    assertThat(problems.get("bad-rrt-3")).contains("cannot be read");
  }

  @Test
  void theRoomIsReadFromEveryEngineThatAnswersAndTalliesPredictions() {
    RoomRecords.publish(engine, record("cat-rrt-4", 7, null));
    RoomRecords.publish(engine, record("dan-rrt-5", 7, new LearnerRecord.Stuck(7, "x", "y")));
    Room room =
        Room.read(
            List.of(
                new Room.Source("here", () -> engine, false),
                new Room.Source(
                    "silent",
                    () ->
                        EngineConnector.connect(
                            new EngineEndpoint(
                                "tcp://127.0.0.1:1", false, Optional.empty(), "default", "test")),
                    true)));

    List<Seat> ours = room.seats().stream().filter(s -> s.learner().contains("-rrt-")).toList();
    assertThat(ours).extracting(Seat::learner).containsExactly("dan-rrt-5", "cat-rrt-4");
    assertThat(room.unreachable()).containsKey("silent");
    Room.Tally tally =
        room.predictions().stream().filter(t -> t.step() == 7).findFirst().orElseThrow();
    assertThat(tally.total()).isGreaterThanOrEqualTo(2);
    assertThat(tally.answers()).containsKeys("no", "yes");
  }

  private static LearnerRecord record(String learner, int current, LearnerRecord.Stuck stuck) {
    String answer = learner.startsWith("cat") ? "yes" : "no";
    return new LearnerRecord(
        LearnerRecord.VERSION,
        learner,
        "root",
        "here",
        java.time.OffsetDateTime.now().toString(),
        false,
        List.of(
            new LearnerRecord.LessonState(
                "docker-storage",
                "Docker storage",
                14,
                current,
                List.of(new LearnerRecord.StepState(0, "Reach", LearnerRecord.Outcome.PASSED)),
                stuck,
                List.of(new Prediction(7, "Does it survive?", answer, "no", true)),
                java.time.OffsetDateTime.now().toString())));
  }
}
