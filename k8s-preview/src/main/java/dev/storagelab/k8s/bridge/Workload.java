package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.Mount;
import java.util.List;
import java.util.Optional;

/**
 * One Docker container or compose service to carry over: it becomes one Pod (or Deployment).
 *
 * @param name the container's or service's name
 * @param image its image, if known
 * @param command the arguments after the image ({@code docker run IMAGE ARGS...})
 * @param mounts its mounts
 */
public record Workload(
    String name, Optional<String> image, List<String> command, List<Mount> mounts) {

  public Workload {
    command = List.copyOf(command);
    mounts = List.copyOf(mounts);
  }
}
