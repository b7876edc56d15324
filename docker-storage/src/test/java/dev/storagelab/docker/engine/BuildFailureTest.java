package dev.storagelab.docker.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build the engine refuses: its own words come back, and it leaves no container behind. */
@RequiresEngine
class BuildFailureTest {

  @TempDir Path context;

  @Test
  void aFailedBuildStepReportsTheEnginesWordsAndLeavesNoContainer() throws IOException {
    try (Engine engine = EngineConnector.connect()) {
      String base = BaseImageResolver.standard(engine).resolve(line -> {}).reference();
      Files.writeString(
          context.resolve("Dockerfile"), "FROM " + base + "\nRUN echo step\nRUN exit 3\n");
      String before = DockerCli.ok("ps", "-aq", "--no-trunc");
      List<String> imagesBefore = images();

      EngineException failure;
      try {
        failure =
            catchThrowableOfType(
                EngineException.class,
                () ->
                    engine.buildImage(
                        new BuildRequest(
                            context, Set.of("storage-lab-build-failure:test"), Map.of()),
                        line -> {}));
      } finally {
        // The legacy builder keeps the step that passed as a cache image: this test made it.
        images().stream()
            .filter(id -> !imagesBefore.contains(id))
            .forEach(id -> DockerCli.run("rmi", id));
      }

      assertThat(failure).isNotNull().isNotInstanceOf(ObjectNotFoundException.class);
      // BuildKit: "... [/bin/sh -c exit 3]: exit code: 3"; the legacy builder: "The command
      // '/bin/sh -c exit 3' returned a non-zero code: 3".
      assertThat(failure.getMessage()).contains("exit 3").contains("code: 3");
      assertThat(DockerCli.ok("ps", "-aq", "--no-trunc")).isEqualTo(before);
      assertThat(images())
          .as("the build's cache image is gone")
          .containsExactlyInAnyOrderElementsOf(imagesBefore);
    }
  }

  private static List<String> images() {
    return DockerCli.ok("images", "-aq", "--no-trunc").lines().toList();
  }
}
