package dev.storagelab.docker.layers;

import java.util.List;

/**
 * An image read from its archive: its ID, its tags and its layers bottom up.
 *
 * @param id the image ID ({@code sha256:...} of its config)
 * @param tags the tags the archive gives it
 * @param layers its layers, base first
 * @param emptySteps how many history steps made no layer (EXPOSE, CMD, ENV...)
 */
public record ImageContents(String id, List<String> tags, List<ImageLayer> layers, int emptySteps) {

  public ImageContents {
    tags = List.copyOf(tags);
    layers = List.copyOf(layers);
  }
}
