package dev.storagelab.docker.engine;

/**
 * The engine refused or failed an operation. The message is the engine's own, so a learner sees
 * exactly what the docker CLI would have shown.
 */
public class EngineException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A failed operation.
   *
   * @param message what the engine said
   * @param cause the client's exception, kept for debugging
   */
  public EngineException(String message, Throwable cause) {
    super(message, cause);
  }
}
