package dev.storagelab.docker.layers;

import java.util.List;

/**
 * How well an image uses its bytes, by dive's definitions ({@code dive/filetree/efficiency.go}).
 *
 * @param score the smallest size each path was ever stored at over the sizes of all its copies,
 *     summed over the paths: 1.0 when no path is stored twice or deleted
 * @param wastedBytes the bytes of every copy of a path stored more than once or deleted later
 * @param userSizeBytes the bytes of all layers but the first, the part the image's own build added
 * @param wasters the paths that waste, the most wasteful first
 */
public record Efficiency(double score, long wastedBytes, long userSizeBytes, List<Waste> wasters) {

  public Efficiency {
    wasters = List.copyOf(wasters);
  }

  /** The wasted bytes as a share of the user size, as dive shows it. */
  public double wastedUserShare() {
    return userSizeBytes == 0 ? 0 : (double) wastedBytes / userSizeBytes;
  }

  /**
   * One path stored more than once, or stored and then deleted.
   *
   * @param path the path
   * @param copies in how many layers it appears (a deletion counts)
   * @param bytes the bytes of all its copies
   */
  public record Waste(String path, int copies, long bytes) {}
}
