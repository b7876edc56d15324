package dev.storagelab.docker.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storagelab.docker.engine.ContainerInspect;
import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.engine.ObjectNotFoundException;
import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.mounts.ParseContext;
import dev.storagelab.docker.mounts.RunLine;
import dev.storagelab.docker.mounts.ShellWords;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A container read back through the engine gives the mounts its run line asked for. */
@RequiresEngine
class ContainerMountsTest {

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final Engine engine = EngineConnector.connect();
  private final List<String[]> cleanup = new ArrayList<>();

  @TempDir Path dir;

  @AfterEach
  void tearDown() {
    cleanup.forEach(DockerCli::run);
    engine.close();
  }

  @Test
  void aLiveContainerGivesTheMountsOfItsRunLine() throws IOException {
    Path site = Files.createDirectories(dir.resolve("site"));
    String volume = "data-" + suffix;
    String flags =
        "-v "
            + volume
            + ":/app:ro -v /anon --mount type=bind,src="
            + site
            + ",dst=/site,bind-propagation=rslave"
            + " --mount type=tmpfs,dst=/scratch,tmpfs-size=8m,tmpfs-mode=700 --tmpfs /cache:size=64m,noexec"
            + " --mount src="
            + volume
            + "-opts,dst=/opts,volume-nocopy,volume-label=team=lab";
    String base = BaseImageResolver.standard(engine).resolve(line -> {}).reference();
    String id = create(flags, base);
    RunLine asked = RunLine.parse(flags, new ParseContext(dir, "local", true));

    ContainerInspect read = ContainerMounts.of(engine, id);

    assertThat(read.image()).isEqualTo(base);
    assertThat(read.mounts()).hasSameSizeAs(asked.mounts());
    for (Mount mount : asked.mounts()) {
      Mount found =
          read.mounts().stream()
              .filter(m -> m.target().equals(mount.target()))
              .findFirst()
              .orElseThrow();
      assertThat(found.type()).as(mount.target()).isEqualTo(mount.type());
      assertThat(found.readOnly()).as(mount.target()).isEqualTo(mount.readOnly());
      assertThat(found.toMountFlag()).as(mount.target()).isEqualTo(mount.toMountFlag());
    }
    VolumeMount data =
        (VolumeMount)
            read.mounts().stream().filter(m -> m.target().equals("/app")).findFirst().orElseThrow();
    assertThat(data.state())
        .hasValueSatisfying(
            state -> {
              assertThat(state.mountpoint()).endsWith("/volumes/" + volume + "/_data");
              assertThat(state.sizeBytes()).isPresent();
            });
  }

  @Test
  void anInspectFileGivesTheSameMountsAsTheLiveContainer() throws IOException {
    String base = BaseImageResolver.standard(engine).resolve(line -> {}).reference();
    String id = create("-v logs-" + suffix + ":/logs --tmpfs /run", base);
    Path file = Files.writeString(dir.resolve("inspect.json"), DockerCli.ok("inspect", id));

    ContainerInspect fromFile = ContainerMounts.fromFile(file);

    assertThat(fromFile.mounts())
        .extracting(Mount::toMountFlag)
        .containsExactlyElementsOf(
            engine.inspectContainer(id).orElseThrow().mounts().stream()
                .map(Mount::toMountFlag)
                .toList());
  }

  @Test
  void anUnknownContainerIsNotFound() {
    assertThatThrownBy(() -> ContainerMounts.of(engine, "no-such-container-" + suffix))
        .isInstanceOf(ObjectNotFoundException.class)
        .hasMessageContaining("No such container");
  }

  @Test
  void aFileThatIsNotAnInspectDocumentIsAnInputError() throws IOException {
    Path file = Files.writeString(dir.resolve("x.json"), "{\"Name\": \"x\"}");

    assertThatThrownBy(() -> ContainerMounts.fromFile(file))
        .hasMessageContaining("docker inspect CONTAINER > FILE");
  }

  private String create(String flags, String image) {
    List<String> command = new ArrayList<>(List.of("create"));
    command.addAll(ShellWords.split(flags));
    command.add(image);
    String id = DockerCli.ok(command.toArray(String[]::new));
    cleanup.add(new String[] {"rm", "-fv", id});
    for (String word : ShellWords.split(flags)) {
      if (word.startsWith("data-") || word.startsWith("logs-") || word.contains("src=data-")) {
        String name =
            word.contains("src=") ? word.replaceAll(".*src=([^,]*).*", "$1") : word.split(":")[0];
        cleanup.add(new String[] {"volume", "rm", "-f", name});
      }
    }
    return id;
  }
}
