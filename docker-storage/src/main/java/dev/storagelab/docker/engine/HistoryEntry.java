package dev.storagelab.docker.engine;

import java.util.List;

/**
 * One step of an image's history ({@code docker history}), newest first.
 *
 * @param id the image the step produced, or {@code <missing>} for steps built elsewhere
 * @param createdBy the instruction, as the builder recorded it
 * @param sizeBytes the size of the layer it added (0 for a metadata-only step)
 * @param tags the tags of the image the step produced
 */
public record HistoryEntry(String id, String createdBy, long sizeBytes, List<String> tags) {

  public HistoryEntry {
    tags = List.copyOf(tags);
  }
}
