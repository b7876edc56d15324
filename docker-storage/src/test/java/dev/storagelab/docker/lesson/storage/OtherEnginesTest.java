package dev.storagelab.docker.lesson.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.host.HostFiles;
import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import dev.storagelab.docker.testing.SecondEngine;
import dev.storagelab.docker.testing.TestLearner;
import dev.storagelab.lesson.Lesson;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.LessonRunner;
import dev.storagelab.lesson.ProgressStore;
import dev.storagelab.lesson.StepInterruptedException;
import dev.storagelab.lesson.StepResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lesson on setups other than the default engine, each a real second engine beside it: every
 * step passes, or teaches what the setup does instead and proves that.
 */
@RequiresEngine
class OtherEnginesTest {

  private final Lesson lesson = DockerStorageLesson.create();

  @TempDir Path labs;

  @Test
  void onAVfsEngineOverTcpTreatedAsRemoteEveryStepProvesWhatVfsAndHelpersShow() throws Exception {
    try (SecondEngine second = SecondEngine.start("slb-vfs");
        Engine engine = second.connect()) {
      List<StepResult> results = runAll(engine, HostFiles.Access.REMOTE);

      assertPassed(results);
      assertThat(results.get(5).report().checks())
          .anySatisfy(c -> assertThat(c.claim()).contains("vfs copies the whole image"));
      assertThat(results.get(5).report().checks())
          .filteredOn(c -> c.claim().contains("on the engine's host"))
          .singleElement()
          .satisfies(
              c ->
                  assertThat(c.evidence().toString())
                      .contains(second.dataRoot().resolve("vfs/dir").toString()));
      assertThat(results.get(6).report().diagram()).contains("vfs dir");
      assertThat(results.get(11).report().notes())
          .anySatisfy(note -> assertThat(note).contains("through a helper container"));
      assertThat(results.get(11).report().checks().get(0).evidence().toString())
          .contains(LessonRun.REMOTE_LABS.toString());
    } finally {
      // The "engine's host" of this test is this machine: its remote lab folder is ours to remove.
      DockerCli.shell(null, "rm -rf " + LessonRun.REMOTE_LABS);
    }
  }

  @Test
  void whereContainerNetworkingIsBrokenTheLessonNeedsNone() throws Exception {
    try (SecondEngine second = SecondEngine.start("slb-nonet");
        Engine engine = second.connect()) {
      second.breakNetworking();

      List<StepResult> results = runAll(engine, HostFiles.Access.EVIDENCE);

      assertPassed(results);
      // With the base image the lesson made there, a plain run fails for want of its bridge alone.
      DockerCli.Result plain =
          DockerCli.run("-H", second.tcpHost(), "run", "--rm", BaseImageResolver.IMPORTED, "true");
      assertThat(plain.ok()).as("a plain run: " + plain.out() + plain.err()).isFalse();
      assertThat(plain.err()).contains("bridge");
    }
  }

  @Test
  void anEngineThatStopsMidLessonStopsItWithinTenSecondsNamingTheStepAndTheNextRunPasses()
      throws Exception {
    try (SecondEngine second = SecondEngine.start("slb-stop")) {
      Ownership owner = Ownership.newRun(DockerStorageLesson.ID, TestLearner.ID);
      try (Engine engine = second.connect()) {
        LessonRun run = new LessonRun(engine, owner, labs.resolve("lab"), line -> {});
        for (int i = 0; i < 4; i++) {
          assertThat(LessonRunner.run(lesson, i, run).passed()).isTrue();
        }
        second.stop();
        long start = System.nanoTime();

        StepInterruptedException stopped =
            catchThrowableOfType(
                StepInterruptedException.class, () -> LessonRunner.run(lesson, 4, run));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(stopped).isNotNull();
        assertThat(stopped.getMessage().lines().findFirst().orElse(""))
            .startsWith("Step 4 (" + lesson.step(4).title() + ") stopped:");
      }
      second.restart();
      try (Engine engine = second.connect()) {
        LessonRun again = new LessonRun(engine, owner, labs.resolve("lab"), line -> {});
        List<StepResult> results = LessonRunner.runAll(lesson, again).results();
        assertPassed(results);
      }
    }
  }

  @Test
  void twoEnginesOnOneHostAreTwoEnginesToTheStateKeptPerEngine() throws Exception {
    try (SecondEngine second = SecondEngine.start("slb-ids");
        Engine other = second.connect();
        Engine first = EngineConnector.connect()) {
      ProgressStore store = new ProgressStore(labs);

      assertThat(other.id()).isNotEqualTo(first.id());
      assertThat(store.forEngine(other.id()).folders().labDir(DockerStorageLesson.ID))
          .isNotEqualTo(store.forEngine(first.id()).folders().labDir(DockerStorageLesson.ID));
    }
  }

  private List<StepResult> runAll(Engine engine, HostFiles.Access access) {
    LessonRun run =
        new LessonRun(
            engine,
            Ownership.newRun(DockerStorageLesson.ID, TestLearner.ID),
            labs.resolve("lab"),
            line -> {},
            access);
    List<StepResult> results = LessonRunner.runAll(lesson, run).results();
    return results;
  }

  private static void assertPassed(List<StepResult> results) {
    assertThat(results)
        .allSatisfy(
            r ->
                assertThat(r.passed())
                    .as(
                        "step "
                            + r.number()
                            + " "
                            + r.title()
                            + ": "
                            + r.error()
                            + " "
                            + r.report())
                    .isTrue());
  }
}
