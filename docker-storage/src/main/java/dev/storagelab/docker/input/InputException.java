package dev.storagelab.docker.input;

/**
 * Something the user gave cannot be used: a mount spec, a file, a name, an option. The message is
 * the one or two lines the user reads (what is wrong and how to say it right); the offending token
 * and its position say exactly where. Every user mistake is one of these, so that anything else a
 * command throws is known to be a bug.
 */
public class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String token;
  private final int position;

  /**
   * An input error about a whole value.
   *
   * @param message what is wrong and what to do
   * @param token the value as given
   */
  public InputException(String message, String token) {
    this(message, token, -1, null);
  }

  /**
   * An input error at a position in a value.
   *
   * @param message what is wrong and what to do
   * @param token the value as given
   * @param position where in the value the bad part starts (0-based), or -1 for the whole value
   * @param cause what a library reported, kept for debugging
   */
  public InputException(String message, String token, int position, Throwable cause) {
    super(message, cause);
    this.token = token;
    this.position = position;
  }

  /** The value the user gave, as given. */
  public String token() {
    return token;
  }

  /** Where in {@link #token()} the bad part starts (0-based), or -1 for the whole value. */
  public int position() {
    return position;
  }

  /**
   * A value as a message can show it on one line: in quotes, control characters escaped, cut after
   * 80 characters.
   */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder("\"");
    value
        .codePoints()
        .limit(80)
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    if (value.codePointCount(0, value.length()) > 80) {
      out.append("…");
    }
    return out.append('"').toString();
  }
}
