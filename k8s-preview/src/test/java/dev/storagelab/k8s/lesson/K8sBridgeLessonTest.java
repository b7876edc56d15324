package dev.storagelab.k8s.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.lab.LabCleanup;
import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.docker.lesson.Lesson;
import dev.storagelab.docker.lesson.LessonReset;
import dev.storagelab.docker.lesson.LessonRun;
import dev.storagelab.docker.lesson.LessonRunner;
import dev.storagelab.docker.lesson.StepResult;
import dev.storagelab.docker.lesson.storage.DockerStorageLesson;
import dev.storagelab.docker.testing.RequiresEngine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lesson 2 on lesson 1's container, from a clean engine: every proof holds, reset leaves nothing.
 */
@RequiresEngine
class K8sBridgeLessonTest {

  @TempDir Path labs;

  @Test
  void everyStepOfTheBridgeProvesItsClaim() {
    Lesson lesson = K8sBridgeLesson.create();
    try (Engine engine = EngineConnector.connect()) {
      LessonRun run =
          new LessonRun(
              engine,
              Ownership.newRun(K8sBridgeLesson.ID),
              labs.resolve(K8sBridgeLesson.ID),
              line -> {});
      List<StepResult> results = LessonRunner.runAll(lesson, run).results();

      assertThat(results)
          .allSatisfy(
              r ->
                  assertThat(r.passed())
                      .as(
                          r.number()
                              + " "
                              + r.title()
                              + ": "
                              + r.error()
                              + " "
                              + r.report().checks())
                      .isTrue());
      assertThat(
              labs.resolve(K8sBridgeLesson.ID)
                  .resolve("manifests/30-pod-storage-lab-todo-web.yaml"))
          .exists();
      assertThat(results.subList(5, 7))
          .allSatisfy(
              r -> {
                if (r.skipped()) {
                  assertThat(r.report().skipped().orElseThrow()).contains("k8s cluster start");
                  assertThat(r.report().notes())
                      .anySatisfy(n -> assertThat(n).startsWith("would prove"));
                } else {
                  assertThat(r.report().checks()).isNotEmpty();
                }
              });

      LessonReset.reset(engine, DockerStorageLesson.ID, labs.resolve(DockerStorageLesson.ID));
      LessonReset.reset(engine, K8sBridgeLesson.ID, labs.resolve(K8sBridgeLesson.ID));

      assertThat(new LabCleanup(engine).ownedBy(DockerStorageLesson.ID)).isEmpty();
      assertThat(labs.resolve(K8sBridgeLesson.ID)).doesNotExist();
    }
  }
}
