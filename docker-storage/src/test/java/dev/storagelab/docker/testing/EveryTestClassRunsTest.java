package dev.storagelab.docker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every class that holds a test, in every module, has a name its module's test runner picks up: a
 * class Surefire does not match never runs and never fails, while its tests are counted as coverage
 * (as the jqwik properties once were). Runs in the first module, so the build stops early.
 */
class EveryTestClassRunsTest {

  /** What marks a method as a test for JUnit Jupiter or jqwik. */
  private static final Pattern HOLDS_A_TEST =
      Pattern.compile(
          "@(Test|Property|Example|TestFactory|ParameterizedTest|RepeatedTest|TestTemplate)\\b");

  /** Surefire's default includes. */
  private static final Pattern SUREFIRE = Pattern.compile("Test.*|.*Test|.*Tests|.*TestCase");

  /** Failsafe's default includes, for a module whose build runs Failsafe. */
  private static final Pattern FAILSAFE = Pattern.compile("IT.*|.*IT|.*ITCase");

  @Test
  void everyClassThatHoldsATestHasANameItsModulesRunnerPicksUp() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<Path> modules = modules(root);
    List<String> neverRun = new ArrayList<>();
    int classes = 0;

    for (Path module : modules) {
      boolean failsafe =
          Files.readString(module.resolve("pom.xml")).contains("maven-failsafe-plugin");
      for (Path file : testSources(module)) {
        if (!HOLDS_A_TEST.matcher(Files.readString(file)).find()) {
          continue;
        }
        classes++;
        String name = file.getFileName().toString().replaceFirst("\\.java$", "");
        boolean runs =
            SUREFIRE.matcher(name).matches() || failsafe && FAILSAFE.matcher(name).matches();
        if (!runs) {
          neverRun.add(root.relativize(file).toString());
        }
      }
    }

    assertThat(modules).as("modules found beside this one").hasSizeGreaterThanOrEqualTo(3);
    assertThat(classes).as("test classes found").isGreaterThan(50);
    assertThat(neverRun)
        .as("test classes no runner picks up: name them ...Test (or ...IT where Failsafe runs)")
        .isEmpty();
  }

  private static List<Path> modules(Path root) throws IOException {
    try (Stream<Path> children = Files.list(root)) {
      return children
          .filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
          .filter(dir -> Files.isDirectory(dir.resolve("src/test/java")))
          .sorted()
          .toList();
    }
  }

  private static List<Path> testSources(Path module) {
    try (Stream<Path> files = Files.walk(module.resolve("src/test/java"))) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
