package dev.storagelab.shell;

import dev.storagelab.docker.input.InputException;

/** The user asked for something the command cannot take: exit status 2. */
public final class UsageException extends InputException {

  private static final long serialVersionUID = 1L;

  /**
   * A usage error about the command as a whole (a missing or extra argument).
   *
   * @param message what is wrong and how to say it right
   */
  public UsageException(String message) {
    super(message, "");
  }

  /**
   * A usage error about one word.
   *
   * @param message what is wrong and how to say it right
   * @param token the word the user gave that is wrong, or the command when no one word is
   */
  public UsageException(String message, String token) {
    super(message, token);
  }
}
