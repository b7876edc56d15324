package dev.storagelab.docker.engine;

/**
 * What a command run in a container said.
 *
 * @param exitCode its exit code
 * @param stdout its standard output
 * @param stderr its standard error
 */
public record ExecResult(int exitCode, String stdout, String stderr) {

  /** Whether it succeeded. */
  public boolean ok() {
    return exitCode == 0;
  }
}
