package dev.storagelab.docker.compose;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.mounts.BindMount;
import dev.storagelab.docker.mounts.Consistency;
import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.mounts.MountPaths;
import dev.storagelab.docker.mounts.MountSpecException;
import dev.storagelab.docker.mounts.Propagation;
import dev.storagelab.docker.mounts.SelinuxLabel;
import dev.storagelab.docker.mounts.TmpfsFlag;
import dev.storagelab.docker.mounts.TmpfsMount;
import dev.storagelab.docker.mounts.VolumeMount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the storage of a compose file: {@code services.*.volumes} in short and long syntax, {@code
 * services.*.tmpfs}, and the top-level {@code volumes} they refer to, with {@code ${VAR}}
 * interpolation from the environment and the project's {@code .env} file, and relative host paths
 * resolved against the file's folder.
 */
public final class ComposeFile {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private final Path file;
  private final Path dir;
  private final Interpolation interpolation;
  private final Path home;
  private Map<String, VolumeDeclaration> declarations = Map.of();
  private String project;

  private ComposeFile(Path file, Map<String, String> env, Path home) {
    this.file = file.toAbsolutePath().normalize();
    this.dir = this.file.getParent();
    this.interpolation = new Interpolation(env);
    this.home = home;
  }

  /**
   * Reads a compose file with this process's environment and the {@code .env} file beside it.
   *
   * @throws InputException when the file is missing or is not valid compose YAML
   * @throws MountSpecException when a mount is one compose would refuse
   */
  public static ComposeProject read(Path file) {
    return read(file, System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /**
   * Reads a compose file with the given environment (the {@code .env} file beside it fills in what
   * the environment lacks).
   *
   * @param home the folder {@code ~} stands for
   */
  public static ComposeProject read(Path file, Map<String, String> env, Path home) {
    Map<String, String> merged = new HashMap<>(DotEnv.read(file.toAbsolutePath().getParent()));
    merged.putAll(env);
    return new ComposeFile(file, merged, home).read();
  }

  private ComposeProject read() {
    JsonNode root = parse();
    project = projectName(root);
    declarations = declarations(root.path("volumes"));
    List<ComposeService> services = new ArrayList<>();
    root.path("services").forEachEntry((name, service) -> services.add(service(name, service)));
    if (services.isEmpty()) {
      throw new InputException(file + " has no services", file.toString());
    }
    return new ComposeProject(project, file, services);
  }

  private JsonNode parse() {
    try {
      JsonNode root = YAML.readTree(Files.readString(file));
      if (root == null || !root.isObject()) {
        throw new InputException(
            file + " is not a compose file: its top level is not a mapping", file.toString());
      }
      return root;
    } catch (NoSuchFileException e) {
      throw new InputException("No such compose file: " + file, file.toString(), -1, e);
    } catch (IOException e) {
      throw new InputException(
          "Cannot read " + file + ": " + e.getMessage(), file.toString(), -1, e);
    } catch (JacksonException e) {
      throw new InputException(
          file + " is not valid YAML: " + e.getOriginalMessage(), file.toString(), -1, e);
    }
  }

  private String projectName(JsonNode root) {
    String name = text(root.path("name"), "name");
    if (name.isEmpty()) {
      name = interpolation.apply("${COMPOSE_PROJECT_NAME:-}", "COMPOSE_PROJECT_NAME");
    }
    if (name.isEmpty()) {
      name = dir.getFileName() == null ? "default" : dir.getFileName().toString();
    }
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
  }

  private Map<String, VolumeDeclaration> declarations(JsonNode volumes) {
    Map<String, VolumeDeclaration> result = new LinkedHashMap<>();
    volumes.forEachEntry(
        (key, node) -> {
          String where = "volumes." + key;
          boolean external = bool(node.path("external"), where + ".external");
          String name = text(node.path("name"), where + ".name");
          if (name.isEmpty()) {
            name = external ? key : project + "_" + key;
          }
          result.put(
              key,
              new VolumeDeclaration(
                  name,
                  external,
                  text(node.path("driver"), where + ".driver"),
                  strings(node.path("driver_opts"), where + ".driver_opts"),
                  strings(node.path("labels"), where + ".labels")));
        });
    return result;
  }

  private ComposeService service(String name, JsonNode service) {
    String where = "services." + name;
    List<Mount> mounts = new ArrayList<>();
    int index = 0;
    for (JsonNode volume : service.path("volumes")) {
      String at = where + ".volumes[" + index++ + "]";
      mounts.add(volume.isObject() ? longSyntax(volume, at) : shortSyntax(text(volume, at), at));
    }
    JsonNode tmpfs = service.path("tmpfs");
    for (JsonNode entry : tmpfs.isArray() ? tmpfs : List.of(tmpfs)) {
      if (!entry.isMissingNode() && !entry.isNull()) {
        mounts.add(TmpfsFlag.parse(text(entry, where + ".tmpfs")));
      }
    }
    String image = text(service.path("image"), where + ".image");
    List<String> command = new ArrayList<>();
    JsonNode cmd = service.path("command");
    if (cmd.isArray()) {
      cmd.forEach(word -> command.add(text(word, where + ".command")));
    } else if (!cmd.isMissingNode()) {
      command.addAll(List.of(text(cmd, where + ".command").trim().split("\\s+")));
    }
    return new ComposeService(
        name, image.isEmpty() ? Optional.empty() : Optional.of(image), command, mounts);
  }

  /** {@code [SOURCE:]TARGET[:MODE]}, split as compose splits it. */
  private Mount shortSyntax(String spec, String where) {
    ShortSpec parsed = ShortSpec.parse(spec, where);
    checkTarget(parsed.target(), spec, where);
    if (parsed.source().isEmpty()) {
      return VolumeMount.anonymous(parsed.target()).readOnly(parsed.readOnly()).build();
    }
    if (isPath(parsed.source())) {
      return BindMount.of(hostPath(parsed.source()), parsed.target())
          .withReadOnly(parsed.readOnly())
          .withPropagation(parsed.propagation().orElse(Propagation.RPRIVATE))
          .withSelinux(parsed.selinux())
          .withCreateHostPath(true);
    }
    return namedVolume(parsed.source(), parsed.target(), where)
        .readOnly(parsed.readOnly())
        .noCopy(parsed.noCopy())
        .build();
  }

  private Mount longSyntax(JsonNode volume, String where) {
    String type = text(volume.path("type"), where + ".type");
    String source = text(volume.path("source"), where + ".source");
    String target = text(volume.path("target"), where + ".target");
    boolean readOnly = bool(volume.path("read_only"), where + ".read_only");
    checkTarget(target, volume.toString(), where);
    switch (type.isEmpty() ? "volume" : type) {
      case "volume":
        JsonNode options = volume.path("volume");
        String subpath = text(options.path("subpath"), where + ".volume.subpath");
        VolumeMount.Builder builder =
            source.isEmpty() ? VolumeMount.anonymous(target) : namedVolume(source, target, where);
        return builder
            .readOnly(readOnly)
            .noCopy(bool(options.path("nocopy"), where + ".volume.nocopy"))
            .subpath(subpath.isEmpty() ? null : subpath)
            .build();
      case "bind":
        if (source.isEmpty()) {
          throw new MountSpecException(where, volume.toString(), "a bind mount needs a source", -1);
        }
        JsonNode bind = volume.path("bind");
        String propagation = text(bind.path("propagation"), where + ".bind.propagation");
        return BindMount.of(hostPath(source), target)
            .withReadOnly(readOnly)
            .withPropagation(Propagation.of(propagation).orElse(Propagation.RPRIVATE))
            .withSelinux(SelinuxLabel.of(text(bind.path("selinux"), where + ".bind.selinux")))
            .withConsistency(
                Consistency.of(text(volume.path("consistency"), where + ".consistency")))
            .withRecursion(recursion(text(bind.path("recursive"), where + ".bind.recursive")))
            .withCreateHostPath(
                bool(bind.path("create_host_path"), where + ".bind.create_host_path"));
      case "tmpfs":
        JsonNode tmpfs = volume.path("tmpfs");
        return new TmpfsMount(
            target,
            readOnly,
            size(tmpfs.path("size"), where),
            mode(tmpfs.path("mode"), where),
            List.of());
      default:
        throw new MountSpecException(
            where, volume.toString(), "type '" + type + "' is not volume, bind or tmpfs", -1);
    }
  }

  private static void checkTarget(String target, String spec, String where) {
    String problem = MountPaths.targetProblem(target);
    if (problem != null) {
      throw new MountSpecException(where, spec, problem, -1);
    }
  }

  private VolumeMount.Builder namedVolume(String key, String target, String where) {
    VolumeDeclaration declared = declarations.get(key);
    if (declared == null) {
      throw new MountSpecException(
          where,
          key + ":" + target,
          "refers to volume '" + key + "', which the top-level volumes do not declare",
          -1);
    }
    return VolumeMount.named(declared.name(), target)
        .driver(declared.driver().isEmpty() ? VolumeMount.LOCAL : declared.driver())
        .driverOptions(declared.driverOptions())
        .labels(declared.labels());
  }

  private static boolean isPath(String source) {
    return source.startsWith(".") || source.startsWith("/") || source.startsWith("~");
  }

  private String hostPath(String source) {
    Path path =
        source.equals("~") || source.startsWith("~/")
            ? home.resolve(source.substring(Math.min(2, source.length())))
            : dir.resolve(source);
    return path.toAbsolutePath().normalize().toString();
  }

  private static BindMount.Recursion recursion(String value) {
    for (BindMount.Recursion r : BindMount.Recursion.values()) {
      if (r.word().equals(value)) {
        return r;
      }
    }
    return BindMount.Recursion.ENABLED;
  }

  private OptionalLong size(JsonNode node, String where) {
    if (node.isMissingNode() || node.isNull()) {
      return OptionalLong.empty();
    }
    if (node.isNumber()) {
      return OptionalLong.of(node.asLong());
    }
    String text = text(node, where + ".tmpfs.size");
    OptionalLong bytes = TmpfsMount.parseSize(text);
    if (bytes.isEmpty()) {
      throw new MountSpecException(
          where, text, "tmpfs.size is not a size (bytes, or a number with k, m, g)", -1);
    }
    return bytes;
  }

  private OptionalInt mode(JsonNode node, String where) {
    if (node.isMissingNode() || node.isNull()) {
      return OptionalInt.empty();
    }
    String text = text(node, where + ".tmpfs.mode");
    try {
      return OptionalInt.of(
          text.startsWith("0o")
              ? Integer.parseInt(text.substring(2), 8)
              : text.startsWith("0") ? Integer.parseInt(text, 8) : Integer.parseInt(text));
    } catch (NumberFormatException e) {
      throw new MountSpecException(where, text, "tmpfs.mode is not a number", -1);
    }
  }

  private String text(JsonNode node, String where) {
    if (node.isMissingNode() || node.isNull()) {
      return "";
    }
    if (node.isContainer()) {
      throw new InputException(where + ": expected a value, found " + node, node.toString());
    }
    return interpolation.apply(node.asString(""), where);
  }

  private boolean bool(JsonNode node, String where) {
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (node.isObject()) {
      return true;
    }
    String value = text(node, where);
    return value.equals("true") || value.equals("yes") || value.equals("1");
  }

  private Map<String, String> strings(JsonNode node, String where) {
    Map<String, String> map = new LinkedHashMap<>();
    if (node.isArray()) {
      for (JsonNode item : node) {
        String[] pair = text(item, where).split("=", 2);
        map.put(pair[0], pair.length > 1 ? pair[1] : "");
      }
    } else {
      node.forEachEntry((key, value) -> map.put(key, text(value, where + "." + key)));
    }
    return map;
  }

  /** A top-level volume. */
  private record VolumeDeclaration(
      String name,
      boolean external,
      String driver,
      Map<String, String> driverOptions,
      Map<String, String> labels) {}
}
