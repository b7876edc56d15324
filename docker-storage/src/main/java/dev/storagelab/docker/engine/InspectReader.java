package dev.storagelab.docker.engine;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.mounts.BindMount;
import dev.storagelab.docker.mounts.Consistency;
import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.mounts.MountPaths;
import dev.storagelab.docker.mounts.Propagation;
import dev.storagelab.docker.mounts.SelinuxLabel;
import dev.storagelab.docker.mounts.TmpfsFlag;
import dev.storagelab.docker.mounts.TmpfsMount;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.docker.mounts.VolumeState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a container's inspect document into a {@link ContainerInspect}, once: {@code Mounts} says
 * what the engine mounted, {@code HostConfig.Mounts} and {@code HostConfig.Binds} say how it was
 * asked for, and {@code HostConfig.Tmpfs} holds the {@code --tmpfs} mounts.
 */
public final class InspectReader {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private InspectReader() {}

  /**
   * Reads an inspect document as {@code docker inspect} prints it: one container object, or an
   * array that holds exactly one.
   *
   * @throws InputException when the text is not one container's inspect document
   */
  public static ContainerInspect parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new InputException("Not JSON: " + e.getOriginalMessage(), json, -1, e);
    }
    if (root.isArray() && root.size() != 1) {
      throw new InputException(
          "The inspect document holds "
              + root.size()
              + " objects, not one container: write it with 'docker inspect CONTAINER > FILE'",
          json.length() > 80 ? json.substring(0, 80) : json);
    }
    JsonNode container = root.isArray() ? root.path(0) : root;
    if (!container.has("Mounts") || !container.has("HostConfig")) {
      throw new InputException(
          "Not a container's inspect document (no Mounts or HostConfig): write it with 'docker"
              + " inspect CONTAINER > FILE'",
          json.length() > 80 ? json.substring(0, 80) : json);
    }
    InspectShape.check(container);
    return read(container);
  }

  /** Reads the engine's answer for one container. */
  static ContainerInspect read(JsonNode container) {
    List<String> command = new ArrayList<>();
    container.path("Config").path("Entrypoint").forEach(word -> command.add(word.asString("")));
    container.path("Config").path("Cmd").forEach(word -> command.add(word.asString("")));
    return new ContainerInspect(
        container.path("Id").asString(""),
        container.path("Name").asString("").replaceFirst("^/", ""),
        container.path("Config").path("Image").asString(""),
        container.path("State").path("Running").asBoolean(false),
        command,
        strings(container.path("Config").path("Labels")),
        container.path("GraphDriver").path("Name").asString(""),
        strings(container.path("GraphDriver").path("Data")),
        mounts(container),
        ports(container.path("NetworkSettings").path("Ports")),
        InspectProcess.of(container));
  }

  private static Map<String, String> ports(JsonNode ports) {
    Map<String, String> published = new LinkedHashMap<>();
    ports.forEachEntry(
        (port, bindings) -> {
          for (JsonNode binding : bindings) {
            String hostPort = binding.path("HostPort").asString("");
            if (!hostPort.isEmpty()) {
              published.putIfAbsent(
                  port, binding.path("HostIp").asString("0.0.0.0") + ":" + hostPort);
            }
          }
        });
    return published;
  }

  private static List<Mount> mounts(JsonNode container) {
    JsonNode hostConfig = container.path("HostConfig");
    Map<String, JsonNode> declared = new LinkedHashMap<>();
    for (JsonNode mount : hostConfig.path("Mounts")) {
      declared.put(MountPaths.clean(mount.path("Target").asString("")), mount);
    }
    Set<String> named = namedVolumes(hostConfig, declared);
    List<Mount> mounts = new ArrayList<>();
    for (JsonNode mount : container.path("Mounts")) {
      String target = mount.path("Destination").asString("");
      JsonNode asked = declared.get(target);
      switch (mount.path("Type").asString("")) {
        case "volume" -> mounts.add(volume(mount, asked, named));
        case "bind" -> mounts.add(bind(mount, asked));
        case "tmpfs" -> mounts.add(tmpfs(mount, asked));
        default -> {}
      }
    }
    hostConfig
        .path("Tmpfs")
        .forEachEntry(
            (target, options) -> {
              String text = options.asString("");
              mounts.add(TmpfsFlag.parse(text.isEmpty() ? target : target + ":" + text));
            });
    return mounts;
  }

  /** Names given by the user; any other volume (a 64-hex name) was created anonymously. */
  private static Set<String> namedVolumes(JsonNode hostConfig, Map<String, JsonNode> declared) {
    Set<String> named = new HashSet<>();
    for (JsonNode bind : hostConfig.path("Binds")) {
      named.add(bind.asString("").split(":", 2)[0]);
    }
    declared.values().forEach(m -> named.add(m.path("Source").asString("")));
    return named;
  }

  private static Mount volume(JsonNode mount, JsonNode asked, Set<String> named) {
    String name = mount.path("Name").asString("");
    boolean anonymous = !named.contains(name) && name.matches("[0-9a-f]{64}");
    String mode = mount.path("Mode").asString("");
    JsonNode options = asked == null ? JSON.missingNode() : asked.path("VolumeOptions");
    return VolumeMount.named(anonymous ? null : name, mount.path("Destination").asString(""))
        .readOnly(!mount.path("RW").asBoolean(true))
        .driver(mount.path("Driver").asString(VolumeMount.LOCAL))
        .driverOptions(strings(options.path("DriverConfig").path("Options")))
        .labels(strings(options.path("Labels")))
        .noCopy(
            options.path("NoCopy").asBoolean(false) || List.of(mode.split(",")).contains("nocopy"))
        .subpath(
            options.path("Subpath").asString("").isEmpty()
                ? null
                : options.path("Subpath").asString(""))
        .selinux(selinux(mode, asked))
        .state(new VolumeState(mount.path("Source").asString(""), OptionalLong.empty()))
        .build();
  }

  private static Mount bind(JsonNode mount, JsonNode asked) {
    String mode = mount.path("Mode").asString("");
    String propagation = mount.path("Propagation").asString("rprivate");
    BindMount.Recursion recursion =
        asked != null && asked.path("BindOptions").path("NonRecursive").asBoolean(false)
            ? BindMount.Recursion.DISABLED
            : BindMount.Recursion.ENABLED;
    return BindMount.of(mount.path("Source").asString(""), mount.path("Destination").asString(""))
        .withReadOnly(!mount.path("RW").asBoolean(true))
        .withPropagation(Propagation.of(propagation).orElse(Propagation.RPRIVATE))
        .withSelinux(java.util.Optional.ofNullable(selinux(mode, asked)))
        .withConsistency(
            java.util.Arrays.stream(mode.split(","))
                .map(Consistency::of)
                .flatMap(java.util.Optional::stream)
                .findFirst())
        .withRecursion(recursion)
        .withCreateHostPath(asked == null);
  }

  private static Mount tmpfs(JsonNode mount, JsonNode asked) {
    JsonNode options = asked == null ? JSON.missingNode() : asked.path("TmpfsOptions");
    long size = options.path("SizeBytes").asLong(0);
    int mode = options.path("Mode").asInt(0);
    return new TmpfsMount(
        mount.path("Destination").asString(""),
        !mount.path("RW").asBoolean(true),
        size > 0 ? OptionalLong.of(size) : OptionalLong.empty(),
        mode > 0 ? OptionalInt.of(mode) : OptionalInt.empty(),
        List.of());
  }

  /** {@code z}/{@code Z} as asked with {@code -v}; a volume's default {@code z} is not asked. */
  private static SelinuxLabel selinux(String mode, JsonNode asked) {
    if (asked != null) {
      return null;
    }
    for (String option : mode.split(",")) {
      if (option.equals("Z")) {
        return SelinuxLabel.PRIVATE;
      }
    }
    return null;
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> map = new LinkedHashMap<>();
    object.forEachEntry((key, value) -> map.put(key, value.asString("")));
    return map;
  }
}
