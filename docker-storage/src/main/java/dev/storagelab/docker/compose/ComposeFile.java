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
import dev.storagelab.docker.process.ProcessSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the storage of a compose file: {@code services.*.volumes} in short and long syntax, {@code
 * services.*.tmpfs}, {@code services.*.secrets} and {@code configs}, and the top-level declarations
 * they refer to, with {@code ${VAR}} interpolation from the environment and the project's {@code
 * .env} file, and relative host paths resolved against the file's folder.
 */
public final class ComposeFile {

  private final Path file;
  private final Path dir;
  private final Interpolation interpolation;
  private final ComposeValues values;
  private final Path home;
  private Map<String, VolumeDeclaration> declarations = Map.of();
  private ProjectedFiles secrets;
  private ProjectedFiles configs;
  private String project;

  private ComposeFile(Path file, Map<String, String> env, Path home) {
    this.file = file.toAbsolutePath().normalize();
    this.dir = this.file.getParent();
    this.interpolation = new Interpolation(env);
    this.values = new ComposeValues(interpolation);
    this.home = home;
  }

  /**
   * Reads a compose file with this process's environment and the {@code .env} file beside it.
   *
   * @param home the folder {@code ~} stands for
   * @throws InputException when the file is missing, is not valid compose YAML, or has a value of
   *     the wrong type
   * @throws MountSpecException when a mount is one compose or the engine would refuse
   */
  public static ComposeProject read(Path file, Path home) {
    return read(file, System.getenv(), home);
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
    JsonNode root = ComposeYaml.read(file);
    LegacyLayout.refuse(file, root);
    project = projectName(root);
    declarations = declarations(values.mapping(root.path("volumes"), "volumes"));
    secrets = ProjectedFiles.declared(ProjectedFile.Kind.SECRET, root, values, dir);
    configs = ProjectedFiles.declared(ProjectedFile.Kind.CONFIG, root, values, dir);
    List<ComposeService> services = new ArrayList<>();
    values
        .mapping(root.path("services"), "services")
        .forEachEntry((name, service) -> services.add(service(name, service)));
    if (services.isEmpty()) {
      throw new InputException(file + " has no services", file.toString());
    }
    return new ComposeProject(project, file, services);
  }

  private String projectName(JsonNode root) {
    String name = values.text(root.path("name"), "name");
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
        (key, declared) -> {
          String where = "volumes." + key;
          JsonNode node = values.mapping(declared, where);
          boolean external = values.external(node.path("external"), where + ".external");
          String name = values.text(node.path("name"), where + ".name");
          if (name.isEmpty()) {
            name = external ? key : project + "_" + key;
          }
          result.put(
              key,
              new VolumeDeclaration(
                  name,
                  external,
                  values.text(node.path("driver"), where + ".driver"),
                  values.strings(node.path("driver_opts"), where + ".driver_opts", false),
                  values.strings(node.path("labels"), where + ".labels", true)));
        });
    return result;
  }

  private ComposeService service(String name, JsonNode node) {
    String where = "services." + name;
    if (!node.isObject()) {
      throw new InputException(
          where + " must be a mapping (image, volumes, ...), not " + node, node.toString());
    }
    List<Mount> mounts = new ArrayList<>();
    int index = 0;
    for (JsonNode volume : values.sequence(node.path("volumes"), where + ".volumes")) {
      String at = where + ".volumes[" + index++ + "]";
      mounts.add(
          volume.isObject() ? longSyntax(volume, at) : shortSyntax(values.text(volume, at), at));
    }
    JsonNode tmpfs = node.path("tmpfs");
    List<JsonNode> entries =
        tmpfs.isArray() ? values.sequence(tmpfs, where + ".tmpfs") : List.of(tmpfs);
    for (JsonNode entry : entries) {
      if (!ComposeValues.absent(entry)) {
        mounts.add(TmpfsFlag.parse(values.text(entry, where + ".tmpfs")));
      }
    }
    MountPaths.checkDistinct(mounts, where);
    List<ProjectedFile> files = new ArrayList<>(secrets.of(node, where));
    files.addAll(configs.of(node, where));
    checkFileTargets(mounts, files, where);
    String image = values.text(node.path("image"), where + ".image");
    ProcessSpec process = new ComposeProcess(values, interpolation, dir).of(node, where);
    return new ComposeService(
        name,
        image.isEmpty() ? Optional.empty() : Optional.of(image),
        process.command(),
        mounts,
        files,
        process);
  }

  /** A secret or config at a path a mount or another file has would hide one of them. */
  private static void checkFileTargets(
      List<Mount> mounts, List<ProjectedFile> files, String where) {
    Set<String> targets = new HashSet<>();
    mounts.forEach(m -> targets.add(m.target()));
    for (ProjectedFile file : files) {
      if (!targets.add(file.target())) {
        throw new MountSpecException(
            where + "." + file.kind().section(),
            file.key(),
            "puts a file at " + file.target() + ", where another mount or file is already",
            -1);
      }
    }
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
    String type = values.text(volume.path("type"), where + ".type");
    String source = values.text(volume.path("source"), where + ".source");
    String target = values.text(volume.path("target"), where + ".target");
    boolean readOnly = values.bool(volume.path("read_only"), where + ".read_only");
    checkTarget(target, volume.toString(), where);
    switch (type.isEmpty() ? "volume" : type) {
      case "volume":
        JsonNode options = values.mapping(volume.path("volume"), where + ".volume");
        String subpath = values.text(options.path("subpath"), where + ".volume.subpath");
        VolumeMount.Builder builder =
            source.isEmpty() ? VolumeMount.anonymous(target) : namedVolume(source, target, where);
        return builder
            .readOnly(readOnly)
            .noCopy(values.bool(options.path("nocopy"), where + ".volume.nocopy"))
            .subpath(subpath.isEmpty() ? null : subpath)
            .build();
      case "bind":
        if (source.isEmpty()) {
          throw new MountSpecException(where, volume.toString(), "a bind mount needs a source", -1);
        }
        JsonNode bind = values.mapping(volume.path("bind"), where + ".bind");
        String propagation = values.text(bind.path("propagation"), where + ".bind.propagation");
        return BindMount.of(hostPath(source), target)
            .withReadOnly(readOnly)
            .withPropagation(propagation(propagation, where))
            .withSelinux(
                SelinuxLabel.of(values.text(bind.path("selinux"), where + ".bind.selinux")))
            .withConsistency(
                Consistency.of(values.text(volume.path("consistency"), where + ".consistency")))
            .withRecursion(
                recursion(values.text(bind.path("recursive"), where + ".bind.recursive"), where))
            .withCreateHostPath(
                values.bool(bind.path("create_host_path"), where + ".bind.create_host_path"));
      case "tmpfs":
        JsonNode tmpfs = values.mapping(volume.path("tmpfs"), where + ".tmpfs");
        return new TmpfsMount(
            target,
            readOnly,
            values.size(tmpfs.path("size"), where + ".tmpfs.size"),
            values.mode(tmpfs.path("mode"), where + ".tmpfs.mode"),
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

  private static Propagation propagation(String value, String where) {
    if (value.isEmpty()) {
      return Propagation.RPRIVATE;
    }
    return Propagation.of(value)
        .orElseThrow(
            () ->
                new MountSpecException(
                    where + ".bind.propagation",
                    value,
                    "is not a propagation (private, rprivate, shared, rshared, slave, rslave)",
                    -1));
  }

  private static BindMount.Recursion recursion(String value, String where) {
    if (value.isEmpty()) {
      return BindMount.Recursion.ENABLED;
    }
    for (BindMount.Recursion r : BindMount.Recursion.values()) {
      if (r.word().equals(value)) {
        return r;
      }
    }
    throw new MountSpecException(
        where + ".bind.recursive",
        value,
        "is not one of enabled, disabled, writable, readonly",
        -1);
  }

  /** A top-level volume. */
  private record VolumeDeclaration(
      String name,
      boolean external,
      String driver,
      Map<String, String> driverOptions,
      Map<String, String> labels) {}
}
