package dev.storagelab.lesson;

import dev.storagelab.docker.engine.EngineUnavailableException;

/**
 * A step could not finish because the engine went away (stopped, restarted, unreachable): not a
 * claim that failed, so no result is recorded. The message names the step, then says what to do.
 */
public final class StepInterruptedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  StepInterruptedException(int number, String title, EngineUnavailableException cause) {
    super(
        "Step "
            + number
            + " ("
            + title
            + ") stopped: "
            + cause.getMessage().lines().findFirst().orElse("the engine went away")
            + System.lineSeparator()
            + "Start the engine again and rerun: the lesson picks up from here, no reset needed.",
        cause);
  }
}
