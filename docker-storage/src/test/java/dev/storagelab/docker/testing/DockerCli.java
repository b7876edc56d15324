package dev.storagelab.docker.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The docker CLI, run as a learner would run it: an independent witness of what the engine holds,
 * and the way tests set up objects storage-lab must not touch.
 */
public final class DockerCli {

  private DockerCli() {}

  /**
   * The result of one docker command.
   *
   * @param exitCode its exit code
   * @param out what it printed on stdout, trimmed
   * @param err what it printed on stderr, trimmed
   */
  public record Result(int exitCode, String out, String err) {

    /** Whether the command succeeded. */
    public boolean ok() {
      return exitCode == 0;
    }
  }

  /** Runs {@code docker ARGS...} and returns what it said. */
  public static Result run(String... args) {
    return runIn(null, args);
  }

  /**
   * Runs {@code docker ARGS...} in a folder (where {@code ./relative} paths resolve) and returns
   * what it said.
   */
  public static Result runIn(java.nio.file.Path folder, String... args) {
    List<String> command = new ArrayList<>();
    command.add("docker");
    command.addAll(List.of(args));
    return exec(folder, command);
  }

  /**
   * Runs a command line through a POSIX shell in a folder, as a learner types it, e.g. {@code
   * docker create -v "a b:/c" img}.
   */
  public static Result shell(java.nio.file.Path folder, String line) {
    return exec(folder, List.of("sh", "-c", line));
  }

  private static Result exec(java.nio.file.Path folder, List<String> command) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command);
      if (folder != null) {
        builder.directory(folder.toFile());
      }
      Process process = builder.start();
      process.getOutputStream().close();
      var err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
      var out = process.getInputStream().readAllBytes();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " took over 120 s");
      }
      return new Result(
          process.exitValue(),
          new String(out, StandardCharsets.UTF_8).trim(),
          new String(err.join(), StandardCharsets.UTF_8).trim());
    } catch (IOException e) {
      throw new IllegalStateException("cannot run the docker CLI", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a docker command that must succeed and returns its stdout. */
  public static String ok(String... args) {
    Result result = run(args);
    if (!result.ok()) {
      throw new IllegalStateException(
          "docker " + String.join(" ", args) + " failed: " + result.err());
    }
    return result.out();
  }
}
