package dev.storagelab.shell.mounts;

import dev.storagelab.docker.compose.ComposeFile;
import dev.storagelab.docker.compose.ComposeProject;
import dev.storagelab.docker.compose.ComposeService;
import dev.storagelab.docker.containers.ContainerMounts;
import dev.storagelab.docker.engine.ContainerInspect;
import dev.storagelab.docker.engine.ObjectNames;
import dev.storagelab.docker.engine.ObjectNotFoundException;
import dev.storagelab.docker.input.UserHome;
import dev.storagelab.docker.input.UserPath;
import dev.storagelab.docker.mounts.Credentials;
import dev.storagelab.docker.mounts.ParseContext;
import dev.storagelab.docker.mounts.RunLine;
import dev.storagelab.docker.volumes.VolumeInfo;
import dev.storagelab.shell.DockerFlagArguments;
import dev.storagelab.shell.ExitStatuses;
import dev.storagelab.shell.UsageException;
import dev.storagelab.shell.engine.EngineSession;
import dev.storagelab.shell.output.Json;
import dev.storagelab.shell.output.Style;
import dev.storagelab.shell.output.Table;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/** {@code mounts ...}: Docker mounts read from every place Docker expresses them. */
public class MountCommands {

  private final EngineSession session;

  public MountCommands(EngineSession session) {
    this.session = session;
  }

  /** {@code mounts parse "<mount flags or a docker run line>" [--json]}. */
  @Command(
      name = {"mounts", "parse"},
      group = "Mounts",
      description =
          "Read -v, --mount and --tmpfs flags, or a whole docker run line, as Docker reads them",
      help = "mounts parse \"<mount flags or a whole docker run line>\" [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  @DockerFlagArguments
  public String parse(
      @Arguments List<String> words,
      @Option(longName = "json", description = "print {\"mounts\": [...]}") boolean json) {
    if (words == null || words.isEmpty()) {
      throw new UsageException(
          "Give the mount flags or a docker run line in quotes, e.g. mounts parse \"-v data:/app\"");
    }
    RunLine line =
        RunLine.parse(
            ShellQuoting.join(words), ParseContext.inWorkingDir(session.engineIsOnThisMachine()));
    if (json) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("mounts", MountJson.of(line.mounts()));
      out.put("image", line.image().orElse(null));
      out.put("command", line.command());
      out.put("notes", line.notes());
      return Json.write(out);
    }
    StringBuilder table = new StringBuilder(MountTable.render(line.mounts(), Style.forTerminal()));
    line.notes().forEach(note -> table.append("\nnote: ").append(note));
    return table.toString();
  }

  /** {@code mounts of CONTAINER|FILE [--json]}. */
  @Command(
      name = {"mounts", "of"},
      group = "Mounts",
      description =
          "The mounts of a container, live from the engine or from a 'docker inspect' file",
      help = "mounts of CONTAINER|INSPECT.json [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public String of(
      @Arguments List<String> names,
      @Option(longName = "json", description = "print {\"container\", \"image\", \"mounts\"}")
          boolean json) {
    String name = single(names, "mounts of CONTAINER|INSPECT.json");
    ContainerInspect container;
    if (isFile(name)) {
      container = ContainerMounts.fromFile(Path.of(name));
    } else {
      // The name is checked before the engine is reached: a bad one is exit 2 even without one.
      String checked = ObjectNames.container(name);
      container = ContainerMounts.of(session.engine(), checked);
    }
    if (json) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("container", container.name());
      out.put("image", container.image());
      out.put("mounts", MountJson.of(container.mounts()));
      return Json.write(out);
    }
    return container.name()
        + " ("
        + container.image()
        + ")\n"
        + MountTable.render(container.mounts(), Style.forTerminal());
  }

  /** {@code mounts compose FILE [--json]}. */
  @Command(
      name = {"mounts", "compose"},
      group = "Mounts",
      description = "The volumes and tmpfs mounts of every service of a compose file",
      help = "mounts compose FILE [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public String compose(
      @Arguments List<String> files,
      @Option(longName = "json", description = "print {\"project\", \"services\": [...]}")
          boolean json) {
    ComposeProject project =
        ComposeFile.read(UserPath.of("FILE", single(files, "mounts compose FILE")), UserHome.get());
    if (json) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("project", project.name());
      out.put("file", project.file().toString());
      out.put("services", project.services().stream().map(MountCommands::service).toList());
      return Json.write(out);
    }
    StringBuilder out =
        new StringBuilder("project " + project.name() + " (" + project.file() + ")\n");
    for (ComposeService service : project.services()) {
      out.append("\nservice ")
          .append(service.name())
          .append(service.image().map(i -> " (" + i + ")").orElse(""))
          .append('\n');
      out.append(MountTable.render(service.mounts(), Style.forTerminal())).append('\n');
    }
    return out.toString().stripTrailing();
  }

  /** {@code mounts volume NAME [--json]}. */
  @Command(
      name = {"mounts", "volume"},
      group = "Mounts",
      description = "A volume as the engine knows it: driver, options, labels, mountpoint, size",
      help = "mounts volume NAME [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public String volume(
      @Arguments List<String> names,
      @Option(longName = "json", description = "print the volume as one object") boolean json) {
    String name = ObjectNames.volume(single(names, "mounts volume NAME"));
    VolumeInfo volume =
        session
            .engine()
            .measureVolume(name)
            .orElseThrow(() -> new ObjectNotFoundException("No such volume: " + name, null));
    if (json) {
      return Json.write(MountJson.of(volume));
    }
    return Table.of("VOLUME", volume.name())
        .row("Driver", volume.driver())
        .row(
            "Options",
            volume.options().isEmpty() ? "-" : Credentials.redacted(volume.options()).toString())
        .row(
            "Labels",
            volume.labels().isEmpty() ? "-" : Credentials.redacted(volume.labels()).toString())
        .row("Mountpoint", volume.mountpoint())
        .row(
            "Size",
            volume.sizeBytes().isPresent()
                ? volume.sizeBytes().getAsLong() + " bytes"
                : "not measured")
        .row("Created", volume.createdAt())
        .render(Style.forTerminal());
  }

  private static Map<String, Object> service(ComposeService service) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", service.name());
    out.put("image", service.image().orElse(null));
    out.put("mounts", MountJson.of(service.mounts()));
    return out;
  }

  /** Whether the word names an existing file (an inspect document) rather than a container. */
  private static boolean isFile(String word) {
    try {
      return Files.exists(Path.of(word)) && !Files.isDirectory(Path.of(word));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static String single(List<String> words, String usage) {
    if (words == null || words.size() != 1) {
      throw new UsageException("Usage: " + usage);
    }
    return words.get(0);
  }
}
