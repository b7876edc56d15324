package dev.storagelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RecordVolumes;
import dev.storagelab.docker.testing.RequiresEngine;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several hundred bad inputs, as a hostile but fair user types them: each gets exit 2 (an input
 * error) or 1 (an operation that failed), at most two lines on stderr, nothing on stdout, no Java
 * class name, an answer within ten seconds, and nothing written. Some reach the engine (a container
 * that does not exist, a bind source checked where the engine runs), so the corpus runs with the
 * engine tests.
 */
@RequiresEngine
class BadInputCorpusTest {

  private static final Pattern CLASS_NAME =
      Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*|Exception");

  @AutoClose final CommandTable table = new CommandTable("");
  final OneShotRunner shell = new OneShotRunner(table);

  @TempDir Path work;

  /** A port something already listens on: {@code {busyport}} in a case. */
  static ServerSocket busy;

  /** The record volume of {@link BadInputs#NEWER_LEARNER}. */
  static String newer;

  @BeforeAll
  static void holdAPortAndLeaveARecordFromANewerVersion() throws IOException {
    busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    newer =
        RecordVolumes.create(
            BadInputs.NEWER_LEARNER,
            "{\"version\":2,\"learner\":\"" + BadInputs.NEWER_LEARNER + "\"}");
  }

  @AfterAll
  static void releaseThem() throws IOException {
    busy.close();
    DockerCli.run("volume", "rm", newer);
  }

  @TestFactory
  Stream<DynamicTest> everyBadInputIsAnsweredClearlyAndWritesNothing() {
    return BadInputs.all().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
  }

  @Test
  void theCorpusHasAtLeastThreeHundredCases() {
    assertThat(BadInputs.all()).hasSizeGreaterThanOrEqualTo(300);
  }

  private void check(BadInputs.Case c) throws IOException {
    Path tmp = Files.createTempDirectory(work, "case");
    List<String> words = new ArrayList<>();
    for (String word : c.words()) {
      words.add(
          word.replace("{tmp}", tmp.toString())
              .replace("{busyport}", Integer.toString(busy.getLocalPort())));
    }
    for (Map.Entry<String, String> file : c.files().entrySet()) {
      Path target = tmp.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue());
    }
    List<String> before = listing(tmp);
    List<String> workingDirBefore = workingDirListing();
    Instant start = Instant.now();

    ShellRun run = ShellRun.of(shell, words.toArray(String[]::new));

    Duration took = Duration.between(start, Instant.now());
    assertThat(run.code()).as(c + " exit code; stderr: " + run.err()).isEqualTo(c.exit());
    assertThat(run.out()).as("stdout").isEmpty();
    assertThat(run.err()).as("stderr").isNotBlank();
    assertThat(run.err().lines().count()).as("stderr lines: " + run.err()).isLessThanOrEqualTo(2);
    assertThat(CLASS_NAME.matcher(run.err()).find()).as("a Java name in: " + run.err()).isFalse();
    assertThat(took).isLessThan(Duration.ofSeconds(10));
    assertThat(listing(tmp)).as("files after the run").isEqualTo(before);
    assertThat(workingDirListing())
        .as("the working folder, where a relative path would land, after the run")
        .isEqualTo(workingDirBefore);
  }

  /**
   * The working folder two levels down, where a relative {@code --out} or file would be written;
   * the build's own {@code target} is left out, as the test run writes there.
   */
  private static List<String> workingDirListing() throws IOException {
    Path cwd = Path.of("").toAbsolutePath();
    try (Stream<Path> paths = Files.walk(cwd, 2)) {
      return paths
          .map(cwd::relativize)
          .filter(p -> !p.startsWith("target"))
          .map(Path::toString)
          .sorted()
          .toList();
    }
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths
          .map(p -> dir.relativize(p) + (Files.isDirectory(p) ? "/" : ""))
          .sorted()
          .toList();
    }
  }
}
