package dev.storagelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The mounts commands, run one shot at a time through the same runner as the launcher. */
class MountCommandsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @AutoClose final CommandTable table = new CommandTable("");
  final OneShotRunner shell = new OneShotRunner(table);

  @TempDir Path dir;

  @Test
  void parseKeepsAQuotedRunLineWholeAndPrintsJson() {
    ShellRun run =
        run("mounts", "parse", "-v data-volume:/app:ro --tmpfs /cache:size=64m -v /anon", "--json");

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode mounts = JSON.readTree(run.out()).path("mounts");
    assertThat(mounts.size()).isEqualTo(3);
    assertThat(mounts.path(0).path("type").asString()).isEqualTo("volume");
    assertThat(mounts.path(0).path("source").asString()).isEqualTo("data-volume");
    assertThat(mounts.path(0).path("readOnly").asBoolean()).isTrue();
    assertThat(mounts.path(1).path("sizeBytes").asLong()).isEqualTo(64L << 20);
    assertThat(mounts.path(2).path("source").isNull()).isTrue();
  }

  @Test
  void parseTakesSeparateWordsAfterTheSeparator() throws IOException {
    Path site = Files.createDirectories(dir.resolve("my site"));

    ShellRun run =
        run("mounts", "parse", "--", "--mount", "type=bind,src=" + site + ",dst=/site", "busybox");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("bind")
        .contains(site.toString())
        .contains("/site")
        .contains("rprivate");
  }

  @Test
  void aSpecDockerRefusesIsAUsageErrorNamingThePart() {
    ShellRun run = run("mounts", "parse", "-v data:/app:ro,rw");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("-v data:/app:ro,rw")
        .contains("\"ro\" and \"rw\" cannot be combined");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void composeListsEveryServicesMounts() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("compose.yaml"),
            "services:\n  web:\n    image: nginx\n    volumes: [\"site:/usr/share/nginx/html:ro\", \"./conf:/etc/nginx/conf.d\"]\n"
                + "    tmpfs: [/run]\nvolumes:\n  site: {}\n");

    ShellRun run = run("mounts", "compose", file.toString(), "--json");

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode web = JSON.readTree(run.out()).path("services").path(0);
    assertThat(web.path("mounts").path(0).path("source").asString()).endsWith("_site");
    assertThat(web.path("mounts").path(1).path("source").asString())
        .isEqualTo(dir.resolve("conf").toString());
    assertThat(web.path("mounts").path(2).path("type").asString()).isEqualTo("tmpfs");
  }

  @Test
  void aMissingComposeFileIsAUsageError() {
    ShellRun run = run("mounts", "compose", dir.resolve("nope.yaml").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("No such compose file");
  }

  @Test
  @RequiresEngine
  void ofAndVolumeReadALiveContainerAndItsVolume() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String volume = "cmd-test-" + suffix;
    String image;
    try (var engine = EngineConnector.connect()) {
      image = BaseImageResolver.standard(engine).resolve(line -> {}).reference();
    }
    String id = DockerCli.ok("create", "-v", volume + ":/data", "--tmpfs", "/run", image, "true");
    try {
      ShellRun of = run("mounts", "of", id, "--json");
      ShellRun vol = run("mounts", "volume", volume, "--json");

      assertThat(of.code()).as(of.err()).isZero();
      JsonNode mounts = JSON.readTree(of.out()).path("mounts");
      assertThat(mounts.path(0).path("source").asString()).isEqualTo(volume);
      assertThat(mounts.path(0).path("mountpoint").asString()).endsWith(volume + "/_data");
      assertThat(mounts.path(1).path("type").asString()).isEqualTo("tmpfs");
      assertThat(vol.code()).as(vol.err()).isZero();
      assertThat(JSON.readTree(vol.out()).path("driver").asString()).isEqualTo("local");
      assertThat(run("mounts", "of", "no-such-" + suffix).code()).isEqualTo(2);
    } finally {
      DockerCli.run("rm", "-fv", id);
      DockerCli.run("volume", "rm", volume);
    }
  }

  private ShellRun run(String... words) {
    return ShellRun.of(shell, words);
  }
}
