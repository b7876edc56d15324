package dev.storagelab.k8s.sources;

import dev.storagelab.k8s.bridge.Bridge;
import dev.storagelab.k8s.bridge.BridgeOptions;
import dev.storagelab.k8s.bridge.BridgePlan;
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
 * @param storageOnly whether only storage objects are wanted (a volume given on its own)
 */
public record BridgeInput(
    String name, List<Workload> workloads, HostFacts facts, boolean storageOnly) {

  public BridgeInput {
    workloads = List.copyOf(workloads);
  }

  /** An input with workloads. */
  public BridgeInput(String name, List<Workload> workloads, HostFacts facts) {
    this(name, workloads, facts, false);
  }

  /** The plan for this input. */
  public BridgePlan plan(BridgeOptions options) {
    return storageOnly
        ? Bridge.storageOnly(name, workloads, facts, options)
        : Bridge.plan(name, workloads, facts, options);
  }
}
