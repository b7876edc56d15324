package dev.storagelab.k8s.lesson;

import dev.storagelab.k8s.binding.BindingCheck;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.Step;
import dev.storagelab.lesson.StepReport;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import java.util.List;

/**
 * Step 1: the named volume becomes a PersistentVolume at its data directory, and a claim bound to
 * it.
 */
final class VolumeToClaim implements Step {

  @Override
  public String title() {
    return "Named volume → PersistentVolume + claim";
  }

  @Override
  public String explain() {
    return "A pod never names storage directly; it names a claim (PersistentVolumeClaim), and the"
        + " claim binds to a PersistentVolume. The local volume's data is a directory on this node,"
        + " so its PersistentVolume is a hostPath at that very directory. The empty storage class,"
        + " volumeName and claimRef make the pair bind to each other and nothing else, and Retain"
        + " keeps the data when the claim goes, as a Docker volume outlives its containers.";
  }

  @Override
  public List<String> commands(LessonRun run) {
    BridgeContext.Names names = BridgeContext.names(run);
    return List.of(
        "kubectl apply -f " + names.volumeFile() + " -f " + names.claimFile(),
        "kubectl get pv,pvc");
  }

  @Override
  public StepReport perform(LessonRun run) {
    BridgeContext.Lesson1 lesson1 = BridgeContext.read(run);
    PersistentVolume pv = lesson1.objects(PersistentVolume.class).get(0);
    PersistentVolumeClaim claim = lesson1.objects(PersistentVolumeClaim.class).get(0);
    BindingCheck.Verdict verdict = BindingCheck.check(pv, claim);
    Check.Builder binds =
        Check.of("The claim and the volume bind to each other by Kubernetes' rules");
    verdict
        .rules()
        .forEach(
            rule -> binds.evidence(rule.name(), (rule.holds() ? "ok: " : "NO: ") + rule.detail()));
    String dockerPath = lesson1.volume().state().map(s -> s.mountpoint()).orElse("");
    String hostPath = pv.getSpec().getHostPath().getPath();
    return StepReport.of(
        binds.holds(verdict.binds()),
        Check.of("The PersistentVolume is the Docker volume's own data directory, kept on release")
            .evidence("docker volume inspect", dockerPath)
            .evidence(
                "PersistentVolume hostPath",
                hostPath + " (" + pv.getSpec().getHostPath().getType() + ")")
            .evidence("reclaim policy", pv.getSpec().getPersistentVolumeReclaimPolicy())
            .holds(
                hostPath.equals(dockerPath)
                    && "Retain".equals(pv.getSpec().getPersistentVolumeReclaimPolicy())));
  }
}
