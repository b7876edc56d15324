package dev.storagelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The packaged shell run as learners run it, each command its own process, for the room's ITs. */
final class PackagedShell {

  static final Path JAR = Path.of(System.getProperty("storagelab.jar"));

  private PackagedShell() {}

  /**
   * What a command did.
   *
   * @param code its exit code
   * @param out its standard output, trimmed
   * @param err its standard error, trimmed
   */
  record Run(int code, String out, String err) {}

  /** The shell with these words, as this account runs it. */
  static List<String> command(String... words) {
    return with(List.of(javaBin(), "-jar", JAR.toString()), words);
  }

  /** A command line with more words. */
  static List<String> with(List<String> prefix, String... words) {
    List<String> command = new ArrayList<>(prefix);
    command.addAll(List.of(words));
    return command;
  }

  /**
   * The shell as another OS user runs it, from a copy of the jar they may read, with their home.
   *
   * @param env more variables for them, {@code NAME=VALUE}
   */
  static List<String> asUser(String user, Path home, Path work, String... env) throws IOException {
    Path dir = Files.createDirectories(work.resolve("jar-" + user));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path jar = Files.copy(JAR, dir.resolve("storage-lab.jar"));
    Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
    List<String> command = new ArrayList<>(List.of("runuser", "-u", user, "--", "env"));
    command.add("HOME=" + home);
    command.addAll(List.of(env));
    command.addAll(List.of(javaBin(), "-jar", jar.toString()));
    return command;
  }

  /** A home folder that belongs to the user. */
  static Path homeOf(String user, Path parent) throws IOException {
    Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path home = Files.createDirectories(parent.resolve(user));
    Files.setOwner(
        home, home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user));
    return home;
  }

  /** Runs a command to its end (three minutes at most) with the variables given. */
  static Run run(Map<String, String> env, List<String> command) {
    try {
      Process process = start(env, command, false);
      process.getOutputStream().close();
      var err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
      String out = read(process.getInputStream());
      assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finished in 180 s").isTrue();
      return new Run(process.exitValue(), out.trim(), err.join().trim());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Starts a command in the environment of this process without the engine and learner it names,
   * plus {@code env}.
   *
   * @param discard whether its output goes nowhere (else the caller reads it)
   */
  static Process start(Map<String, String> env, List<String> command, boolean discard)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = new HashMap<>(builder.environment());
    environment.remove("DOCKER_HOST");
    environment.remove("STORAGE_LAB_LEARNER");
    environment.putAll(env);
    builder.environment().clear();
    builder.environment().putAll(environment);
    if (discard) {
      builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }
    return builder.start();
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String read(InputStream stream) {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
