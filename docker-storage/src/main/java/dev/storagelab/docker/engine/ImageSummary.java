package dev.storagelab.docker.engine;

import java.util.List;
import java.util.Map;

/**
 * An image on the engine.
 *
 * @param id the image ID ({@code sha256:...})
 * @param tags its {@code name:tag} references
 * @param labels its labels
 * @param sizeBytes its size on disk
 */
public record ImageSummary(
    String id, List<String> tags, Map<String, String> labels, long sizeBytes) {

  public ImageSummary {
    tags = List.copyOf(tags);
    labels = Map.copyOf(labels);
  }
}
