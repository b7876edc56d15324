package dev.storagelab.shell;

/**
 * A command ran, printed its evidence, and what it checked does not hold: exit status 1. The
 * message is the one-line verdict.
 */
public final class CheckFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A failed check.
   *
   * @param message the verdict
   */
  public CheckFailedException(String message) {
    super(message);
  }
}
