package dev.storagelab.k8s.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What Pods, Deployments and StatefulSets have in common: a pod spec, and pods to find. */
final class WorkloadObjects {

  private WorkloadObjects() {}

  static boolean isWorkload(HasMetadata object) {
    return object instanceof Pod || object instanceof Deployment || object instanceof StatefulSet;
  }

  /** The spec of the pods the object runs. */
  static Optional<PodSpec> podSpec(HasMetadata object) {
    if (object instanceof Pod pod) {
      return Optional.ofNullable(pod.getSpec());
    }
    if (object instanceof Deployment d && d.getSpec() != null) {
      return Optional.ofNullable(d.getSpec().getTemplate().getSpec());
    }
    if (object instanceof StatefulSet s && s.getSpec() != null) {
      return Optional.ofNullable(s.getSpec().getTemplate().getSpec());
    }
    return Optional.empty();
  }

  static List<Volume> volumes(HasMetadata object) {
    return podSpec(object).map(PodSpec::getVolumes).orElse(List.of());
  }

  /** The labels that select the object's pods; empty for a bare pod, found by name. */
  static Map<String, String> selector(HasMetadata object) {
    if (object instanceof Deployment d) {
      return d.getSpec().getSelector().getMatchLabels();
    }
    if (object instanceof StatefulSet s) {
      return s.getSpec().getSelector().getMatchLabels();
    }
    return Map.of();
  }
}
