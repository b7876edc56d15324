package dev.storagelab.docker.mounts;

import dev.storagelab.docker.input.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words as a POSIX shell would, without expanding anything: blanks
 * separate words; single quotes keep everything; double quotes keep everything but {@code \"},
 * {@code \\}, {@code \$} and {@code \`}; a backslash outside quotes keeps the next character, and a
 * backslash before a newline joins the lines.
 */
public final class ShellWords {

  private ShellWords() {}

  /**
   * The words of the line.
   *
   * @throws InputException when a quote is not closed
   */
  public static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        if (end < 0) {
          throw new InputException(
              "unclosed single quote at character " + (i + 1) + " of: " + line, line, i, null);
        }
        word.append(line, i + 1, end);
        i = end;
        inWord = true;
      } else if (c == '"') {
        i = doubleQuoted(line, i + 1, word);
        inWord = true;
      } else if (c == '\\') {
        if (i + 1 < line.length() && line.charAt(i + 1) != '\n') {
          word.append(line.charAt(i + 1));
          inWord = true;
        }
        i++;
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  private static int doubleQuoted(String line, int i, StringBuilder word) {
    for (; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        return i;
      }
      if (c == '\\' && i + 1 < line.length() && "\"\\$`\n".indexOf(line.charAt(i + 1)) >= 0) {
        if (line.charAt(i + 1) != '\n') {
          word.append(line.charAt(i + 1));
        }
        i++;
      } else {
        word.append(c);
      }
    }
    throw new InputException("unclosed double quote in: " + line, line);
  }
}
