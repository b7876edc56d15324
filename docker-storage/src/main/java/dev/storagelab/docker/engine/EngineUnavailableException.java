package dev.storagelab.docker.engine;

/** The engine cannot be used; the message says why and what to do. */
public final class EngineUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final EngineProblem problem;

  /**
   * An engine problem with the details that fill its message.
   *
   * @param problem which problem this is
   * @param details the message's values, see {@link EngineProblem#message(Object...)}
   */
  public EngineUnavailableException(EngineProblem problem, Object... details) {
    super(problem.message(details));
    this.problem = problem;
  }

  /**
   * An engine problem with the low-level failure that revealed it, kept for debugging.
   *
   * @param problem which problem this is
   * @param cause the failure that revealed it
   * @param details the message's values
   */
  public EngineUnavailableException(EngineProblem problem, Throwable cause, Object... details) {
    super(problem.message(details), cause);
    this.problem = problem;
  }

  /** Which problem this is. */
  public EngineProblem problem() {
    return problem;
  }
}
