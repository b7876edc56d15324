package dev.storagelab.docker.testing;

import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.engine.EngineUnavailableException;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Decides, once per run, whether engine tests run, skip or fail. */
final class EngineCondition implements ExecutionCondition {

  private static volatile Optional<String> unavailable;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<String> reason = reasonUnavailable();
    if (reason.isEmpty()) {
      return ConditionEvaluationResult.enabled("a Docker engine answers");
    }
    if (NoSkipWhereRequired.required()) {
      throw new IllegalStateException(
          "STORAGE_LAB_REQUIRE_DOCKER is set but no Docker engine answers: " + reason.get());
    }
    return ConditionEvaluationResult.disabled("no Docker engine: " + reason.get());
  }

  private static synchronized Optional<String> reasonUnavailable() {
    if (unavailable == null) {
      try {
        EngineConnector.connect().close();
        unavailable = Optional.empty();
      } catch (EngineUnavailableException e) {
        unavailable = Optional.of(e.getMessage().replace(System.lineSeparator(), " "));
        if (!NoSkipWhereRequired.required()) {
          System.err.println(
              "Skipping the tests that need a Docker engine: "
                  + unavailable.get()
                  + " (set STORAGE_LAB_REQUIRE_DOCKER=1 to fail instead)");
        }
      }
    }
    return unavailable;
  }
}
