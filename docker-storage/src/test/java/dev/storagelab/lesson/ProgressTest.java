package dev.storagelab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storagelab.docker.input.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

  @TempDir Path home;

  @Test
  void aStepsResultIsRememberedAndSavedForTheNextCommand() {
    ProgressStore store = new ProgressStore(home);
    Progress progress = store.load("docker-storage");

    store.save(progress.after(result(3, true)).after(result(4, false)));
    Progress read = store.load("docker-storage");

    assertThat(read.run()).isEqualTo(progress.run());
    assertThat(read.current()).isEqualTo(4);
    assertThat(read.state(3)).isEqualTo("done");
    assertThat(read.state(4)).isEqualTo("failed");
    assertThat(read.state(5)).isEqualTo("pending");
    assertThat(read.done()).isEqualTo(1);
  }

  @Test
  void progressRunsAndLabFoldersBelongToOneEngine() {
    ProgressStore all = new ProgressStore(home);
    ProgressStore first = all.forEngine("ABCD:EFGH:1234");
    ProgressStore second = all.forEngine("7f1c2d9e-0000-4000-8000-000000000001");
    Progress started = first.load("docker-storage");
    first.save(started.after(result(12, true)));

    Progress elsewhere = second.load("docker-storage");

    assertThat(elsewhere.current()).isEqualTo(-1);
    assertThat(elsewhere.run()).isNotEqualTo(started.run());
    assertThat(first.load("docker-storage").current()).isEqualTo(12);
    assertThat(first.folders().labDir("docker-storage"))
        .isNotEqualTo(second.folders().labDir("docker-storage"));
    assertThat(first.folders().labDir("docker-storage").startsWith(home.resolve("engines")))
        .isTrue();
  }

  @Test
  void anEnginesFolderHasAShortStableNameThatFitsAnEightyColumnLine() {
    String id = "GUK5:PESE:OLQI:GUCX:XOWN:U3NW:BTBS:DQLJ:LSSD:A2CU:XEE6:GNRO@_var_lib_docker";
    ProgressStore store = new ProgressStore(home).forEngine(id);

    Path lab = store.folders().labDir("docker-storage");

    assertThat(home.relativize(lab).toString()).matches("engines/[0-9a-f]{12}/labs/docker-storage");
    assertThat(new ProgressStore(home).forEngine(id).folders().labDir("docker-storage"))
        .isEqualTo(lab);
  }

  @Test
  void anEnginesFolderMadeUnderItsWholeIdIsStillUsed() throws Exception {
    String id = "GUK5:PESE:OLQI@_var_lib_docker";
    Path whole = Files.createDirectories(home.resolve("engines/GUK5-PESE-OLQI-_var_lib_docker"));

    ProgressStore store = new ProgressStore(home).forEngine(id);

    assertThat(store.folders().labDir("docker-storage").toAbsolutePath())
        .isEqualTo(whole.resolve("labs/docker-storage").toAbsolutePath());
  }

  @Test
  void aDamagedProgressFileStartsAFreshRun() throws Exception {
    ProgressStore store = new ProgressStore(home);
    Files.createDirectories(home.resolve("progress"));
    Files.writeString(home.resolve("progress/docker-storage.json"), "{not json");

    assertThat(store.load("docker-storage").current()).isEqualTo(-1);
  }

  @Test
  void aReportWithoutChecksProvesNothing() {
    assertThat(new StepReport(List.of(), List.of(), "").passed()).isFalse();
    assertThat(StepReport.of(Check.of("a").holds(true), Check.of("b").holds(false)).passed())
        .isFalse();
    assertThat(StepReport.of(Check.of("a").evidence("x", 1).holds(true)).passed()).isTrue();
  }

  @Test
  void aStepThatDoesNotExistIsAnInputError() {
    Lesson lesson = new Lesson("l", "L", "docker CLI", List.of());

    assertThatThrownBy(() -> lesson.step(0))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no step 0");
  }

  private static StepResult result(int number, boolean passed) {
    return new StepResult(
        number,
        "t",
        "e",
        List.of(),
        StepReport.of(Check.of("c").holds(passed)),
        null,
        java.time.Duration.ZERO);
  }
}
