package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.compose.ProjectedFile;
import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.process.ProcessSpec;
import java.util.List;
import java.util.Optional;

/**
 * One Docker container or compose service to carry over: it becomes one Pod (or Deployment).
 *
 * @param name the container's or service's name
 * @param image its image, if known
 * @param mounts its mounts
 * @param files its compose secrets and configs
 * @param process how its program runs: entrypoint, arguments, environment, user, ports...
 */
public record Workload(
    String name,
    Optional<String> image,
    List<Mount> mounts,
    List<ProjectedFile> files,
    ProcessSpec process) {

  public Workload {
    mounts = List.copyOf(mounts);
    files = List.copyOf(files);
  }

  /** A workload with mounts only, and the arguments after its image. */
  public Workload(String name, Optional<String> image, List<String> command, List<Mount> mounts) {
    this(name, image, mounts, List.of(), ProcessSpec.ofCommand(command));
  }

  /** The arguments after the image ({@code docker run IMAGE ARGS...}). */
  public List<String> command() {
    return process.command();
  }
}
