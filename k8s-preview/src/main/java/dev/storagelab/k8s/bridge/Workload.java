package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.compose.ProjectedFile;
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
 * @param files its compose secrets and configs
 */
public record Workload(
    String name,
    Optional<String> image,
    List<String> command,
    List<Mount> mounts,
    List<ProjectedFile> files) {

  public Workload {
    command = List.copyOf(command);
    mounts = List.copyOf(mounts);
    files = List.copyOf(files);
  }

  /** A workload with mounts only, as a container or a {@code docker run} line has. */
  public Workload(String name, Optional<String> image, List<String> command, List<Mount> mounts) {
    this(name, image, command, mounts, List.of());
  }
}
