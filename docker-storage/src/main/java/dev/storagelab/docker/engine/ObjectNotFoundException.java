package dev.storagelab.docker.engine;

/** The engine has no object by that name or ID. */
public final class ObjectNotFoundException extends EngineException {

  private static final long serialVersionUID = 1L;

  /**
   * A missing object.
   *
   * @param message what the engine said, e.g. {@code No such container: web}
   * @param cause the client's exception
   */
  public ObjectNotFoundException(String message, Throwable cause) {
    super(message, cause);
  }
}
