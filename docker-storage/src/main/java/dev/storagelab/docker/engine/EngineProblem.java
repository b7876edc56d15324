package dev.storagelab.docker.engine;

/**
 * Every reason the engine cannot be used, each with the one or two lines a user reads: what is
 * wrong and what to do. All such messages live here, so they stay consistent and complete.
 */
public enum EngineProblem {
  /** The socket file does not exist: no daemon is listening there. */
  SOCKET_MISSING(
      "No Docker engine at %s (%s): the socket file does not exist, so the daemon is not running.",
      "Start it: 'sudo systemctl start docker' (or 'sudo dockerd &'); for a rootless engine set"
          + " DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock."),
  /** The socket exists but this user may not open it. */
  PERMISSION_DENIED(
      "Permission denied on %s (%s): this user may not talk to the Docker engine.",
      "Add yourself to the docker group ('sudo usermod -aG docker $USER', then log in again), run"
          + " with sudo, or point DOCKER_HOST at your rootless engine's socket."),
  /** A TCP endpoint refused the connection or did not answer. */
  NOTHING_LISTENING(
      "Nothing answers at %s (%s).",
      "Check DOCKER_HOST and that the engine listens there, or unset DOCKER_HOST to use the local"
          + " socket."),
  /**
   * The address is malformed or of a kind storage-lab cannot reach: a usage error, said in one line
   * that names where the address came from.
   */
  BAD_HOST(
      "Cannot use the engine address %s: %s. storage-lab reaches unix:///path/to/docker.sock or"
          + " tcp://HOST:PORT (not ssh:// or npipe://): mend it, or unset it for the local socket.",
      ""),
  /** Something answered, but it is not a Docker engine. */
  NOT_DOCKER(
      "Something answers at %s (%s), but it is not a Docker engine.",
      "Point DOCKER_HOST (or your docker context) at the Docker engine's socket or port."),
  /** A Docker engine answered with an API older than the toolkit needs. */
  API_TOO_OLD(
      "The Docker engine at %s (%s) speaks API %s; storage-lab needs "
          + EngineProblem.MINIMUM_API
          + " or newer.",
      "Upgrade Docker Engine to 19.03 or newer."),
  /** The engine did not answer in time. */
  TIMED_OUT(
      "The Docker engine at %s (%s) did not answer within %s.",
      "Check that the daemon is healthy ('sudo systemctl status docker') and not overloaded."),
  /** The engine answered before, then the connection failed mid-operation. */
  WENT_AWAY(
      "The Docker engine at %s (%s) stopped answering (%s).",
      "Check that it runs ('sudo systemctl status docker' or 'docker info'), then run the command"
          + " again: storage-lab picks up where it stopped."),
  /** The chosen docker context does not exist. */
  UNKNOWN_CONTEXT(
      "The docker context \"%s\" does not exist.",
      "List contexts with 'docker context ls' and pick one with 'docker context use NAME', or"
          + " unset DOCKER_CONTEXT.");

  /** The oldest Engine API the toolkit works with (Docker Engine 19.03). */
  public static final String MINIMUM_API = "1.40";

  private final String what;
  private final String todo;

  EngineProblem(String what, String todo) {
    this.what = what;
    this.todo = todo;
  }

  /**
   * The message for this problem: the first line says what is wrong, the second what to do.
   *
   * @param details values for the first line's placeholders, usually the address and who chose it
   */
  public String message(Object... details) {
    Object[] shown = new Object[details.length];
    for (int i = 0; i < details.length; i++) {
      // An address or context name comes from the environment: a newline in it must not make
      // the message longer than its two lines.
      shown[i] = String.valueOf(details[i]).replaceAll("\\p{Cntrl}", "?");
    }
    String first = String.format(what, shown);
    return todo.isEmpty() ? first : first + System.lineSeparator() + todo;
  }

  /** Whether the user's own setting is at fault, to be mended before anything is tried. */
  public boolean isUsage() {
    return this == BAD_HOST;
  }
}
