package dev.storagelab.docker.compose;

import dev.storagelab.docker.input.InputException;
import java.util.Map;

/**
 * Compose's variable interpolation: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}} (unset or
 * empty), {@code ${VAR-default}} (unset), {@code ${VAR:?message}} and {@code ${VAR?message}}
 * (required), {@code ${VAR:+other}} and {@code ${VAR+other}} (when set), and {@code $$} for a
 * literal dollar.
 */
final class Interpolation {

  /** How deep defaults may nest ({@code ${A:-${B:-...}}}); compose files need two or three. */
  static final int MAX_NESTING = 16;

  private final Map<String, String> env;

  Interpolation(Map<String, String> env) {
    this.env = env;
  }

  /** The variables, for a value compose takes from the environment by name alone. */
  Map<String, String> variables() {
    return env;
  }

  /**
   * The text with its variables replaced.
   *
   * @param where the YAML path of the text, for messages
   * @throws InputException for a malformed reference or a required variable that is unset
   */
  String apply(String text, String where) {
    return apply(text, where, 0);
  }

  private String apply(String text, String where, int depth) {
    if (depth > MAX_NESTING) {
      throw new InputException(
          where + ": variable defaults nested deeper than " + MAX_NESTING + " levels", text);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '$' || i + 1 == text.length()) {
        out.append(c);
        continue;
      }
      char next = text.charAt(i + 1);
      if (next == '$') {
        out.append('$');
        i++;
      } else if (next == '{') {
        int end = closing(text, i + 2, where);
        out.append(braced(text.substring(i + 2, end), where, depth));
        i = end;
      } else if (Character.isLetter(next) || next == '_') {
        int end = i + 1;
        while (end < text.length()
            && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
          end++;
        }
        out.append(env.getOrDefault(text.substring(i + 1, end), ""));
        i = end - 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int closing(String text, int from, String where) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '{') {
        depth++;
      } else if (text.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    throw new InputException(where + ": unclosed ${ in " + InputException.quote(text), text);
  }

  private String braced(String body, String where, int depth) {
    int split = 0;
    while (split < body.length()
        && (Character.isLetterOrDigit(body.charAt(split)) || body.charAt(split) == '_')) {
      split++;
    }
    String name = body.substring(0, split);
    if (name.isEmpty()) {
      throw new InputException(where + ": invalid variable reference ${" + body + "}", body);
    }
    String operator = body.substring(split);
    String value = env.get(name);
    if (operator.isEmpty()) {
      return value == null ? "" : value;
    }
    boolean colon = operator.startsWith(":");
    String op = colon ? operator.substring(1) : operator;
    boolean set = colon ? value != null && !value.isEmpty() : value != null;
    String argument = op.length() > 1 ? apply(op.substring(1), where, depth + 1) : "";
    switch (op.isEmpty() ? ' ' : op.charAt(0)) {
      case '-':
        return set ? value : argument;
      case '+':
        return set ? argument : "";
      case '?':
        if (!set) {
          throw new InputException(
              where
                  + ": required variable "
                  + name
                  + " is not set"
                  + (argument.isEmpty() ? "" : ": " + argument),
              name);
        }
        return value;
      default:
        throw new InputException(where + ": invalid variable reference ${" + body + "}", body);
    }
  }
}
