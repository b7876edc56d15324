package dev.storagelab.docker.compose;

import dev.storagelab.docker.input.UserFile;
import dev.storagelab.docker.process.EnvVar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Files in compose's dotenv format: {@code KEY=VALUE} lines, {@code #} comments, an {@code export}
 * prefix and quotes dropped. The project's {@code .env} beside the compose file is one; a service's
 * {@code env_file}s are others.
 */
final class DotEnv {

  /** A dotenv file's largest size: a megabyte of variables is already no environment. */
  private static final int LIMIT = 1 << 20;

  private DotEnv() {}

  /** The project's {@code .env} in a folder, or nothing when there is none. */
  static Map<String, String> read(Path dir) {
    Map<String, String> values = new HashMap<>();
    Path file = dir.resolve(".env");
    if (Files.isRegularFile(file)) {
      variables(file).forEach(v -> values.put(v.name(), v.value()));
    }
    return values;
  }

  /**
   * A service's {@code env_file}, in order.
   *
   * @throws dev.storagelab.docker.input.InputException when it is missing or unreadable
   */
  static List<EnvVar> variables(Path file) {
    List<EnvVar> variables = new ArrayList<>();
    for (String line : UserFile.readText(file, "env file", LIMIT).lines().toList()) {
      String trimmed = line.strip();
      int equals = trimmed.indexOf('=');
      if (trimmed.isEmpty() || trimmed.startsWith("#") || equals <= 0) {
        continue;
      }
      String key = trimmed.substring(0, equals).replaceFirst("^export\\s+", "").strip();
      variables.add(new EnvVar(key, unquote(trimmed.substring(equals + 1).strip())));
    }
    return variables;
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
