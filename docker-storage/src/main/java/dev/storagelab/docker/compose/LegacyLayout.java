package dev.storagelab.docker.compose;

import dev.storagelab.docker.input.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Compose's version 1 layout: services at the top level, with no {@code services:} key. Compose v2
 * no longer reads it, and read as today's layout it has no services at all; the user is told what
 * the file is and how to mend it instead.
 */
final class LegacyLayout {

  /** Keys only a service has: a top-level mapping holding one of them is a v1 service. */
  private static final Set<String> SERVICE_KEYS =
      Set.of(
          "image",
          "build",
          "command",
          "entrypoint",
          "environment",
          "env_file",
          "ports",
          "expose",
          "links",
          "volumes_from",
          "tmpfs",
          "restart",
          "working_dir");

  private LegacyLayout() {}

  /**
   * Refuses a file in the version 1 layout.
   *
   * @throws InputException naming the services found at the top level and the mend
   */
  static void refuse(Path file, JsonNode root) {
    if (!root.isObject() || root.has("services")) {
      return;
    }
    List<String> services = new ArrayList<>();
    root.forEachEntry(
        (name, value) -> {
          if (!name.startsWith("x-")
              && value.isObject()
              && SERVICE_KEYS.stream().anyMatch(value::has)) {
            services.add(name);
          }
        });
    if (!services.isEmpty()) {
      throw new InputException(
          file
              + " is in Compose's legacy version 1 layout (services "
              + String.join(", ", services)
              + " at the top level), which Compose no longer reads: put them under a top-level"
              + " 'services:' key.",
          file.toString());
    }
  }
}
