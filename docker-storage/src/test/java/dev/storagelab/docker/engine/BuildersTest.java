package dev.storagelab.docker.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.layers.LayerStack;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both of the engine's builders, through the one build call: what each reports, what it leaves on
 * the engine, and that the context reaches it whole.
 */
@RequiresEngine
class BuildersTest {

  @TempDir Path context;

  private final List<String> tags = new ArrayList<>();

  @AfterEach
  void removeImages() {
    tags.forEach(tag -> DockerCli.run("rmi", tag));
  }

  @Test
  void buildKitRunsTheStepsReportsThemAndTakesThemFromItsCacheTheSecondTime() throws IOException {
    try (Engine engine = EngineConnector.connect()) {
      uniqueContext();
      List<String> firstOutput = new ArrayList<>();
      BuildResult first = build(engine, BuildResult.Builder.BUILDKIT, "first", firstOutput);
      List<String> output = new ArrayList<>();
      BuildResult second = build(engine, BuildResult.Builder.BUILDKIT, "second", output);

      assertThat(first.builder()).isEqualTo(BuildResult.Builder.BUILDKIT);
      assertThat(first.steps()).as("FROM, COPY, RUN").isEqualTo(3);
      assertContextStepsRan(first, firstOutput);
      assertThat(second.steps()).isEqualTo(3);
      assertThat(second.cachedSteps()).as("COPY, RUN; a local FROM is resolved").isEqualTo(2);
      assertThat(output).anyMatch(line -> line.matches("\\[3/3\\] RUN .*  CACHED\\n"));
      assertThat(second.imageId()).isEqualTo(first.imageId());
    }
  }

  @Test
  void theLegacyBuilderRunsTheSameStepsAndReportsItsCache() throws IOException {
    try (Engine engine = EngineConnector.connect()) {
      uniqueContext();
      List<String> output = new ArrayList<>();
      Instant start = Instant.now();
      BuildResult first = build(engine, BuildResult.Builder.LEGACY, "legacy", output);
      List<String> created = containersCreatedSince(start);
      BuildResult second = build(engine, BuildResult.Builder.LEGACY, "legacy-again");

      assertThat(first.builder()).isEqualTo(BuildResult.Builder.LEGACY);
      assertThat(first.steps()).as("FROM, COPY, RUN, CMD and the LABEL of --label").isEqualTo(5);
      assertThat(String.join("", output)).contains("ran the script");
      assertThat(first.cachedSteps()).as("a context no build has seen").isZero();
      assertThat(second.cachedSteps()).isEqualTo(4);
      assertThat(created)
          .as("the legacy builder commits a container per step: what the BuildKit test rules out")
          .isNotEmpty();
    }
  }

  @Test
  void aBuildKitBuildMakesNoContainerAndPrintsWhatItsStepsPrint() throws IOException {
    try (Engine engine = EngineConnector.connect()) {
      uniqueContext();
      List<String> output = new ArrayList<>();
      Instant start = Instant.now();

      BuildResult result = build(engine, BuildResult.Builder.BUILDKIT, "fresh", output);

      assertContextStepsRan(result, output);
      assertThat(output).contains("  ran the script\n");
      // Not a listing before and after: the legacy builder removes its containers too. The
      // engine's events say whether one was ever created.
      assertThat(containersCreatedSince(start)).isEmpty();
      assertThat(DockerCli.ok("image", "inspect", "-f", "{{.Config.Labels}}", tag("fresh")))
          .contains("dev.storagelab.test:builders");
    }
  }

  @Test
  void theTopLayersChainIdNamesALayerInTheEnginesLayerStore() throws IOException {
    try (Engine engine = EngineConnector.connect()) {
      BuildResult result = build(engine, BuildResult.Builder.BUILDKIT, "chain");

      List<String> layers = engine.findImage(result.imageId()).orElseThrow().layers();
      List<String> chain = LayerStack.chainIds(layers);
      String top = chain.get(chain.size() - 1);
      String driver = DockerCli.ok("info", "-f", "{{.Driver}}").strip();
      Path layerDb = Path.of(engine.dataRoot(), "image", driver, "layerdb", "sha256");

      assertThat(layerDb.resolve(top.substring("sha256:".length()))).isDirectory();
    }
  }

  private BuildResult build(Engine engine, BuildResult.Builder builder, String name)
      throws IOException {
    return build(engine, builder, name, new ArrayList<>());
  }

  /** A context whose RUN step runs a script copied in: it fails unless the mode arrived too. */
  private BuildResult build(
      Engine engine, BuildResult.Builder builder, String name, List<String> output)
      throws IOException {
    String base = BaseImageResolver.standard(engine).resolve(line -> {}).reference();
    Path script = context.resolve("script.sh");
    Files.writeString(script, "#!/bin/sh\necho ran the script\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(
        context.resolve("Dockerfile"),
        "FROM " + base + "\nCOPY . /ctx/\nRUN /ctx/script.sh\nCMD [\"true\"]\n");
    String tag = tag(name);
    tags.add(tag);
    BuildRequest request =
        new BuildRequest(context, Set.of(tag), Map.of("dev.storagelab.test", "builders"));
    return ((DockerJavaEngine) engine).build(request, ContextTar.of(context), builder, output::add);
  }

  /**
   * The steps that read the context (COPY, and the RUN after it) ran: a context no build has seen
   * is in no cache. The FROM of a local image may be reported cached or not, as BuildKit's own
   * cache, which outlives the test on the engine, has it.
   */
  private static void assertContextStepsRan(BuildResult result, List<String> output) {
    assertThat(result.cachedSteps()).as("at most the FROM from the cache").isLessThanOrEqualTo(1);
    assertThat(output)
        .as("COPY and RUN of a context no build has seen")
        .noneMatch(line -> line.matches("(?s)\\[[23]/3\\] .*  CACHED\\n"));
  }

  /** A file no earlier build saw, so that nothing of this context is in a builder's cache. */
  private void uniqueContext() throws IOException {
    Files.writeString(context.resolve("marker"), UUID.randomUUID() + "\n");
  }

  /** The IDs of the containers the engine created from {@code start} until now. */
  private static List<String> containersCreatedSince(Instant start) {
    // To the nanosecond: the test before this one may have made containers a moment earlier.
    String since = start.getEpochSecond() + "." + String.format("%09d", start.getNano());
    String until = Instant.now().plusSeconds(1).getEpochSecond() + "";
    return DockerCli.ok(
            "events",
            "--since",
            since,
            "--until",
            until,
            "--filter",
            "type=container",
            "--filter",
            "event=create",
            "--format",
            "{{.ID}}")
        .lines()
        .filter(line -> !line.isBlank())
        .toList();
  }

  private static String tag(String name) {
    return "storage-lab-builders-test:" + name;
  }
}
