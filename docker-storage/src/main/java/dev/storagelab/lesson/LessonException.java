package dev.storagelab.lesson;

/** A step could not do what it needs (a file it cannot read, a build that failed). */
public final class LessonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A failure with what went wrong.
   *
   * @param message what could not be done and why
   */
  public LessonException(String message) {
    super(message);
  }
}
