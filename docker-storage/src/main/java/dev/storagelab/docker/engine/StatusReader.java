package dev.storagelab.docker.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reads {@link EngineStatus} from the engine's {@code /info} and {@code /version} answers. */
final class StatusReader {

  private StatusReader() {}

  static EngineStatus read(EngineEndpoint endpoint, JsonNode info, JsonNode version, int volumes) {
    Map<String, String> driverStatus = pairs(info.path("DriverStatus"));
    String driver = info.path("Driver").asString("");
    String imageStore = imageStore(driverStatus);
    boolean rootless = isRootless(info.path("SecurityOptions"));
    return new EngineStatus(
        endpoint,
        version.path("Version").asString(info.path("ServerVersion").asString("")),
        version.path("ApiVersion").asString(""),
        version.path("MinAPIVersion").asString(""),
        info.path("OSType").asString(""),
        info.path("Architecture").asString(""),
        info.path("KernelVersion").asString(""),
        new EngineStatus.StorageDriver(
            driver,
            driverStatus.get("Backing Filesystem"),
            bool(driverStatus.get("Supports d_type")),
            driverStatus),
        info.path("DockerRootDir").asString(""),
        imageStore,
        volumePlugins(info.path("Plugins").path("Volume")),
        info.path("CgroupVersion").asString("1"),
        info.path("CgroupDriver").asString(""),
        rootless,
        new EngineStatus.Counts(
            info.path("Images").asInt(0),
            info.path("Containers").asInt(0),
            info.path("ContainersRunning").asInt(0),
            volumes),
        EngineProduct.recognise(info, version));
  }

  /**
   * With the containerd image store the engine reports a snapshotter as its driver type; the
   * classic graph drivers report none.
   */
  private static String imageStore(Map<String, String> driverStatus) {
    String type = driverStatus.getOrDefault("driver-type", "");
    return type.startsWith("io.containerd.snapshotter") ? "containerd" : "graphdriver";
  }

  private static List<String> volumePlugins(JsonNode plugins) {
    List<String> names = new ArrayList<>();
    plugins.forEach(plugin -> names.add(plugin.asString("")));
    names.sort((a, b) -> a.equals("local") ? -1 : b.equals("local") ? 1 : a.compareTo(b));
    return names;
  }

  private static boolean isRootless(JsonNode securityOptions) {
    for (JsonNode option : securityOptions) {
      if (option.asString("").contains("name=rootless")) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, String> pairs(JsonNode list) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (JsonNode pair : list) {
      pairs.put(pair.path(0).asString(""), pair.path(1).asString(""));
    }
    return pairs;
  }

  private static Boolean bool(String value) {
    return value == null ? null : Boolean.valueOf(value);
  }
}
