package dev.storagelab.k8s.bridge;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * One Kubernetes object with the comment that says where it came from and why.
 *
 * @param object the object
 * @param comment the lines of its YAML comment, without {@code #}
 */
public record Manifest(HasMetadata object, List<String> comment) {

  public Manifest {
    comment = List.copyOf(comment);
  }
}
