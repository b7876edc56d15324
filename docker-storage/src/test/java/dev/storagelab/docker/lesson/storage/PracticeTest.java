package dev.storagelab.docker.lesson.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.host.HostFiles;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import dev.storagelab.docker.testing.TestLearner;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.Evidence;
import dev.storagelab.lesson.Lesson;
import dev.storagelab.lesson.LessonReset;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.LessonRunner;
import dev.storagelab.lesson.Practice;
import dev.storagelab.lesson.ProgressStore;
import dev.storagelab.lesson.StepResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lesson done by hand: for every step, the state the docker CLI commands of its hint leave
 * (typed by this test through the real docker CLI) passes its check, and the near misses learners
 * make fail with the hint that mends them. The checks never touch what the learner made.
 */
@RequiresEngine
class PracticeTest {

  private final Engine engine = EngineConnector.connect();
  private final Lesson lesson = DockerStorageLesson.create();
  private Practice practice;
  private LessonRun run;
  private Path folder;

  @TempDir Path home;

  @BeforeEach
  void aCleanEngine() {
    LessonReset.reset(engine, lesson.id(), home.resolve("labs"), TestLearner.names(engine));
    assumeTrue(
        LessonReset.learnersObjects(engine, lesson, TestLearner.names(engine)).isEmpty(),
        () ->
            "objects named like the course's exist and are not storage-lab's: "
                + LessonReset.learnersObjects(engine, lesson, TestLearner.names(engine)));
    practice = new Practice(List.of(lesson), new ProgressStore(home).practice(), TestLearner.ID);
    run = practice.newRun(lesson, engine, HostFiles.Access.EVIDENCE);
    folder = practice.folder(lesson);
    DockerCli.shell(home, "mkdir -p " + folder);
  }

  @AfterEach
  void removeWhatTheLearnerMade() {
    if (run == null) {
      return;
    }
    for (LessonReset.LeftAlone mine :
        LessonReset.learnersObjects(engine, lesson, TestLearner.names(engine))) {
      DockerCli.shell(home, mine.remove());
    }
    LessonReset.reset(engine, lesson.id(), home.resolve("labs"), TestLearner.names(engine));
    // What containers wrote there as root goes through storage-lab's helper.
    run.host().delete(folder.toString());
    engine.close();
  }

  @Test
  void everyStepTypedByHandPassesItsCheckAndTheSlipsOfSixStepsGetTheirHint() {
    for (int step = 0; step < lesson.steps().size(); step++) {
      practice.show(lesson, step);
      nearMisses(step);
      type(step);
      StepResult result = practice.check(lesson, step, run);
      assertThat(result.passed())
          .as("step %d after its commands:\n%s", step, explain(result))
          .isTrue();
    }
    assertThat(practice.progress(lesson).done()).isEqualTo(lesson.steps().size());
    assertThat(slipsChecked)
        .as("the steps whose slips were checked")
        .containsExactly(1, 3, 7, 8, 9, 11);
    assertThat(LessonReset.learnersObjects(engine, lesson, TestLearner.names(engine)))
        .as("the checks left every object the learner made")
        .extracting(LessonReset.LeftAlone::name)
        .contains(
            LabContainers.WITH_VOLUME_AGAIN,
            LabContainers.WEB,
            LabContainers.VOLUME,
            LabApp.IMAGE,
            BuildCache.CHANGED,
            DeletedFile.IMAGE);
  }

  @Test
  void anObjectTheLessonMadeIsNotTheLearners() {
    DockerCli.ok(
        "volume",
        "create",
        "--label",
        "dev.storagelab.managed=true",
        "--label",
        "dev.storagelab.kind=volume",
        "--label",
        "dev.storagelab.lesson=" + lesson.id(),
        LabContainers.VOLUME);

    StepResult result = LessonRunner.check(lesson, 8, run);

    assertThat(result.passed()).isFalse();
    assertThat(hints(result)).anyMatch(h -> h.contains("made by storage-lab's lesson run"));
    assertThat(DockerCli.run("volume", "inspect", LabContainers.VOLUME).ok()).isTrue();
  }

  private final List<Integer> slipsChecked = new ArrayList<>();

  /**
   * The slips learners make, each checked for the hint that mends it: a build without {@code -t}
   * (1), a rebuild with nothing changed (3), the old container kept (7), no volume (8), the volume
   * at the wrong path, a bind mount instead, no mount (9), a read-only bind (11).
   */
  private void nearMisses(int step) {
    if (List.of(1, 3, 7, 8, 9, 11).contains(step)) {
      slipsChecked.add(step);
    }
    switch (step) {
      case 1 -> assertHint(1, "there is no image " + LabApp.IMAGE + ": did you forget -t?");
      case 3 -> {
        DockerCli.ok("tag", LabApp.IMAGE, BuildCache.CHANGED);
        assertHint(3, BuildCache.CHANGED + " is the very image " + LabApp.IMAGE + " is");
        DockerCli.ok("rmi", BuildCache.CHANGED);
      }
      case 7 ->
          assertHint(7, LabContainers.APP + " still exists: docker rm -f " + LabContainers.APP);
      case 8 -> assertHint(8, "there is no volume data-volume: docker volume create data-volume");
      case 9 -> {
        DockerCli.ok(
            "run",
            "-d",
            "--name",
            LabContainers.WITH_VOLUME,
            "-v",
            LabContainers.VOLUME + ":/data",
            LabApp.IMAGE);
        assertHint(9, "data-volume is mounted at /data, not /app");
        DockerCli.ok("rm", "-f", LabContainers.WITH_VOLUME);
        DockerCli.shell(
            folder,
            "mkdir -p data-volume && docker run -d --name "
                + LabContainers.WITH_VOLUME
                + " -v \"$PWD/data-volume:/app\" "
                + LabApp.IMAGE);
        assertHint(9, "/app is a bind mount of the host path " + folder.resolve("data-volume"));
        DockerCli.ok("rm", "-f", LabContainers.WITH_VOLUME);
        DockerCli.ok("run", "-d", "--name", LabContainers.WITH_VOLUME, LabApp.IMAGE);
        assertHint(9, "the container has no mount at /app: did you forget -v data-volume:/app?");
        DockerCli.ok("rm", "-f", LabContainers.WITH_VOLUME);
      }
      case 11 -> {
        Path site = BindMounts.site(run);
        DockerCli.shell(folder, "mkdir -p " + site);
        DockerCli.ok(
            "run",
            "-d",
            "--name",
            LabContainers.WEB,
            "-v",
            LabContainers.VOLUME + ":/app",
            "-v",
            site + ":" + BindMounts.TARGET + ":ro",
            LabApp.IMAGE);
        assertHint(11, "the bind mount at /srv/site is read-only, so the container cannot write");
        DockerCli.ok("rm", "-f", LabContainers.WEB);
      }
      default -> {}
    }
  }

  /** Types the step's commands as the hint gives them, in the learner's folder. */
  private void type(int step) {
    Path here = folder;
    for (String line : lesson.step(step).commands(run)) {
      if (line.startsWith("cd ")) {
        here = Path.of(line.substring(3));
        continue;
      }
      // Some commands fail on purpose (an engine that is not there, a refused --mount).
      DockerCli.shell(here, line.replace("sudo ", ""));
    }
  }

  private void assertHint(int step, String hint) {
    StepResult result = LessonRunner.check(lesson, step, run);
    assertThat(result.passed()).as("step %d near miss", step).isFalse();
    assertThat(hints(result)).as(explain(result)).anyMatch(h -> h.contains(hint));
  }

  private static List<String> hints(StepResult result) {
    return result.report().checks().stream().map(Check::hint).filter(h -> h != null).toList();
  }

  private static String explain(StepResult result) {
    return (result.error() == null ? "" : "error: " + result.error() + "\n")
        + result.report().checks().stream()
            .map(
                c ->
                    (c.holds() ? "PASS " : "FAIL ")
                        + c.claim()
                        + c.evidence().stream()
                            .map(Evidence::toString)
                            .collect(Collectors.joining("\n  ", "\n  ", ""))
                        + (c.hint() == null ? "" : "\n  hint: " + c.hint()))
            .collect(Collectors.joining("\n"));
  }
}
