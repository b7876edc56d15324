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
 * @param layers the digests of its filesystem layers ({@code RootFS.Layers}), base first
 * @param env its environment ({@code Config.Env}), as {@code NAME=VALUE}
 */
public record ImageSummary(
    String id,
    List<String> tags,
    Map<String, String> labels,
    long sizeBytes,
    List<String> layers,
    List<String> env) {

  public ImageSummary {
    tags = List.copyOf(tags);
    labels = Map.copyOf(labels);
    layers = List.copyOf(layers);
    env = List.copyOf(env);
  }
}
