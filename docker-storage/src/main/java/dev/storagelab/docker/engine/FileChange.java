package dev.storagelab.docker.engine;

/**
 * One entry of a container's changes against its image ({@code docker diff}).
 *
 * @param kind {@code A} added, {@code C} changed, {@code D} deleted
 * @param path the path in the container
 */
public record FileChange(char kind, String path) {

  @Override
  public String toString() {
    return kind + " " + path;
  }
}
