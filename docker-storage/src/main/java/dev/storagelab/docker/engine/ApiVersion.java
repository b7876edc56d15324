package dev.storagelab.docker.engine;

/**
 * An Engine API version such as {@code 1.41}.
 *
 * @param major the part before the dot
 * @param minor the part after it
 */
public record ApiVersion(int major, int minor) {

  /**
   * Reads {@code MAJOR.MINOR}.
   *
   * @throws IllegalArgumentException when the text is not a version
   */
  public static ApiVersion parse(String text) {
    String[] parts = text.trim().split("\\.");
    try {
      return new ApiVersion(
          Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an API version: " + text, e);
    }
  }

  /** Whether this version comes before the other. */
  public boolean isOlderThan(ApiVersion other) {
    return major != other.major ? major < other.major : minor < other.minor;
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
