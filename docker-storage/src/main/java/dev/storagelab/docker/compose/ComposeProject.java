package dev.storagelab.docker.compose;

import java.nio.file.Path;
import java.util.List;

/**
 * A compose file's storage: its services' mounts, with named volumes resolved to the names the
 * engine will give them.
 *
 * @param name the project name (top-level {@code name}, {@code COMPOSE_PROJECT_NAME}, or the
 *     folder's name)
 * @param file the compose file
 * @param services the services, in the file's order
 */
public record ComposeProject(String name, Path file, List<ComposeService> services) {

  public ComposeProject {
    services = List.copyOf(services);
  }
}
