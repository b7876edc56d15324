package dev.storagelab.docker.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with an engine address, read part by part before any client sees it: the client
 * libraries fail on a bad one with errors that say nothing to a user (an out-of-range port is an
 * {@code IllegalArgumentException} deep in the HTTP client; {@code npipe://} off Windows, a missing
 * native library).
 */
final class EngineAddress {

  private static final Pattern SCHEME =
      Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*)://(.*)", Pattern.DOTALL);
  private static final Pattern TCP =
      Pattern.compile("([a-zA-Z0-9.-]+|\\[[0-9a-fA-F:.]+\\])(?::([^/]*))?/?", Pattern.DOTALL);

  private EngineAddress() {}

  /** Why the address cannot be used, or empty when it can. */
  static Optional<String> problem(String host) {
    Matcher scheme = SCHEME.matcher(host);
    if (!scheme.matches()) {
      return Optional.of("it has no scheme (unix:// or tcp://)");
    }
    String rest = scheme.group(2);
    return switch (scheme.group(1)) {
      case "unix" -> unix(rest);
      case "tcp" -> tcp(rest);
      default -> Optional.of("the scheme " + scheme.group(1) + ":// is not supported");
    };
  }

  private static Optional<String> unix(String path) {
    if (!path.startsWith("/")) {
      return Optional.of("the socket path must be absolute (unix:///path/to/docker.sock)");
    }
    if (path.chars().anyMatch(c -> c < 0x20)) {
      return Optional.of("the socket path holds a control character");
    }
    return Optional.empty();
  }

  private static Optional<String> tcp(String rest) {
    Matcher address = TCP.matcher(rest);
    if (!address.matches()) {
      return Optional.of("it names no host (tcp://HOST:PORT)");
    }
    String port = address.group(2);
    if (port == null || port.isEmpty()) {
      return Optional.of("it names no port (tcp://HOST:PORT, such as tcp://127.0.0.1:2375)");
    }
    if (!port.matches("\\d{1,9}")) {
      return Optional.of("the port '" + port + "' is not a number");
    }
    int number = Integer.parseInt(port);
    if (number < 1 || number > 65535) {
      return Optional.of("the port " + number + " is out of range (1 to 65535)");
    }
    return Optional.empty();
  }
}
