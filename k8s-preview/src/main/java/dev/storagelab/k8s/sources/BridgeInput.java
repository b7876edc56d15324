package dev.storagelab.k8s.sources;

import dev.storagelab.k8s.bridge.HostFacts;
import dev.storagelab.k8s.bridge.Workload;
import java.util.List;

/**
 * What the bridge starts from: a name to file the result under, the workloads, and what is known of
 * the Docker host.
 *
 * @param name the container, service, volume or image the input is named after
 * @param workloads the containers or services
 * @param facts what is known of the Docker host
 */
public record BridgeInput(String name, List<Workload> workloads, HostFacts facts) {

  public BridgeInput {
    workloads = List.copyOf(workloads);
  }
}
