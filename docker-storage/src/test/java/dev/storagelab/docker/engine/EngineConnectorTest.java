package dev.storagelab.docker.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storagelab.docker.testing.WedgedEngine;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** How each way of failing to reach an engine is told apart, without needing an engine. */
class EngineConnectorTest {

  private static final Duration LIMIT = Duration.ofSeconds(10);

  @TempDir Path dir;

  @Test
  void aMissingSocketFileMeansTheDaemonIsNotRunning() {
    EngineUnavailableException failure = failureFor("unix://" + dir.resolve("docker.sock"));

    assertThat(failure.problem()).isEqualTo(EngineProblem.SOCKET_MISSING);
    assertThat(failure.getMessage()).contains("does not exist").contains("systemctl start docker");
    assertThat(failure.getMessage().lines()).hasSize(2);
  }

  @Test
  void aPortWhereNothingListensIsReportedAsSuch() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }

    EngineUnavailableException failure = failureFor("tcp://127.0.0.1:" + port);

    assertThat(failure.problem()).isEqualTo(EngineProblem.NOTHING_LISTENING);
    assertThat(failure.getMessage()).contains("Nothing answers at tcp://127.0.0.1:" + port);
  }

  @Test
  void anHttpServerThatIsNotDockerIsRecognised() throws IOException {
    try (FakeServer server =
        FakeServer.answering("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")) {
      EngineUnavailableException failure = failureFor(server.address());

      assertThat(failure.problem()).isEqualTo(EngineProblem.NOT_DOCKER);
    }
  }

  @Test
  void somethingThatDoesNotSpeakHttpIsNotDocker() throws IOException {
    try (FakeServer server = FakeServer.answering("SSH-2.0-OpenSSH_9.2\r\n")) {
      assertThat(failureFor(server.address()).problem()).isEqualTo(EngineProblem.NOT_DOCKER);
    }
  }

  @Test
  void anEngineWithAnOldApiIsRefusedWithItsVersion() throws IOException {
    String ping = "HTTP/1.1 200 OK\r\nApi-Version: 1.24\r\nContent-Length: 2\r\n\r\nOK";
    try (FakeServer server = FakeServer.answering(ping)) {
      EngineUnavailableException failure = failureFor(server.address());

      assertThat(failure.problem()).isEqualTo(EngineProblem.API_TOO_OLD);
      assertThat(failure.getMessage()).contains("API 1.24").contains("1.40 or newer");
    }
  }

  @Test
  void anEndpointThatNeverAnswersTimesOutWellWithinTenSeconds() throws IOException {
    try (FakeServer server = FakeServer.silent()) {
      assertThat(failureFor(server.address()).problem()).isEqualTo(EngineProblem.TIMED_OUT);
    }
  }

  @Test
  @Timeout(60)
  void aWedgedDaemonOnAUnixSocketTimesOutWellWithinTenSeconds() throws IOException {
    try (WedgedEngine engine = WedgedEngine.silent(dir.resolve("wedged.sock"))) {
      assertThat(failureFor(engine.host()).problem()).isEqualTo(EngineProblem.TIMED_OUT);
    }
  }

  @Test
  @Timeout(60)
  void everyCallToADaemonThatWedgesAfterConnectingIsBounded() throws IOException {
    try (WedgedEngine wedged = WedgedEngine.afterPing(dir.resolve("wedged.sock"))) {
      EngineEndpoint endpoint =
          new EngineEndpoint(wedged.host(), false, Optional.empty(), "default", "test");
      try (Engine engine = EngineConnector.connect(endpoint)) {
        long start = System.nanoTime();

        EngineUnavailableException failure =
            catchThrowableOfType(EngineUnavailableException.class, engine::status);

        assertThat(failure).isNotNull();
        assertThat(failure.problem()).isEqualTo(EngineProblem.TIMED_OUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
            .isLessThanOrEqualTo(RawApi.LIMIT.plusSeconds(5));
      }
    }
  }

  private static EngineUnavailableException failureFor(String host) {
    EngineEndpoint endpoint = new EngineEndpoint(host, false, Optional.empty(), "default", "test");
    long start = System.nanoTime();
    EngineUnavailableException failure =
        catchThrowableOfType(
            EngineUnavailableException.class, () -> EngineConnector.connect(endpoint).close());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LIMIT);
    assertThat(failure).as("connecting to " + host).isNotNull();
    return failure;
  }

  /** A loopback server that answers every connection with fixed bytes, or never answers. */
  private static final class FakeServer implements AutoCloseable {
    private final ServerSocket socket;

    private FakeServer(String answer) throws IOException {
      socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
      Thread thread = new Thread(() -> serve(answer), "fake-engine");
      thread.setDaemon(true);
      thread.start();
    }

    static FakeServer answering(String answer) throws IOException {
      return new FakeServer(answer);
    }

    static FakeServer silent() throws IOException {
      return new FakeServer(null);
    }

    String address() {
      return "tcp://127.0.0.1:" + socket.getLocalPort();
    }

    private void serve(String answer) {
      while (!socket.isClosed()) {
        try {
          Socket client = socket.accept();
          if (answer != null) {
            client.getInputStream().read(new byte[4096]);
            OutputStream out = client.getOutputStream();
            out.write(answer.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            client.close();
          }
        } catch (IOException e) {
          return;
        }
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
