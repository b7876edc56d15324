package dev.storagelab.docker.process;

import java.time.Duration;
import java.util.List;

/**
 * A container's healthcheck, with Docker's defaults filled in.
 *
 * @param test the command: {@code CMD} and its words, or {@code CMD-SHELL} and a line
 * @param interval between checks (Docker's default 30 s)
 * @param timeout for one check (30 s)
 * @param retries failures in a row that make the container unhealthy (3)
 * @param startPeriod failures not counted after the start (0)
 */
public record Healthcheck(
    List<String> test, Duration interval, Duration timeout, int retries, Duration startPeriod) {

  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  public static final int DEFAULT_RETRIES = 3;

  public Healthcheck {
    test = List.copyOf(test);
  }

  /** The command a probe runs: the words of {@code CMD}, or {@code sh -c LINE}. */
  public List<String> command() {
    if (test.isEmpty()) {
      return List.of();
    }
    if (test.get(0).equals("CMD-SHELL")) {
      return List.of("/bin/sh", "-c", String.join(" ", test.subList(1, test.size())));
    }
    return test.get(0).equals("CMD") ? test.subList(1, test.size()) : test;
  }
}
