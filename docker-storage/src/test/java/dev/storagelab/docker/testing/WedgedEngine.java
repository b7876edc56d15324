package dev.storagelab.docker.testing;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A wedged Docker daemon on a Unix socket: it accepts every connection and answers {@code /_ping}
 * like an engine when told to, then never answers anything else. Reads on a Unix socket are where a
 * client's own timeouts do not hold.
 */
public final class WedgedEngine implements AutoCloseable {

  private static final String PING =
      "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nOK";

  private final Path socket;
  private final ServerSocketChannel server;
  private final boolean answersPing;
  private final List<SocketChannel> held = new ArrayList<>();

  private WedgedEngine(Path socket, boolean answersPing) throws IOException {
    this.socket = socket;
    this.answersPing = answersPing;
    Files.deleteIfExists(socket);
    server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(socket));
    Thread thread = new Thread(this::serve, "wedged-engine");
    thread.setDaemon(true);
    thread.start();
  }

  /** A daemon that never answers at all. */
  public static WedgedEngine silent(Path socket) throws IOException {
    return new WedgedEngine(socket, false);
  }

  /** A daemon that passes the connection check, then wedges. */
  public static WedgedEngine afterPing(Path socket) throws IOException {
    return new WedgedEngine(socket, true);
  }

  /** The address, as DOCKER_HOST takes it. */
  public String host() {
    return "unix://" + socket;
  }

  private void serve() {
    while (server.isOpen()) {
      try {
        SocketChannel client = server.accept();
        synchronized (held) {
          held.add(client);
        }
        Thread reader = new Thread(() -> answer(client), "wedged-engine-connection");
        reader.setDaemon(true);
        reader.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void answer(SocketChannel client) {
    ByteBuffer buffer = ByteBuffer.allocate(8192);
    StringBuilder request = new StringBuilder();
    try {
      while (client.read(buffer) > 0) {
        buffer.flip();
        request.append(StandardCharsets.US_ASCII.decode(buffer));
        buffer.clear();
        if (request.indexOf("\r\n\r\n") >= 0) {
          if (answersPing && request.toString().contains("/_ping")) {
            client.write(ByteBuffer.wrap(PING.getBytes(StandardCharsets.US_ASCII)));
          }
          request.setLength(0);
        }
      }
    } catch (IOException e) {
      // The client gave up: that is what it should do.
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    synchronized (held) {
      for (SocketChannel client : held) {
        client.close();
      }
    }
    Files.deleteIfExists(socket);
  }
}
