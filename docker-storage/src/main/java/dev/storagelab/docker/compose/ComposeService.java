package dev.storagelab.docker.compose;

import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.process.ProcessSpec;
import java.util.List;
import java.util.Optional;

/**
 * One service of a compose file, as far as storage goes.
 *
 * @param name the service's key
 * @param image its image, if it names one
 * @param command its command, if it gives one
 * @param mounts its volumes and tmpfs mounts, in the file's order
 * @param files its secrets, then its configs
 * @param process how its program runs: entrypoint, command, environment, user, ports...
 */
public record ComposeService(
    String name,
    Optional<String> image,
    List<String> command,
    List<Mount> mounts,
    List<ProjectedFile> files,
    ProcessSpec process) {

  public ComposeService {
    command = List.copyOf(command);
    mounts = List.copyOf(mounts);
    files = List.copyOf(files);
  }
}
