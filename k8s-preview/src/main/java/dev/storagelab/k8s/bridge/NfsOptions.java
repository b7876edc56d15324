package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.Credentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The NFS export in a {@code local} volume's options: {@code o=addr=SERVER,OPTIONS} and {@code
 * device=:/PATH}.
 *
 * @param server the NFS server
 * @param path the exported path
 * @param mountOptions the other options of {@code o}, credentials left out
 * @param credentials the keys of the credentials left out of {@code o}
 */
record NfsOptions(String server, String path, List<String> mountOptions, Set<String> credentials) {

  static NfsOptions parse(Map<String, String> options) {
    String server = "";
    List<String> rest = new ArrayList<>();
    Credentials.Split o = Credentials.split(options.getOrDefault("o", ""));
    for (String option : o.open()) {
      if (option.startsWith("addr=")) {
        server = option.substring(5);
      } else {
        rest.add(option);
      }
    }
    String device = options.getOrDefault("device", "");
    int colon = device.indexOf(':');
    if (server.isEmpty() && colon > 0) {
      server = device.substring(0, colon);
    }
    String path = colon >= 0 ? device.substring(colon + 1) : device;
    return new NfsOptions(server, path.isEmpty() ? "/" : path, rest, o.secret().keySet());
  }
}
