package dev.storagelab.shell;

/** The user asked for something the command cannot take: exit status 2. */
public final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A usage error.
   *
   * @param message what is wrong and how to say it right
   */
  public UsageException(String message) {
    super(message);
  }
}
