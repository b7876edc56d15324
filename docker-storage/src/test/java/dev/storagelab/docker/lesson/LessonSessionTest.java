package dev.storagelab.docker.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storagelab.docker.input.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The orchestration every front end shares, without an engine or Spring. */
class LessonSessionTest {

  @TempDir Path home;

  private final Lesson lesson =
      new Lesson(
          "demo",
          "Demo",
          "docker CLI",
          List.of(
              step("holds", StepReport.of(Check.of("a").evidence("x", 1).holds(true))),
              step("fails", StepReport.of(Check.of("b").holds(false))),
              step("skips", StepReport.skipped("no cluster", List.of("would prove c")))));

  @Test
  void runAllRunsEveryStepTellsTheListenerAndSavesProgressAfterEach() {
    LessonSession session = new LessonSession(List.of(lesson), new ProgressStore(home));
    List<String> heard = new ArrayList<>();
    LessonListener listener =
        new LessonListener() {
          @Override
          public void stepStarting(Lesson l, int number, List<String> cli) {
            heard.add("start " + number + " " + cli);
          }

          @Override
          public void stepFinished(Lesson l, StepResult result) {
            heard.add(
                "done " + result.number() + " saved " + session.progress(l).state(result.number()));
          }
        };

    LessonOutcome outcome =
        session.runAll(
            lesson, session.newRun(lesson, null, line -> {}, HostFiles.Access.EVIDENCE), listener);

    assertThat(heard)
        .containsExactly(
            "start 0 [docker holds]",
            "done 0 saved done",
            "start 1 [docker fails]",
            "done 1 saved failed",
            "start 2 [docker skips]",
            "done 2 saved done");
    assertThat(outcome.proved()).isEqualTo(1);
    assertThat(outcome.failed()).isEqualTo(1);
    assertThat(outcome.skipped()).isEqualTo(1);
    assertThat(outcome.passed()).isFalse();
    assertThat(session.current()).isEqualTo(lesson);
    assertThat(session.records(lesson))
        .extracting(StepRecord::title, StepRecord::passed, StepRecord::skipped)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("holds", true, null),
            org.assertj.core.groups.Tuple.tuple("fails", false, null),
            org.assertj.core.groups.Tuple.tuple("skips", true, "no cluster"));
    assertThat(session.records(lesson).get(0).checks().get(0).evidence())
        .containsExactly(new Evidence("x", "1"));
    assertThat(session.records(lesson).get(0).dockerCli()).containsExactly("docker holds");

    assertThat(new LessonSession(List.of(lesson), new ProgressStore(home)).current().id())
        .as("progress outlives the session")
        .isEqualTo("demo");
    session.forget(lesson);
    assertThat(session.records(lesson)).isEmpty();
  }

  @Test
  void anUnknownLessonOrNoneStartedIsAnInputError() {
    LessonSession session = new LessonSession(List.of(lesson), new ProgressStore(home));

    assertThatThrownBy(() -> session.lesson("nope"))
        .isInstanceOf(InputException.class)
        .hasMessage("No lesson 'nope'. Lessons: demo");
    assertThatThrownBy(session::current)
        .isInstanceOf(InputException.class)
        .hasMessageContaining("lesson start docker-storage");
  }

  private static Step step(String title, StepReport report) {
    return new Step() {
      @Override
      public String title() {
        return title;
      }

      @Override
      public String explain() {
        return title;
      }

      @Override
      public List<String> dockerCli(LessonRun run) {
        return List.of("docker " + title);
      }

      @Override
      public StepReport perform(LessonRun run) {
        return report;
      }
    };
  }
}
