package dev.storagelab.k8s.lesson;

import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.process.ProcessSpec;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.Step;
import dev.storagelab.lesson.StepReport;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Step 3: the container becomes a pod that mounts everything at the same paths. */
final class Workload implements Step {

  /** The port the lesson's app listens on in its container. */
  private static final int TODO_PORT = 8080;

  @Override
  public String title() {
    return "The pod mounts both at the same paths";
  }

  @Override
  public String explain() {
    return "The container becomes a pod with one container of the same image. Storage is declared"
        + " twice in a pod: volumes (what) at the pod level, volumeMounts (where) in the container."
        + " Every Docker target becomes a mountPath, read-only where Docker's was. The container's"
        + " own writable layer has no manifest: like Docker's, it dies with the pod. Around the"
        + " storage, the pod runs the same program as the container did, on the same port, and a"
        + " Service gives that port a stable name in the cluster: a Service does not bind the"
        + " node's port as docker run -p does.";
  }

  @Override
  public List<String> commands(LessonRun run) {
    BridgeContext.Names names = BridgeContext.names(run);
    return List.of(
        "kubectl apply -f " + names.podFile(),
        "kubectl exec " + names.pod() + " -- ls /app /srv/site",
        "kubectl get service " + names.pod(),
        "kubectl port-forward service/" + names.pod() + " 8080:8080");
  }

  @Override
  public StepReport perform(LessonRun run) {
    BridgeContext.Lesson1 lesson1 = BridgeContext.read(run);
    Pod pod = lesson1.objects(Pod.class).get(0);
    List<VolumeMount> mounts = pod.getSpec().getContainers().get(0).getVolumeMounts();
    Check.Builder check =
        Check.of("Every Docker mount is a volumeMount at the same path, read-only alike");
    boolean all = mounts.size() == lesson1.mounts().size();
    for (Mount mount : lesson1.mounts()) {
      VolumeMount match =
          mounts.stream()
              .filter(m -> m.getMountPath().equals(mount.target()))
              .findFirst()
              .orElse(null);
      boolean same =
          match != null
              && Objects.equals(Boolean.TRUE.equals(match.getReadOnly()), mount.readOnly());
      check.evidence(
          mount.target(),
          match == null
              ? "missing"
              : "volume "
                  + match.getName()
                  + (Boolean.TRUE.equals(match.getReadOnly()) ? " (ro)" : " (rw)"));
      all &= same;
    }
    String image = pod.getSpec().getContainers().get(0).getImage();
    check.evidence("image", image);
    boolean sameImage = image.equals(lesson1.input().workloads().get(0).image().orElse(""));
    StringBuilder sideBySide = new StringBuilder("  Docker mount  →  Kubernetes\n");
    lesson1
        .plan()
        .rows()
        .forEach(
            row ->
                sideBySide
                    .append("  ")
                    .append(row.dockerMount())
                    .append("\n      → ")
                    .append(row.kubernetes())
                    .append('\n'));
    lesson1
        .plan()
        .settings()
        .forEach(
            row ->
                sideBySide
                    .append("  ")
                    .append(row.docker())
                    .append("\n      → ")
                    .append(row.kubernetes())
                    .append('\n'));
    return new StepReport(
        List.of(check.holds(all && sameImage), sameProgram(lesson1, pod)),
        List.of(),
        sideBySide.toString().stripTrailing());
  }

  /** The pod runs the container's program on its port, and a Service in front reaches it. */
  private static Check sameProgram(BridgeContext.Lesson1 lesson1, Pod pod) {
    ProcessSpec docker = lesson1.input().workloads().get(0).process();
    Container container = pod.getSpec().getContainers().get(0);
    List<String> dockerLine = new ArrayList<>(docker.entrypoint().orElse(List.of()));
    dockerLine.addAll(docker.command());
    List<String> podLine = new ArrayList<>(container.getCommand());
    podLine.addAll(container.getArgs());
    List<Integer> ports =
        container.getPorts().stream().map(ContainerPort::getContainerPort).toList();
    Check.Builder check =
        Check.of("The pod runs the container's program on its port, behind a Service")
            .evidence("docker", String.join(" ", dockerLine))
            .evidence("pod", String.join(" ", podLine))
            .evidence("containerPort", ports);
    boolean served = false;
    for (Service service : lesson1.objects(Service.class)) {
      boolean selects =
          pod.getMetadata()
              .getLabels()
              .entrySet()
              .containsAll(service.getSpec().getSelector().entrySet());
      for (ServicePort port : service.getSpec().getPorts()) {
        check.evidence(
            "Service " + service.getMetadata().getName(),
            port.getPort()
                + " → "
                + port.getTargetPort().getIntVal()
                + (selects ? ", selects the pod" : ", selects another pod"));
        served |= selects && ports.contains(port.getTargetPort().getIntVal());
      }
    }
    return check.holds(podLine.equals(dockerLine) && ports.contains(TODO_PORT) && served);
  }
}
