package dev.storagelab.docker.engine;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An image build: a context folder with a {@code Dockerfile}, the tags to give the result and the
 * labels to put on it.
 *
 * @param contextDir the build context; its {@code Dockerfile} is used
 * @param tags {@code name:tag} references for the built image
 * @param labels labels for the built image
 * @param buildArgs values for the Dockerfile's {@code ARG}s
 */
public record BuildRequest(
    Path contextDir, Set<String> tags, Map<String, String> labels, Map<String, String> buildArgs) {

  public BuildRequest {
    tags = Set.copyOf(tags);
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    buildArgs = Collections.unmodifiableMap(new LinkedHashMap<>(buildArgs));
  }

  /** A build with no build arguments. */
  public BuildRequest(Path contextDir, Set<String> tags, Map<String, String> labels) {
    this(contextDir, tags, labels, Map.of());
  }
}
