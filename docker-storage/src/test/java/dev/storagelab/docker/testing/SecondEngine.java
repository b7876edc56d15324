package dev.storagelab.docker.testing;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.engine.EngineEndpoint;
import dev.storagelab.docker.engine.EngineUnavailableException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A second Docker engine beside the default one, as a learner's other setups are: the {@code vfs}
 * storage driver, reached over TCP on 127.0.0.1 (and a socket of its own), with its own data root,
 * exec root, pid file and bridge. Never {@code --bridge none}: dockerd would then delete the
 * default engine's {@code docker0}. Needs root and dockerd; without them the test is skipped with
 * the reason, or fails where {@code STORAGE_LAB_REQUIRE_DOCKER} is set (CI).
 */
public final class SecondEngine implements AutoCloseable {

  private final String bridge;
  private final Path dir;
  private final int port;
  private Process daemon;

  private SecondEngine(String bridge, Path dir, int port) {
    this.bridge = bridge;
    this.dir = dir;
    this.port = port;
  }

  /**
   * Starts an engine on its own bridge.
   *
   * @param bridge the bridge's name (at most 15 characters), made if missing
   */
  public static SecondEngine start(String bridge) throws IOException, InterruptedException {
    assumeCanStart();
    Path dir = Files.createTempDirectory(Path.of("/tmp"), "sl-engine-");
    SecondEngine engine = new SecondEngine(bridge, dir, freePort());
    engine.makeBridge();
    engine.startDaemon();
    return engine;
  }

  /** The address over TCP, as {@code DOCKER_HOST} takes it. */
  public String tcpHost() {
    return "tcp://127.0.0.1:" + port;
  }

  /** The engine over TCP. */
  public Engine connect() {
    return EngineConnector.connect(
        new EngineEndpoint(tcpHost(), false, Optional.empty(), "default", "the test's engine"));
  }

  /** The engine's data root. */
  public Path dataRoot() {
    return dir.resolve("data");
  }

  /** Stops the daemon as a crash or {@code systemctl stop} would: the lesson loses its engine. */
  public void stop() throws InterruptedException {
    daemon.destroy();
    if (!daemon.waitFor(20, TimeUnit.SECONDS)) {
      daemon.destroyForcibly().waitFor();
    }
  }

  /** Starts the daemon again on the same data root, as after a restart. */
  public void restart() throws IOException, InterruptedException {
    startDaemon();
  }

  /** Takes the engine's bridge away: containers on the default network can no longer start. */
  public void breakNetworking() throws IOException, InterruptedException {
    run("ip", "link", "del", bridge);
  }

  @Override
  public void close() throws IOException {
    try {
      stop();
      run("ip", "link", "del", bridge);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      daemon.destroyForcibly();
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private void makeBridge() throws IOException, InterruptedException {
    run("ip", "link", "del", bridge);
    run("ip", "link", "add", bridge, "type", "bridge");
    run("ip", "link", "set", bridge, "up");
  }

  private void startDaemon() throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "dockerd",
                "--bridge",
                bridge,
                "--iptables=false",
                "--ip-masq=false",
                "--storage-driver",
                "vfs",
                "-H",
                "unix://" + dir.resolve("docker.sock"),
                "-H",
                tcpHost(),
                "--data-root",
                dataRoot().toString(),
                "--exec-root",
                dir.resolve("exec").toString(),
                "--pidfile",
                dir.resolve("docker.pid").toString()));
    daemon =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("dockerd.log").toFile())
            .start();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      try {
        connect().close();
        return;
      } catch (EngineUnavailableException notYet) {
        if (!daemon.isAlive()) {
          throw new IllegalStateException(
              "the test engine exited: " + Files.readString(dir.resolve("dockerd.log")));
        }
        Thread.sleep(250);
      }
    }
    throw new IllegalStateException("the test engine did not answer within 60 s");
  }

  private static void assumeCanStart() throws IOException, InterruptedException {
    String reason = null;
    if (!"root".equals(System.getProperty("user.name"))) {
      reason = "a second engine needs root (dockerd and a bridge of its own)";
    } else if (run("dockerd", "--version") != 0 || run("ip", "-V") != 0) {
      reason = "dockerd or ip is not installed (apt-get install docker.io iproute2)";
    }
    if (reason != null && System.getenv("STORAGE_LAB_REQUIRE_DOCKER") != null) {
      throw new IllegalStateException("STORAGE_LAB_REQUIRE_DOCKER is set, but " + reason);
    }
    Assumptions.assumeTrue(reason == null, reason);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static int run(String... command) throws IOException, InterruptedException {
    try {
      return new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor();
    } catch (IOException missing) {
      return 127;
    }
  }
}
