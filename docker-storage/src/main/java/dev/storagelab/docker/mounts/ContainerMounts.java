package dev.storagelab.docker.mounts;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.ObjectNotFoundException;
import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.input.UserFile;
import dev.storagelab.docker.volumes.VolumeInfo;
import java.nio.file.Path;
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
 * The mounts of a container, read from its inspect document: {@code Mounts} says what the engine
 * mounted, {@code HostConfig.Mounts} and {@code HostConfig.Binds} say how it was asked for, and
 * {@code HostConfig.Tmpfs} holds the {@code --tmpfs} mounts.
 *
 * @param name the container's name
 * @param image the image it runs
 * @param command its entrypoint and command
 * @param mounts its mounts, in the engine's order, then its {@code --tmpfs} mounts
 */
public record ContainerMounts(String name, String image, List<String> command, List<Mount> mounts) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public ContainerMounts {
    command = List.copyOf(command);
    mounts = List.copyOf(mounts);
  }

  /**
   * Reads a live container through the engine, with each named volume's mountpoint and size.
   *
   * @throws ObjectNotFoundException when there is no such container
   */
  public static ContainerMounts of(Engine engine, String nameOrId) {
    String json =
        engine
            .inspectContainer(nameOrId)
            .orElseThrow(() -> new ObjectNotFoundException("No such container: " + nameOrId, null));
    ContainerMounts read = fromInspect(json);
    List<Mount> withState = new ArrayList<>();
    for (Mount mount : read.mounts()) {
      if (mount instanceof VolumeMount v && v.name().isPresent()) {
        VolumeInfo info = engine.inspectVolume(v.name().get()).orElse(null);
        withState.add(
            info == null
                ? v
                : v.toBuilder()
                    .state(new VolumeState(info.mountpoint(), info.sizeBytes()))
                    .build());
      } else {
        withState.add(mount);
      }
    }
    return new ContainerMounts(read.name(), read.image(), read.command(), withState);
  }

  /**
   * Reads a file that {@code docker inspect CONTAINER > FILE} wrote.
   *
   * @throws InputException when the file is missing or is not a container's inspect
   */
  public static ContainerMounts fromFile(Path file) {
    return fromInspect(UserFile.readText(file, "docker inspect file", 16 << 20));
  }

  /**
   * Reads an inspect document: one container object, or the array {@code docker inspect} prints
   * (its first element).
   *
   * @throws InputException when the text is not a container's inspect document
   */
  public static ContainerMounts fromInspect(String json) {
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
          json);
    }
    return read(container);
  }

  private static ContainerMounts read(JsonNode container) {
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
    List<String> command = new ArrayList<>();
    container.path("Config").path("Entrypoint").forEach(word -> command.add(word.asString("")));
    container.path("Config").path("Cmd").forEach(word -> command.add(word.asString("")));
    return new ContainerMounts(
        container.path("Name").asString("").replaceFirst("^/", ""),
        container.path("Config").path("Image").asString(""),
        command,
        mounts);
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
