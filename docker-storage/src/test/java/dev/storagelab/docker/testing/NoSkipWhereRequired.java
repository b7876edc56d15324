package dev.storagelab.docker.testing;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Under {@code STORAGE_LAB_REQUIRE_DOCKER} (as in CI) a test that skips itself fails instead: a
 * skipped test proved nothing, and a green run with skips hides it (a leftover {@code data-volume}
 * once skipped two practice tests in CI). Only a class marked {@link MaySkip} keeps its skip.
 * Registered for every test of every module through the service loader (autodetection is switched
 * on in the build).
 */
public final class NoSkipWhereRequired
    implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable thrown)
      throws Throwable {
    throw judged(context, thrown);
  }

  @Override
  public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable thrown)
      throws Throwable {
    throw judged(context, thrown);
  }

  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable thrown)
      throws Throwable {
    throw judged(context, thrown);
  }

  private static Throwable judged(ExtensionContext context, Throwable thrown) {
    if (!(thrown instanceof TestAbortedException) || !required() || maySkip(context)) {
      return thrown;
    }
    return new AssertionError(
        "skipped while STORAGE_LAB_REQUIRE_DOCKER is set, which makes a skip a failure: "
            + thrown.getMessage(),
        thrown);
  }

  private static boolean maySkip(ExtensionContext context) {
    Optional<Class<?>> type = context.getTestClass();
    return type.isPresent() && type.get().isAnnotationPresent(MaySkip.class);
  }

  /** Whether CI asks for every engine test to run, as {@link EngineCondition} reads it. */
  static boolean required() {
    String value = System.getenv("STORAGE_LAB_REQUIRE_DOCKER");
    return value != null && !value.isBlank() && !value.equals("0");
  }
}
