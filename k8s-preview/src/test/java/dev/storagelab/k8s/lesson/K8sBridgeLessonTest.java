package dev.storagelab.k8s.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.lab.LabCleanup;
import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.docker.lesson.storage.DockerStorageLesson;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import dev.storagelab.docker.testing.TestLearner;
import dev.storagelab.lesson.Lesson;
import dev.storagelab.lesson.LessonReset;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.LessonRunner;
import dev.storagelab.lesson.StepResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lesson 2 on lesson 1's container, from a clean engine beside a {@code data-volume} that is not
 * storage-lab's: the steps that need no cluster prove their claims, the cluster steps without a
 * cluster are skipped with their reason (never counted as passed), every command a step shows names
 * this run's objects, and reset leaves nothing.
 */
@RequiresEngine
class K8sBridgeLessonTest {

  @TempDir Path labs;

  @BeforeEach
  void aDataVolumeThatIsNotOursExists() {
    assertThat(DockerCli.run("volume", "inspect", "data-volume").ok())
        .as("a data-volume left on the engine by someone else")
        .isFalse();
    DockerCli.ok("volume", "create", "data-volume");
  }

  @AfterEach
  void resetBothLessonsThenRemoveTheDecoy() {
    // Also after a failure: a lesson container left running would be reused by the next run,
    // bound to this run's deleted lab folder.
    try (Engine engine = EngineConnector.connect()) {
      LessonReset.reset(
          engine,
          DockerStorageLesson.ID,
          labs.resolve(DockerStorageLesson.ID),
          TestLearner.names(engine));
      LessonReset.reset(
          engine, K8sBridgeLesson.ID, labs.resolve(K8sBridgeLesson.ID), TestLearner.names(engine));
    }
    assertThat(DockerCli.run("volume", "rm", "data-volume").ok())
        .as("the decoy is removed, untouched by the lesson's reset")
        .isTrue();
  }

  @Test
  void theStepsWithoutAClusterProveTheirClaimsAndTheClusterStepsSayWhyTheySkip()
      throws IOException {
    Lesson lesson = K8sBridgeLesson.create();
    try (Engine engine = EngineConnector.connect()) {
      LessonRun run =
          new LessonRun(
              engine,
              Ownership.newRun(K8sBridgeLesson.ID, TestLearner.ID),
              labs.resolve(K8sBridgeLesson.ID),
              line -> {});
      List<StepResult> results = LessonRunner.runAll(lesson, run).results();

      assertThat(results).hasSize(7);
      assertThat(results.subList(0, 5))
          .allSatisfy(
              r ->
                  assertThat(r.passed())
                      .as(r.number() + " " + r.title() + ": " + r.error() + " " + r.report())
                      .isTrue());
      assertThat(results.subList(5, 7))
          .as("no cluster runs here: steps 5 and 6 are skipped, not passed")
          .allSatisfy(
              r -> {
                assertThat(r.skipped()).as(r.number() + " " + r.report()).isTrue();
                assertThat(r.passed()).isFalse();
                assertThat(r.failed()).isFalse();
                assertThat(r.report().skipped().orElseThrow()).contains("k8s cluster start");
                assertThat(r.report().notes()).anySatisfy(n -> assertThat(n).startsWith("would "));
              });
      Path manifests = labs.resolve(K8sBridgeLesson.ID).resolve("manifests");
      assertThat(results.get(3).report().checks())
          .anySatisfy(
              c -> {
                assertThat(c.claim()).contains("behind a Service");
                assertThat(c.holds()).isTrue();
                assertThat(c.evidence().toString()).contains("httpd -f -v -p 8080 -h /app");
              });
      assertThat(onlyFile(manifests, "40-service-"))
          .isEqualTo("40-service-storage-lab-todo-web.yaml");
      String claimFile = onlyFile(manifests, "20-persistentvolumeclaim-");
      String claim =
          claimFile.substring("20-persistentvolumeclaim-".length(), claimFile.length() - 5);
      assertThat(claim)
          .as("lesson 1's volume was renamed beside the decoy, and its claim with it")
          .startsWith("data-volume-");
      assertThat(results.get(1).commands()).anySatisfy(l -> assertThat(l).contains(claimFile));
      assertThat(results.get(6).commands())
          .contains("kubectl get pvc " + claim)
          .contains("kubectl delete pvc " + claim + " && kubectl get pv");
      assertThat(results.get(6).report().notes())
          .anySatisfy(n -> assertThat(n).contains("the claim " + claim + " is Bound"));
      assertThat(results.get(0).commands())
          .as("the claim is named after lesson 1's volume, a valid name kept as it is")
          .contains("docker volume inspect " + claim);
      assertThat(manifests.resolve("30-pod-storage-lab-todo-web.yaml")).exists();
      BridgeContext.Names planned = BridgeContext.names(run);
      assertThat(BridgeContext.Names.expected(planned.container(), planned.volume()))
          .as("the names shown before lesson 1's container runs are the plan's")
          .isEqualTo(planned);

      LessonReset.reset(
          engine,
          DockerStorageLesson.ID,
          labs.resolve(DockerStorageLesson.ID),
          TestLearner.names(engine));
      LessonReset.reset(
          engine, K8sBridgeLesson.ID, labs.resolve(K8sBridgeLesson.ID), TestLearner.names(engine));

      assertThat(new LabCleanup(engine).ownedBy(TestLearner.names(engine), DockerStorageLesson.ID))
          .isEmpty();
      assertThat(labs.resolve(K8sBridgeLesson.ID)).doesNotExist();
    }
  }

  private static String onlyFile(Path dir, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names =
          files
              .map(f -> f.getFileName().toString())
              .filter(name -> name.startsWith(prefix))
              .toList();
      assertThat(names).hasSize(1);
      return names.get(0);
    }
  }
}
