package dev.storagelab.k8s.lesson;

import dev.storagelab.docker.mounts.BindMount;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.Step;
import dev.storagelab.lesson.StepReport;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.List;

/** Step 2: the bind mount becomes a hostPath volume of the pod, at the same host path. */
final class BindToHostPath implements Step {

  @Override
  public String title() {
    return "Bind mount → hostPath";
  }

  @Override
  public String explain() {
    return "A bind mount is a path you manage on one host; in Kubernetes that is a hostPath volume,"
        + " a path on whichever node runs the pod. Its type says what must be there: Directory or"
        + " File when it exists, DirectoryOrCreate where Docker's -v would have created it. Because"
        + " it ties the pod to one node's files, the pod needs the privileged Pod Security level.";
  }

  @Override
  public List<String> commands(LessonRun run) {
    return List.of("kubectl explain pod.spec.volumes.hostPath");
  }

  @Override
  public StepReport perform(LessonRun run) {
    BridgeContext.Lesson1 lesson1 = BridgeContext.read(run);
    BindMount bind = lesson1.bind();
    Pod pod = lesson1.objects(Pod.class).get(0);
    Volume volume =
        pod.getSpec().getVolumes().stream()
            .filter(v -> v.getHostPath() != null)
            .findFirst()
            .orElseThrow();
    return StepReport.of(
        Check.of("The hostPath is the bind mount's source, with a type that matches what is there")
            .evidence("docker bind source", bind.source())
            .evidence("hostPath", volume.getHostPath().getPath())
            .evidence("type", volume.getHostPath().getType())
            .holds(
                volume.getHostPath().getPath().equals(bind.source())
                    && "Directory".equals(volume.getHostPath().getType())),
        Check.of("The pod needs the privileged Pod Security level because of it")
            .evidence("level", lesson1.plan().podSecurityLevel())
            .holds(lesson1.plan().podSecurityLevel().equals("privileged")));
  }
}
