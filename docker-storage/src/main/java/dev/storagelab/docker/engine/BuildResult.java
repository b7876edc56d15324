package dev.storagelab.docker.engine;

/**
 * What a build made, and how: which builder ran it and how many of its steps came from the cache,
 * as the engine reported them in the build's output.
 *
 * @param imageId the built image's ID
 * @param builder the engine's builder that ran it
 * @param steps how many Dockerfile steps the output reported
 * @param cachedSteps how many of them the builder took from its cache
 */
public record BuildResult(String imageId, Builder builder, int steps, int cachedSteps) {

  /** The engine's two builders. */
  public enum Builder {
    /**
     * BuildKit: metadata instructions change only the image's configuration, and no step makes a
     * container the engine lists.
     */
    BUILDKIT("BuildKit"),
    /** The legacy builder: every step after {@code FROM} is a container, committed as an image. */
    LEGACY("legacy builder");

    private final String title;

    Builder(String title) {
      this.title = title;
    }

    /** The builder's name, as Docker's documentation writes it. */
    public String title() {
      return title;
    }
  }
}
