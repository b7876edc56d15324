package dev.storagelab.docker.input;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** A path the user typed, refused with an input error when it cannot name a file here. */
public final class UserPath {

  private UserPath() {}

  /**
   * The path a user gave.
   *
   * @param what what the path is for, e.g. {@code --out}
   * @param value the path as typed
   * @throws InputException when it is empty or holds a character no file name can
   */
  public static Path of(String what, String value) {
    if (value.isBlank()) {
      throw new InputException(what + " is empty: give a path.", value);
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new InputException(
          what + " " + InputException.quote(value) + " is not a path: " + e.getReason(),
          value,
          e.getIndex(),
          e);
    }
  }
}
