package dev.storagelab.k8s.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The NFS export in a {@code local} volume's options: {@code o=addr=SERVER,OPTIONS} and {@code
 * device=:/PATH}.
 *
 * @param server the NFS server
 * @param path the exported path
 * @param mountOptions the other options of {@code o}
 */
record NfsOptions(String server, String path, List<String> mountOptions) {

  static NfsOptions parse(Map<String, String> options) {
    String server = "";
    List<String> rest = new ArrayList<>();
    for (String option : options.getOrDefault("o", "").split(",")) {
      if (option.startsWith("addr=")) {
        server = option.substring(5);
      } else if (!option.isBlank()) {
        rest.add(option);
      }
    }
    String device = options.getOrDefault("device", "");
    int colon = device.indexOf(':');
    if (server.isEmpty() && colon > 0) {
      server = device.substring(0, colon);
    }
    String path = colon >= 0 ? device.substring(colon + 1) : device;
    return new NfsOptions(server, path.isEmpty() ? "/" : path, rest);
  }
}
