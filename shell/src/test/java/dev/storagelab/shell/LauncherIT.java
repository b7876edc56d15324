package dev.storagelab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import dev.storagelab.docker.testing.WedgedEngine;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The packaged shell, run as a user runs it: one command per process, judged by exit code. */
@Tag("packaged")
class LauncherIT {

  private static final Path JAR = Path.of(System.getProperty("storagelab.jar"));

  /** The learner CI makes: in the docker group, not root. */
  private static final String LEARNER = "slab-learner";

  @Test
  @RequiresEngine
  void engineStatusJsonMatchesDockerInfo() {
    Run run = storageLab(Map.of(), "engine", "status", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    assertThat(json.path("storageDriver").path("name").asString())
        .isEqualTo(DockerCli.ok("info", "--format", "{{.Driver}}"));
    assertThat(json.path("apiVersion").asString())
        .isEqualTo(DockerCli.ok("version", "--format", "{{.Server.APIVersion}}"));
    assertThat(json.path("dataRoot").asString())
        .isEqualTo(DockerCli.ok("info", "--format", "{{.DockerRootDir}}"));
  }

  @Test
  @RequiresEngine
  void engineStatusPrintsATable() {
    Run run = storageLab(Map.of(), "engine", "status");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Storage driver")
        .contains(DockerCli.ok("info", "--format", "{{.Driver}}"))
        .contains("Volume plugins");
  }

  /**
   * The start-up work the speed goal took out (docs/benchmarks.md) stays out: a one-shot command
   * starts no Spring container, builds no Hibernate Validator and sets up no logback. Read from the
   * classes the JVM loads for a command that leaves a flag out.
   */
  @Test
  void aOneShotCommandStartsNoSpringContainerNorValidatorNorLogback() throws IOException {
    Path classes = Files.createTempFile("storage-lab-classes", ".log");
    Run run =
        run(
            Map.of(),
            List.of(
                javaBin(),
                "-Xlog:class+load=info:file=" + classes,
                "-jar",
                JAR.toString(),
                "mounts",
                "parse",
                "-v data:/app"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("data");
    String loaded = Files.readString(classes);
    Files.delete(classes);
    assertThat(loaded).contains("dev.storagelab.shell.CommandTable ");
    assertThat(loaded)
        .doesNotContain("org.springframework.boot.SpringApplication ")
        .doesNotContain("org.springframework.context.support.AbstractApplicationContext ")
        .doesNotContain("org.hibernate.validator.")
        .doesNotContain("ch.qos.logback.");
  }

  @Test
  void aMissingSocketIsExplainedInTwoLinesWithinTenSeconds() {
    Run run = storageLab(Map.of("DOCKER_HOST", "unix:///nonexistent.sock"), "engine", "status");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.elapsed()).isLessThan(Duration.ofSeconds(10));
    assertThat(run.err()).contains("/nonexistent.sock").contains("daemon is not running");
    assertPlainMessage(run);
  }

  @Test
  void aPortWhereNothingListensIsExplained() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }

    Run run = storageLab(Map.of("DOCKER_HOST", "tcp://127.0.0.1:" + port), "engine", "status");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.elapsed()).isLessThan(Duration.ofSeconds(10));
    assertThat(run.err()).contains("Nothing answers at tcp://127.0.0.1:" + port);
    assertPlainMessage(run);
  }

  @Test
  @RequiresEngine
  void anUnprivilegedUserIsToldAboutPermissions() throws IOException {
    assumeTrue(
        "root".equals(System.getProperty("user.name"))
            && Files.isExecutable(Path.of("/usr/sbin/runuser")),
        "needs root and runuser to run the shell as the unprivileged user 'nobody'");

    Path jar = readableByEveryone(JAR);
    Run run =
        run(
            Map.of(),
            List.of(
                "/usr/sbin/runuser",
                "-u",
                "nobody",
                "--",
                javaBin(),
                "-jar",
                jar.toString(),
                "engine",
                "status"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.elapsed()).isLessThan(Duration.ofSeconds(10));
    assertThat(run.err())
        .contains("Permission denied on unix:///var/run/docker.sock")
        .contains("docker group");
    assertPlainMessage(run);
  }

  @Test
  void aWholeMountLineInOneArgumentReachesTheCommandWhole() {
    Run run =
        storageLab(
            Map.of(), "mounts", "parse", "-v a1:/b --mount type=bind,src=/tmp,dst=/y", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode mounts = JsonMapper.builder().build().readTree(run.out()).path("mounts");
    assertThat(mounts.size()).isEqualTo(2);
    assertThat(mounts.path(1).path("source").asString()).isEqualTo("/tmp");
  }

  @Test
  void k8sGenerateWritesManifestsForTheIssuesRunLine(@org.junit.jupiter.api.io.TempDir Path out) {
    Run run =
        storageLab(
            Map.of(),
            "k8s",
            "generate",
            "--run",
            "docker run -v data-volume:/app -v /srv/site:/site:ro --tmpfs /cache:size=64m busybox",
            "--out",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(out.resolve("10-persistentvolume-default-data-volume-pv.yaml")).exists();
    assertThat(out.resolve("20-persistentvolumeclaim-data-volume.yaml")).exists();
    assertThat(out.resolve("30-pod-busybox.yaml"))
        .content()
        .contains("hostPath")
        .contains("medium: Memory");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Run run = storageLab(Map.of(), "engine", "status", "--jsn");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option --jsn").contains("engine status [--json]");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    Run run = storageLab(Map.of(), "frobnicate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown command 'frobnicate'");
  }

  @Test
  void anEngineAddressThatCannotBeUsedIsAUsageErrorInOneLineNamingTheVariable() {
    for (String host :
        List.of(
            "garbage",
            "npipe:////./pipe/docker_engine",
            "ssh://me@host",
            "tcp://",
            "unix://",
            "tcp://127.0.0.1:99999",
            "tcp://127.0.0.1:0",
            "tcp://127.0.0.1:-1",
            "tcp://127.0.0.1:http",
            "tcp://127.0.0.1",
            "tcp://:2375",
            "unix://relative.sock")) {
      Run run = storageLab(Map.of("DOCKER_HOST", host), "engine", "status");

      assertThat(run.exitCode()).as(host + ": " + run.err()).isEqualTo(2);
      assertPlainMessage(run);
      assertThat(run.err().lines()).as(host).hasSize(1);
      assertThat(run.err())
          .contains("Cannot use the engine address")
          .contains("DOCKER_HOST=" + host);
    }
  }

  @Test
  void anOutOfRangePortSaysWhichPartIsWrong() {
    Run run = storageLab(Map.of("DOCKER_HOST", "tcp://127.0.0.1:99999"), "engine", "status");

    assertThat(run.err()).contains("the port 99999 is out of range (1 to 65535)");
  }

  /**
   * The launcher trains its start-up cache on the first command after a build, which takes a few
   * seconds: it says so on stderr, once. Run from a copy of the launcher beside a copy of the jar,
   * so that neither the build's jar nor its cache is touched.
   */
  @Test
  void theFirstCommandAfterABuildSaysOnceThatItTrainsTheStartUpCache() throws IOException {
    Path root = Files.createTempDirectory("storage-lab-root");
    Path launcher = Path.of(System.getProperty("user.dir")).getParent().resolve("storage-lab");
    Files.copy(launcher, root.resolve("storage-lab"));
    Files.createDirectories(root.resolve("shell/target"));
    Files.copy(JAR, root.resolve("shell/target/storage-lab.jar"));
    List<String> command = List.of("bash", root.resolve("storage-lab").toString(), "version");
    Map<String, String> env = Map.of("STORAGE_LAB_JAVA", javaBin());

    Run first = run(env, command);
    Run second = run(env, command);

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err().lines())
        .containsExactly(
            "storage-lab: training the start-up cache for this Java, once (a few seconds)...");
    assertThat(second.exitCode()).isZero();
    assertThat(second.err()).isEmpty();
    assertThat(second.out()).isEqualTo(first.out());
  }

  @Test
  void aMissingContextDoesNotStopAPureParse() {
    Run run =
        storageLab(Map.of("DOCKER_CONTEXT", "no-such-context"), "mounts", "parse", "-v a1:/b");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("a1").contains("/b");
  }

  @Test
  void aTildeInAComposeFileIsTheHomeOfTheEnvironmentAsForTheDockerCli() throws IOException {
    Path home = Files.createTempDirectory("storage-lab-home");
    Path compose =
        Files.writeString(
            home.resolve("compose.yaml"), "services:\n  web:\n    volumes: [\"~/site:/site\"]\n");

    Run run =
        storageLab(
            Map.of("HOME", home.toString(), "DOCKER_HOST", "unix:///nonexistent.sock"),
            "mounts",
            "compose",
            compose.toString(),
            "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(home.resolve("site").toString());
  }

  /**
   * SIGTERM, as a process manager or {@code kill} sends it. Ctrl-C (SIGINT) takes the same path
   * through the JVM's shutdown; it is not sent here because a shell running the build in the
   * background starts its children with SIGINT ignored.
   */
  @Test
  void sigtermEndsItWithinASecondWhileAWedgedEngineHoldsARequest() throws Exception {
    Path socket = Files.createTempDirectory("storage-lab-wedged").resolve("docker.sock");
    try (WedgedEngine wedged = WedgedEngine.afterPing(socket)) {
      ProcessBuilder builder =
          new ProcessBuilder(javaBin(), "-jar", JAR.toString(), "engine", "status");
      builder.environment().put("DOCKER_HOST", wedged.host());
      builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
      Process process = builder.start();
      Thread.sleep(8_000);
      assertThat(process.isAlive()).as("still waiting on the wedged engine").isTrue();

      long start = System.nanoTime();
      process.destroy();

      assertThat(process.waitFor(2, TimeUnit.SECONDS)).as("ended after SIGTERM").isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }
  }

  /**
   * A learner in the {@code docker} group, not root, who may not read the engine's data root: every
   * step passes, and host evidence comes through helper containers, which the lesson says. CI makes
   * the user ({@code .ci/run}); elsewhere the test is skipped without one.
   */
  @Test
  @RequiresEngine
  void aUserInTheDockerGroupWhoCannotReadTheDataRootPassesEveryStep() throws Exception {
    boolean learner = run(Map.of(), List.of("id", LEARNER)).exitCode() == 0;
    if (!learner && System.getenv("STORAGE_LAB_REQUIRE_DOCKER") != null) {
      throw new IllegalStateException("CI makes the user " + LEARNER + " (.ci/run); it is missing");
    }
    assumeTrue(learner, "no user " + LEARNER + " in the docker group (.ci/run makes one)");
    Path home = Files.createTempDirectory("storage-lab-learner");
    var owner = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(LEARNER);
    Files.setOwner(home, owner);
    List<String> asLearner =
        List.of(
            "runuser",
            "-u",
            LEARNER,
            "--",
            "env",
            "HOME=" + home,
            javaBin(),
            "-jar",
            readableByEveryone(JAR).toString());
    try {
      List<String> command = new ArrayList<>(asLearner);
      command.addAll(List.of("lesson", "run", "docker-storage", "--json"));
      Run lesson = run(Map.of(), command);

      assertThat(lesson.exitCode()).as(lesson.err() + lesson.out()).isZero();
      JsonNode json = JsonMapper.builder().build().readTree(lesson.out());
      assertThat(json.path("passed").asBoolean()).isTrue();
      assertThat(json.path("steps").toString()).contains("may not read");
    } finally {
      List<String> reset = new ArrayList<>(asLearner);
      reset.addAll(List.of("lesson", "reset", "docker-storage"));
      run(Map.of(), reset);
    }
  }

  /** A copy of the jar that another user may read, wherever the build folder is. */
  private static Path readableByEveryone(Path jar) throws IOException {
    Path dir = Files.createTempDirectory("storage-lab-launcher");
    dir.toFile().deleteOnExit();
    Files.setPosixFilePermissions(
        dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    Path copy = Files.copy(jar, dir.resolve("storage-lab.jar"));
    Files.setPosixFilePermissions(
        copy, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    copy.toFile().deleteOnExit();
    return copy;
  }

  private static void assertPlainMessage(Run run) {
    assertThat(run.err().lines()).hasSizeBetween(1, 2);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  private static Run storageLab(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(env, command);
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Run run(Map<String, String> env, List<String> command) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command);
      Map<String, String> environment = new HashMap<>(builder.environment());
      environment.remove("DOCKER_HOST");
      environment.putAll(env);
      builder.environment().clear();
      builder.environment().putAll(environment);
      long start = System.nanoTime();
      Process process = builder.start();
      process.getOutputStream().close();
      var err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
      String out = read(process.getInputStream());
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished in 60 s").isTrue();
      return new Run(
          process.exitValue(),
          out.trim(),
          err.join().trim(),
          Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String read(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private record Run(int exitCode, String out, String err, Duration elapsed) {}
}
