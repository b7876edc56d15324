package dev.storagelab.docker.image;

/**
 * The tiny image every lab image is built on.
 *
 * @param reference the {@code name:tag} to use in {@code FROM}
 * @param origin how it came to be on the engine
 * @param detail one line saying where it came from, for the learner
 */
public record BaseImage(String reference, Origin origin, String detail) {

  /** How the base image was found. */
  public enum Origin {
    /** A {@code busybox} image the engine already had. */
    LOCAL,
    /** Pulled from a registry. */
    PULLED,
    /** Built from the host's static busybox binary, by this run or an earlier one. */
    IMPORTED
  }
}
