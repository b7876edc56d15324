package dev.storagelab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class MeanwhileTest {

  @Test
  void bothRunAtOnceAndBothResultsComeBack() {
    CountDownLatch started = new CountDownLatch(2);

    Meanwhile.Both<String, Boolean> both =
        Meanwhile.both("test", () -> meet(started) ? "first" : "alone", () -> meet(started));

    assertThat(both.first()).isEqualTo("first");
    assertThat(both.second()).as("the second ran while the first waited for it").isTrue();
  }

  @Test
  void aFailureOfTheFirstIsThrownOnlyOnceTheSecondIsDone() {
    LessonException failure = new LessonException("the app did not start");
    AtomicBoolean secondDone = new AtomicBoolean();

    assertThatThrownBy(
            () ->
                Meanwhile.both(
                    "test",
                    () -> {
                      throw failure;
                    },
                    () -> {
                      sleep(200);
                      secondDone.set(true);
                      return "done";
                    }))
        .isSameAs(failure);
    assertThat(secondDone).isTrue();
  }

  @Test
  void aFailureOfTheSecondIsThrownAsItWas() {
    LessonException failure = new LessonException("the contrast failed");

    assertThatThrownBy(
            () ->
                Meanwhile.both(
                    "test",
                    () -> "first",
                    () -> {
                      throw failure;
                    }))
        .isSameAs(failure);
  }

  private static boolean meet(CountDownLatch started) {
    started.countDown();
    try {
      return started.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
