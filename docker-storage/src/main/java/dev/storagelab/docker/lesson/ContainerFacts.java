package dev.storagelab.docker.lesson;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the lessons read from a container's inspect document.
 *
 * @param id the container ID
 * @param running whether it runs
 * @param graphDriver the storage driver that made its root filesystem
 * @param layerDirs the driver's directories ({@code LowerDir}, {@code UpperDir}, {@code MergedDir},
 *     {@code WorkDir}), empty when the engine shows none (containerd image store)
 * @param labels its labels
 */
public record ContainerFacts(
    String id,
    boolean running,
    String graphDriver,
    Map<String, String> layerDirs,
    Map<String, String> labels) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public ContainerFacts {
    layerDirs = Map.copyOf(layerDirs);
    labels = Map.copyOf(labels);
  }

  /** Reads an inspect document. */
  public static ContainerFacts parse(String inspect) {
    JsonNode c = JSON.readTree(inspect);
    return new ContainerFacts(
        c.path("Id").asString(""),
        c.path("State").path("Running").asBoolean(false),
        c.path("GraphDriver").path("Name").asString(""),
        strings(c.path("GraphDriver").path("Data")),
        strings(c.path("Config").path("Labels")));
  }

  /** The labels of an inspect document. */
  static Map<String, String> labels(String inspect) {
    return parse(inspect).labels();
  }

  /** The writable layer's directory on the host, if the engine shows it. */
  public Optional<String> upperDir() {
    return Optional.ofNullable(layerDirs.get("UpperDir"));
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> map = new LinkedHashMap<>();
    object.forEachEntry((key, value) -> map.put(key, value.asString("")));
    return map;
  }
}
