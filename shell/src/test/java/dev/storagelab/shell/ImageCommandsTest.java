package dev.storagelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code image layers}, {@code image files} and {@code container changes} on the real engine, their
 * {@code --json} shapes as docs/cli.md gives them.
 */
@RequiresEngine
class ImageCommandsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @AutoClose final CommandTable table = new CommandTable("");
  final OneShotRunner shell = new OneShotRunner(table);
  private final List<String> containers = new ArrayList<>();

  @TempDir Path dir;

  private String base;

  @BeforeEach
  void baseImage() {
    try (Engine engine = EngineConnector.connect()) {
      base = BaseImageResolver.standard(engine).resolve(line -> {}).reference();
    }
  }

  @AfterEach
  void removeContainers() {
    containers.forEach(c -> DockerCli.run("rm", "-f", c));
  }

  @Test
  void imageLayersListsEveryLayerWithTheStepThatMadeItAndTheImagesWaste() {
    ShellRun run = ShellRun.of(shell, "image", "layers", base, "--json");

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = JSON.readTree(run.out());
    List<String> layers = new ArrayList<>();
    DockerCli.ok("image", "inspect", "-f", "{{range .RootFS.Layers}}{{println .}}{{end}}", base)
        .lines()
        .filter(l -> !l.isBlank())
        .forEach(layers::add);
    assertThat(json.path("layers").size()).isEqualTo(layers.size());
    for (int i = 0; i < layers.size(); i++) {
      JsonNode layer = json.path("layers").path(i);
      assertThat(layer.path("index").asInt()).isEqualTo(i);
      assertThat(layer.path("digest").asString()).isEqualTo(layers.get(i));
      assertThat(layer.path("instruction").asString()).isNotBlank();
    }
    assertThat(json.path("layers").path(0).path("added").asInt()).isPositive();
    assertThat(json.path("efficiency").asDouble()).isBetween(0.0, 1.0);
    assertThat(json.path("wastedBytes").isNumber()).isTrue();
    assertThat(json.path("sizeBytes").asLong()).isGreaterThan(1_000_000);
    assertThat(json.path("id").asString())
        .isEqualTo(DockerCli.ok("image", "inspect", "-f", "{{.Id}}", base).strip());
  }

  @Test
  void imageFilesShowsTheTreeAtALayerOrOnlyItsChangesUnderAPath() {
    ShellRun atBase = ShellRun.of(shell, "image", "files", base, "--layer", "0", "--json");
    ShellRun changes =
        ShellRun.of(
            shell, "image", "files", base, "--layer", "0", "--changes", "--path", "/bin", "--json");
    ShellRun text = ShellRun.of(shell, "image", "files", base, "--layer", "0", "--path", "bin/");

    assertThat(atBase.code()).as(atBase.err()).isZero();
    JsonNode busybox = entry(JSON.readTree(atBase.out()), "/bin/busybox");
    assertThat(busybox.path("change").asString()).isEqualTo("added");
    assertThat(busybox.path("mode").asString()).startsWith("-rwx");
    assertThat(busybox.path("sizeBytes").asLong()).isGreaterThan(1_000_000);
    JsonNode onlyChanges = JSON.readTree(changes.out());
    assertThat(onlyChanges.path("changesOnly").asBoolean()).isTrue();
    assertThat(onlyChanges.path("entries"))
        .allSatisfy(e -> assertThat(e.path("path").asString()).startsWith("/bin"));
    assertThat(text.out()).contains("└── bin").contains("busybox").contains("A -rwx");
  }

  @Test
  void containerChangesShowsWhatTheWritableLayerHoldsWithSizes() {
    String name = "storage-lab-changes-test-" + UUID.randomUUID().toString().substring(0, 8);
    containers.add(name);
    DockerCli.ok("run", "-d", "--name", name, "--network", "none", base, "sleep", "60");
    DockerCli.ok(
        "exec", name, "sh", "-c", "mkdir /demo && printf 1234567 > /demo/seven && rm /bin/ls");

    ShellRun run = ShellRun.of(shell, "container", "changes", name, "--json");
    ShellRun text = ShellRun.of(shell, "container", "changes", name);

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(entry(json, "/demo", "changes").path("change").asString()).isEqualTo("added");
    assertThat(entry(json, "/demo", "changes").path("mode").asString()).startsWith("d");
    assertThat(entry(json, "/demo/seven", "changes").path("sizeBytes").asLong()).isEqualTo(7);
    assertThat(entry(json, "/bin/ls", "changes").path("change").asString()).isEqualTo("removed");
    assertThat(json.path("sizeBytes").asLong()).isGreaterThanOrEqualTo(7);
    assertThat(text.out()).contains("A ").contains("seven").contains("7 B").contains("D ");
  }

  private static JsonNode entry(JsonNode json, String path) {
    return entry(json, path, "entries");
  }

  private static JsonNode entry(JsonNode json, String path, String list) {
    for (JsonNode e : json.path(list)) {
      if (e.path("path").asString().equals(path)) {
        return e;
      }
    }
    throw new AssertionError("no " + path + " in " + json);
  }
}
