package dev.storagelab.k8s.cluster;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a context looks like production, by rules a learner can read: storage-lab changes such a
 * cluster only when told {@code --yes}, and says which rule matched.
 */
public final class ProductionGuard {

  private static final Pattern PRODUCTION_WORD =
      Pattern.compile("(^|[^a-z])(prod|production|prd|live)([^a-z]|$)");

  private ProductionGuard() {}

  /** The rule a connection's context matches, for a cluster of the given kind. */
  public static Optional<String> match(ClusterConnection connection, ClusterKind kind) {
    return match(connection.context(), connection.cluster(), connection.server(), kind);
  }

  /**
   * The rule a context matches, if it looks like production.
   *
   * @param context the context's name
   * @param cluster the kubeconfig cluster's name
   * @param server the API server's URL
   * @param kind what the cluster was recognised as
   */
  public static Optional<String> match(
      String context, String cluster, String server, ClusterKind kind) {
    for (String[] named : new String[][] {{"context", context}, {"cluster", cluster}}) {
      String value = named[1] == null ? "" : named[1].toLowerCase(Locale.ROOT);
      if (PRODUCTION_WORD.matcher(value).find()) {
        return Optional.of(
            "the " + named[0] + " name " + named[1] + " contains prod, production, prd or live");
      }
    }
    if (kind.nodeApart() || kind == ClusterKind.K3S) {
      return Optional.empty();
    }
    String host = host(server);
    if (!local(host)) {
      return Optional.of(
          "the API server "
              + server
              + " is neither on this machine nor on a private network, and the cluster is not a"
              + " local one (kind, k3d, minikube, Docker Desktop, k3s)");
    }
    return Optional.empty();
  }

  private static String host(String server) {
    try {
      String host = URI.create(server).getHost();
      return host == null ? "" : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static boolean local(String host) {
    return host.equals("localhost")
        || host.endsWith(".localhost")
        || host.startsWith("127.")
        || host.equals("[::1]")
        || host.equals("::1")
        || host.startsWith("10.")
        || host.startsWith("192.168.")
        || host.matches("172\\.(1[6-9]|2[0-9]|3[01])\\..*")
        || host.equals("host.docker.internal")
        || host.endsWith(".local");
  }
}
