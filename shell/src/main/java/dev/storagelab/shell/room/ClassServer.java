package dev.storagelab.shell.room;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.storagelab.docker.input.InputException;
import dev.storagelab.room.Room;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.function.Supplier;

/**
 * The room's page served on this machine's loopback address only (the learners' names and where
 * they are stuck are the room's business): {@code /} the page, {@code /room.json} the same room as
 * {@code class status --json}. Each request reads the room afresh.
 */
final class ClassServer implements AutoCloseable {

  /** How often the page reloads itself. */
  static final int REFRESH_SECONDS = 5;

  private final HttpServer server;

  private ClassServer(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts serving.
   *
   * @param port the port, or 0 for one the system chooses
   * @param room reads the room
   * @throws InputException when the port is taken
   */
  static ClassServer start(int port, Supplier<Room> room) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (BindException e) {
      throw new InputException(
          "Port "
              + port
              + " on 127.0.0.1 is in use: give another with --port, or leave --port out to have"
              + " one chosen",
          Integer.toString(port));
    } catch (IOException e) {
      throw new InputException(
          "Cannot serve on 127.0.0.1:" + port + " (" + e.getMessage() + ")",
          Integer.toString(port));
    }
    server.createContext(
        "/",
        exchange -> {
          if (!exchange.getRequestURI().getPath().equals("/")) {
            send(exchange, 404, "text/plain", "not found");
            return;
          }
          send(
              exchange,
              200,
              "text/html; charset=utf-8",
              ClassPage.render(room.get(), OffsetDateTime.now(), REFRESH_SECONDS));
        });
    server.createContext(
        "/room.json",
        exchange ->
            send(
                exchange,
                200,
                "application/json",
                RoomJson.status(room.get(), OffsetDateTime.now())));
    server.start();
    return new ClassServer(server);
  }

  /** The port served on. */
  int port() {
    return server.getAddress().getPort();
  }

  /** The page's address. */
  String url() {
    return "http://127.0.0.1:" + port() + "/";
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
