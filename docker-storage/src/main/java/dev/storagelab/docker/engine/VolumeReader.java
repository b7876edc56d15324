package dev.storagelab.docker.engine;

import dev.storagelab.docker.volumes.VolumeInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/** Reads a {@link VolumeInfo} from the engine's {@code /volumes/NAME} answer. */
final class VolumeReader {

  private VolumeReader() {}

  static VolumeInfo read(JsonNode volume, OptionalLong size) {
    return new VolumeInfo(
        volume.path("Name").asString(""),
        volume.path("Driver").asString(""),
        strings(volume.path("Options")),
        strings(volume.path("Labels")),
        volume.path("Mountpoint").asString(""),
        size,
        volume.path("CreatedAt").asString(""));
  }

  static Map<String, String> strings(JsonNode object) {
    Map<String, String> map = new LinkedHashMap<>();
    object.forEachEntry((key, value) -> map.put(key, value.asString("")));
    return map;
  }
}
