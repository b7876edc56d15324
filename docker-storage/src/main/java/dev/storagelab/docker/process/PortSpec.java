package dev.storagelab.docker.process;

/**
 * A port of a container: published on the host ({@code -p}), or only exposed ({@code --expose},
 * compose {@code expose}).
 *
 * @param containerPort the port in the container
 * @param protocol {@code tcp}, {@code udp} or {@code sctp}
 * @param hostIp the host address it is published on, or empty for all (or not published)
 * @param hostPort the host port, or 0 for one the engine picks, or -1 when not published
 */
public record PortSpec(int containerPort, String protocol, String hostIp, int hostPort) {

  /** Whether the port is published on the host. */
  public boolean published() {
    return hostPort >= 0;
  }

  @Override
  public String toString() {
    String container = containerPort + "/" + protocol;
    if (!published()) {
      return container;
    }
    String host = hostPort == 0 ? "" : Integer.toString(hostPort);
    return (hostIp.isEmpty() ? "" : hostIp + ":") + host + ":" + container;
  }
}
