package dev.storagelab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storagelab.docker.host.HostFiles;
import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.testing.TestLearner;
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
    LessonSession session =
        new LessonSession(List.of(lesson), new ProgressStore(home), TestLearner.ID);
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
            org.assertj.core.groups.Tuple.tuple("skips", false, "no cluster"));
    assertThat(session.records(lesson).get(0).checks().get(0).evidence())
        .containsExactly(new Evidence("x", "1"));
    assertThat(session.records(lesson).get(0).commands()).containsExactly("docker holds");

    assertThat(
            new LessonSession(List.of(lesson), new ProgressStore(home), TestLearner.ID)
                .current()
                .id())
        .as("progress outlives the session")
        .isEqualTo("demo");
    session.forget(lesson);
    assertThat(session.records(lesson)).isEmpty();
  }

  @Test
  void aPredictionIsAskedAfterTheStepIsShownAndKeptWithTheProgressBesideTheEvidence() {
    Lesson asking =
        new Lesson(
            "demo",
            "Demo",
            "docker CLI",
            List.of(
                step("no question", StepReport.of(Check.of("a").holds(true)), null),
                step("holds", StepReport.of(Check.of("b").holds(true)), Question.yesNo("b?", true)),
                step(
                    "fails",
                    StepReport.of(Check.of("c").holds(false)),
                    Question.yesNo("c?", false))));
    LessonSession session =
        new LessonSession(List.of(asking), new ProgressStore(home), TestLearner.ID);
    List<String> heard = new ArrayList<>();
    LessonListener listener =
        new LessonListener() {
          @Override
          public void stepStarting(Lesson l, int number, List<String> cli) {
            heard.add("start " + number);
          }

          @Override
          public void predicted(Lesson l, Prediction prediction) {
            heard.add("predicted " + prediction.step() + " " + prediction.right());
          }
        };
    LessonSession.Predictor predictor =
        (l, number, question) -> {
          heard.add("asked " + number + " " + question.text());
          return java.util.Optional.of(number == 1 ? "Y" : "no");
        };

    session.runAll(
        asking,
        session.newRun(asking, null, line -> {}, HostFiles.Access.EVIDENCE),
        listener,
        predictor);

    assertThat(heard)
        .containsExactly(
            "start 0",
            "start 1",
            "asked 1 b?",
            "predicted 1 true",
            "start 2",
            "asked 2 c?",
            "predicted 2 false");
    Progress saved = new ProgressStore(home).load("demo");
    assertThat(saved.predictions()).containsOnlyKeys(1, 2);
    assertThat(saved.predictions().get(1)).isEqualTo(new Prediction(1, "b?", "yes", "yes", true));
    assertThat(saved.predictions().get(2).right())
        .as("a proof that did not hold cannot bear out the answer")
        .isFalse();
  }

  @Test
  void anExerciseThatHoldsMovesThePracticeOnAndOneThatDoesNotStays() {
    boolean[] made = {false};
    Lesson practised =
        new Lesson(
            "demo",
            "Demo",
            "docker CLI",
            List.of(
                exercise("make it", () -> Check.of("it exists").hint("make it").holds(made[0])),
                step("no exercise", StepReport.of(Check.of("x").holds(true)), null),
                exercise("last", () -> Check.of("y").holds(true))));
    Practice practice =
        new Practice(List.of(practised), new ProgressStore(home).practice(), TestLearner.ID);
    assertThatThrownBy(practice::current).hasMessageContaining("lesson practice demo");
    practice.show(practised, 0);
    LessonRun run = practice.newRun(practised, null, HostFiles.Access.EVIDENCE);

    StepResult notYet = practice.check(practised, 0, run);
    made[0] = true;
    StepResult done = practice.check(practised, 0, run);

    assertThat(notYet.passed()).isFalse();
    assertThat(notYet.report().checks().get(0).hint()).isEqualTo("make it");
    assertThat(done.passed()).isTrue();
    assertThat(done.report().checks().get(0).hint()).as("no hint when it holds").isNull();
    assertThat(practice.progress(practised).current()).as("on to the next exercise").isEqualTo(2);
    assertThat(run.practising()).isTrue();
    run.withNames(new dev.storagelab.docker.lab.LearnerNames(TestLearner.ID, false));
    assertThat(run.name(dev.storagelab.docker.engine.EngineObject.Kind.VOLUME, "data-volume"))
        .as("in practice the learner's names are their own objects' names, as they are")
        .isEqualTo("data-volume-tester");
    assertThatThrownBy(() -> practice.show(practised, 1))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("has no exercise");
  }

  @Test
  void anUnknownLessonOrNoneStartedIsAnInputError() {
    LessonSession session =
        new LessonSession(List.of(lesson), new ProgressStore(home), TestLearner.ID);

    assertThatThrownBy(() -> session.lesson("nope"))
        .isInstanceOf(InputException.class)
        .hasMessage("No lesson 'nope'. Lessons: demo");
    assertThatThrownBy(session::current)
        .isInstanceOf(InputException.class)
        .hasMessageContaining("lesson start demo");
  }

  private static Step step(String title, StepReport report) {
    return step(title, report, null);
  }

  private static Step exercise(String title, java.util.function.Supplier<Check> check) {
    return new PractisedStep() {
      @Override
      public String title() {
        return title;
      }

      @Override
      public String explain() {
        return title;
      }

      @Override
      public List<String> commands(LessonRun run) {
        return List.of("docker " + title);
      }

      @Override
      public StepReport perform(LessonRun run) {
        return StepReport.of(check.get());
      }

      @Override
      public String goal(LessonRun run) {
        return title;
      }

      @Override
      public StepReport check(LessonRun run) {
        return StepReport.of(check.get());
      }
    };
  }

  private static Step step(String title, StepReport report, Question question) {
    return new Step() {
      @Override
      public java.util.Optional<Question> question() {
        return java.util.Optional.ofNullable(question);
      }

      @Override
      public String title() {
        return title;
      }

      @Override
      public String explain() {
        return title;
      }

      @Override
      public List<String> commands(LessonRun run) {
        return List.of("docker " + title);
      }

      @Override
      public StepReport perform(LessonRun run) {
        return report;
      }
    };
  }
}
