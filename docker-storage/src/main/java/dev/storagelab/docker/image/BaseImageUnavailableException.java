package dev.storagelab.docker.image;

import java.nio.file.Path;
import java.util.List;

/** No base image could be found, pulled or imported. */
public final class BaseImageUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BaseImageUnavailableException(List<Path> looked) {
    super(
        "No busybox image, no registry, and no static busybox at "
            + looked
            + System.lineSeparator()
            + "Install one: 'sudo apt-get install busybox-static' (Debian/Ubuntu), or 'docker load'"
            + " a busybox image.");
  }
}
