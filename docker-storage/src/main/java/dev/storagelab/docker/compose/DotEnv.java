package dev.storagelab.docker.compose;

import dev.storagelab.docker.input.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The project's {@code .env} file: {@code KEY=VALUE} lines, {@code #} comments, quotes dropped. */
final class DotEnv {

  private DotEnv() {}

  static Map<String, String> read(Path dir) {
    Map<String, String> values = new HashMap<>();
    Path file = dir.resolve(".env");
    if (!Files.isRegularFile(file)) {
      return values;
    }
    try {
      for (String line : Files.readAllLines(file)) {
        String trimmed = line.strip();
        int equals = trimmed.indexOf('=');
        if (trimmed.isEmpty() || trimmed.startsWith("#") || equals <= 0) {
          continue;
        }
        String key = trimmed.substring(0, equals).replaceFirst("^export\\s+", "").strip();
        values.put(key, unquote(trimmed.substring(equals + 1).strip()));
      }
    } catch (IOException e) {
      throw new InputException(
          "Cannot read " + file + ": " + e.getMessage(), file.toString(), -1, e);
    }
    return values;
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && (value.startsWith("\"") && value.endsWith("\"")
            || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
