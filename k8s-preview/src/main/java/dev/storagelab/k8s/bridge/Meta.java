package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.Mount;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;

/** The labels and annotations every generated object carries, tracing it to Docker. */
final class Meta {

  static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  static final String DOCKER_NAME = "storagelab.dev/docker-name";
  static final String DOCKER_MOUNT = "storagelab.dev/docker-mount";

  private Meta() {}

  /** Metadata for an object made from a Docker object named {@code dockerName}. */
  static ObjectMeta of(String name, String namespace, String dockerName, Mount mount) {
    ObjectMetaBuilder meta =
        new ObjectMetaBuilder()
            .withName(name)
            .withNamespace(namespace)
            .addToLabels(MANAGED_BY, "storage-lab")
            .addToAnnotations(DOCKER_NAME, dockerName);
    if (mount != null) {
      meta.addToAnnotations(DOCKER_MOUNT, Redact.flag(mount));
    }
    return meta.build();
  }
}
