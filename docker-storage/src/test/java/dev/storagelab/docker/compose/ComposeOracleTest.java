package dev.storagelab.docker.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.testing.DockerCli;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Anchors, aliases and merge keys read as the compose tools read them: each file gives the same
 * mounts as {@code docker-compose config} makes of it (which resolves them all). Runs where
 * docker-compose is installed; CI installs it.
 */
class ComposeOracleTest {

  @ParameterizedTest
  @MethodSource("files")
  void anchorsAliasesAndMergeKeysGiveWhatDockerComposeConfigGives(String name, @TempDir Path tmp)
      throws Exception {
    Assumptions.assumeTrue(
        composeInstalled(),
        "docker-compose is not installed (apt-get install docker-compose): nothing to compare with");
    Path dir = tmp.resolve("anchors");
    Files.createDirectories(dir);
    Path original = Files.copy(fixtures().resolve(name), dir.resolve(name));
    DockerCli.Result config =
        DockerCli.shell(dir, "docker-compose -f " + name + " config > resolved.yaml");
    assertThat(config.exitCode()).as(config.err()).isZero();

    Map<String, List<Mount>> ours = mounts(original);
    Map<String, List<Mount>> theirs = mounts(dir.resolve("resolved.yaml"));

    assertThat(ours).isNotEmpty().isEqualTo(theirs);
    assertThat(ours.values()).allSatisfy(mounts -> assertThat(mounts).isNotEmpty());
  }

  static Stream<String> files() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(fixtures())) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  private static Map<String, List<Mount>> mounts(Path file) {
    Map<String, List<Mount>> byService = new TreeMap<>();
    ComposeFile.read(file, Map.of(), Path.of("/home/learner"))
        .services()
        .forEach(service -> byService.put(service.name(), service.mounts()));
    return byService;
  }

  private static Path fixtures() throws URISyntaxException {
    return Path.of(ComposeOracleTest.class.getResource("/compose/anchors").toURI());
  }

  private static boolean composeInstalled() {
    boolean installed;
    try {
      installed = new ProcessBuilder("docker-compose", "version").start().waitFor() == 0;
    } catch (IOException e) {
      installed = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      installed = false;
    }
    if (!installed && System.getenv("STORAGE_LAB_REQUIRE_DOCKER") != null) {
      throw new IllegalStateException(
          "STORAGE_LAB_REQUIRE_DOCKER is set (CI), so docker-compose must be installed to compare with");
    }
    return installed;
  }
}
