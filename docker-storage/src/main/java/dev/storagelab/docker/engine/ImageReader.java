package dev.storagelab.docker.engine;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads images and their history from the engine's JSON. */
final class ImageReader {

  private ImageReader() {}

  static ImageSummary summary(JsonNode image) {
    return new ImageSummary(
        image.path("Id").asString(""),
        strings(image.path("RepoTags")),
        VolumeReader.strings(image.path("Config").path("Labels")),
        image.path("Size").asLong(0),
        strings(image.path("RootFS").path("Layers")),
        strings(image.path("Config").path("Env")));
  }

  static List<HistoryEntry> history(JsonNode entries) {
    List<HistoryEntry> history = new ArrayList<>();
    for (JsonNode entry : entries) {
      history.add(
          new HistoryEntry(
              entry.path("Id").asString(""),
              entry.path("CreatedBy").asString(""),
              entry.path("Size").asLong(0),
              strings(entry.path("Tags"))));
    }
    return history;
  }

  static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asString("")));
    return values;
  }
}
