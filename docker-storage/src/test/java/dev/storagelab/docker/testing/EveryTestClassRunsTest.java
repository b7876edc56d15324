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

  /**
   * Names both runners take: Surefire runs what needs no engine (it excludes the tag {@code
   * engine}), Failsafe what does (it includes {@code *Test}, {@code *Tests} and {@code *IT}, of the
   * tags {@code engine} and {@code packaged}).
   */
  private static final Pattern BOTH_RUNNERS = Pattern.compile(".*Tests?");

  /** An {@code *IT} class runs in Failsafe only, so only with one of its tags. */
  private static final Pattern FAILSAFE_ONLY = Pattern.compile(".*IT");

  private static final Pattern FAILSAFE_TAG =
      Pattern.compile("@Tag\\(\"packaged\"\\)|@RequiresEngine\\b");

  @Test
  void everyClassThatHoldsATestHasANameItsModulesRunnerPicksUp() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<Path> modules = modules(root);
    List<String> neverRun = new ArrayList<>();
    int classes = 0;

    for (Path module : modules) {
      for (Path file : testSources(module)) {
        String source = Files.readString(file);
        if (!HOLDS_A_TEST.matcher(source).find()) {
          continue;
        }
        classes++;
        String name = file.getFileName().toString().replaceFirst("\\.java$", "");
        boolean runs =
            BOTH_RUNNERS.matcher(name).matches()
                || FAILSAFE_ONLY.matcher(name).matches() && FAILSAFE_TAG.matcher(source).find();
        if (!runs) {
          neverRun.add(root.relativize(file).toString());
        }
      }
    }

    assertThat(modules).as("modules found beside this one").hasSizeGreaterThanOrEqualTo(3);
    assertThat(classes).as("test classes found").isGreaterThan(50);
    assertThat(neverRun)
        .as("test classes no runner picks up: name them ...Test, or ...IT with @Tag(\"packaged\")")
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
