package dev.storagelab.docker.lesson.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.lab.LabCleanup;
import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import dev.storagelab.docker.testing.TestLearner;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.Lesson;
import dev.storagelab.lesson.LessonReset;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.LessonRunner;
import dev.storagelab.lesson.StepResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole lesson on the real engine, twice, then a reset that leaves others' objects alone. */
@RequiresEngine
class DockerStorageLessonTest {

  private final Engine engine = EngineConnector.connect();
  private final Lesson lesson = DockerStorageLesson.create();
  private boolean decoyIsOurs;

  @TempDir Path labs;

  @BeforeEach
  void aDataVolumeThatIsNotOursExists() {
    // Objects an earlier run of the lesson left (storage-lab's own) would hide the decoy.
    LessonReset.reset(
        engine, DockerStorageLesson.ID, labs.resolve("earlier"), TestLearner.names(engine));
    if (DockerCli.run("volume", "inspect", "data-volume").ok()) {
      return;
    }
    DockerCli.ok("volume", "create", "data-volume");
    decoyIsOurs = true;
    inDecoy("echo precious > /d/keep.txt");
  }

  @AfterEach
  void removeDecoy() {
    engine.close();
    if (decoyIsOurs) {
      // A decoy left behind would make the practice tests meet someone else's data-volume.
      DockerCli.Result removed = DockerCli.run("volume", "rm", "data-volume");
      assertThat(removed.ok()).as("the decoy is removed: " + removed.err()).isTrue();
    }
  }

  @Test
  void everyStepProvesItsClaimTwiceInARowAndResetLeavesOnlyOthersObjects() {
    String before = decoyFile();
    Path labDir = labs.resolve(DockerStorageLesson.ID);

    List<StepResult> first = runAll(labDir);
    List<StepResult> second = runAll(labDir);

    assertPassed(first);
    assertPassed(second);
    assertThat(first.get(8).report().notes())
        .anyMatch(note -> note.contains("'data-volume' already exists"));
    assertThat(first.get(2).report().checks().get(1).evidence()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(evidence(first.get(2), "holds only what its instruction added"))
        .contains("adds /etc/todo, /etc/todo/app.conf")
        .contains("adds /app/data")
        .contains("adds /app/index.html");
    assertThat(evidence(first.get(4), "does not make the image smaller"))
        .contains("removes it with a whiteout; 512.0 kB still stored in the layer below");
    assertThat(evidence(first.get(5), "at its real size"))
        .contains("A /app/test-demo  drwxr-xr-x")
        .contains("A /app/written-in-container  -rw-r--r--  5 B")
        .contains("D /app/index.html");
    assertThat(
            DockerCli.ok("volume", "ls", "-q", "--filter", "label=" + Ownership.MANAGED)
                .lines()
                .filter(name -> name.startsWith("data-volume-")))
        .as("two runs beside a decoy leave one renamed lesson volume, not one each")
        .hasSize(1);

    LessonReset.reset(engine, DockerStorageLesson.ID, labDir, TestLearner.names(engine));

    assertThat(new LabCleanup(engine).ownedBy(TestLearner.names(engine), DockerStorageLesson.ID))
        .isEmpty();
    assertThat(DockerCli.ok("ps", "-aq", "--filter", "label=" + Ownership.MANAGED)).isEmpty();
    assertThat(DockerCli.ok("volume", "ls", "-q", "--filter", "label=" + Ownership.MANAGED))
        .isEmpty();
    assertThat(DockerCli.ok("images", "-q", "storage-lab/todo"))
        .as("every image the lesson built carried its labels, so reset removed them all")
        .isEmpty();
    assertThat(labDir).doesNotExist();
    assertThat(DockerCli.ok("volume", "inspect", "--format", "{{json .Labels}}", "data-volume"))
        .isIn("null", "{}");
    assertThat(decoyFile()).isEqualTo(before);
  }

  /** The evidence of a step's check, found by its claim, as text. */
  private static String evidence(StepResult step, String claim) {
    return step.report().checks().stream()
        .filter(c -> c.claim().contains(claim))
        .findFirst()
        .orElseThrow(() -> new AssertionError("step " + step.number() + " has no check: " + claim))
        .evidence()
        .toString();
  }

  private String decoyFile() {
    return inDecoy("cat /d/keep.txt 2>/dev/null || ls -A /d");
  }

  private String inDecoy(String script) {
    String base = BaseImageResolver.standard(engine).resolve(line -> {}).reference();
    return DockerCli.ok("run", "--rm", "-v", "data-volume:/d", base, "sh", "-c", script);
  }

  private List<StepResult> runAll(Path labDir) {
    LessonRun run =
        new LessonRun(
            engine, Ownership.newRun(DockerStorageLesson.ID, TestLearner.ID), labDir, line -> {});
    List<StepResult> results = LessonRunner.runAll(lesson, run).results();
    return results;
  }

  private static void assertPassed(List<StepResult> results) {
    List<String> failures = new ArrayList<>();
    for (StepResult result : results) {
      if (!result.passed()) {
        StringBuilder why = new StringBuilder("step " + result.number() + " " + result.title());
        if (result.error() != null) {
          why.append(": ").append(result.error());
        }
        for (Check check : result.report().checks()) {
          why.append("\n  ").append(check.holds() ? "PASS " : "FAIL ").append(check.claim());
          check
              .evidence()
              .forEach(
                  e -> why.append("\n      ").append(e.label()).append(": ").append(e.value()));
        }
        failures.add(why.toString());
      }
      assertThat(result.report().checks())
          .as("step %d proves something", result.number())
          .isNotEmpty();
    }
    assertThat(failures).as("failed steps").isEmpty();
  }
}
