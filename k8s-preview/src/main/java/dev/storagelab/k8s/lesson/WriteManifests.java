package dev.storagelab.k8s.lesson;

import dev.storagelab.k8s.bridge.Manifest;
import dev.storagelab.k8s.manifests.ManifestWriter;
import dev.storagelab.k8s.manifests.ManifestYaml;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonException;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.Step;
import dev.storagelab.lesson.StepReport;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Step 4: the manifests are written in apply order, each valid YAML that reads back unchanged. */
final class WriteManifests implements Step {

  @Override
  public String title() {
    return "Write the manifests";
  }

  @Override
  public String explain() {
    return "The objects are written one per file, named so that kubectl apply -f on the folder"
        + " creates the PersistentVolume before the claim and the claim before the pod. Each file"
        + " opens with a comment saying which Docker mount it came from and why it maps that way;"
        + " the YAML itself comes from fabric8's serializer, never from a template.";
  }

  @Override
  public List<String> commands(LessonRun run) {
    return List.of(
        "storage-lab k8s generate --container "
            + BridgeContext.names(run).container()
            + " --out "
            + BridgeContext.manifests(run),
        "kubectl apply -f " + BridgeContext.manifests(run));
  }

  @Override
  public StepReport perform(LessonRun run) {
    BridgeContext.Lesson1 lesson1 = BridgeContext.read(run);
    List<Path> files =
        ManifestWriter.write(BridgeContext.manifests(run), lesson1.plan(), true).stream()
            .filter(file -> file.getFileName().toString().endsWith(".yaml"))
            .toList();
    Check.Builder valid = Check.of("Every file is valid YAML that reads back into the same object");
    boolean same = files.size() == lesson1.plan().manifests().size();
    for (Manifest manifest : lesson1.plan().manifests()) {
      Path file = BridgeContext.manifests(run).resolve(ManifestWriter.fileName(manifest.object()));
      HasMetadata read = ManifestYaml.read(read(file));
      same &= read.equals(manifest.object());
      valid.evidence(
          file.getFileName().toString(), read.getKind() + " " + read.getMetadata().getName());
    }
    List<String> order = new java.util.ArrayList<>();
    order.add(
        ManifestWriter.fileName(
            lesson1.objects(io.fabric8.kubernetes.api.model.PersistentVolume.class).get(0)));
    order.add(
        ManifestWriter.fileName(
            lesson1.objects(io.fabric8.kubernetes.api.model.PersistentVolumeClaim.class).get(0)));
    order.add(
        ManifestWriter.fileName(lesson1.objects(io.fabric8.kubernetes.api.model.Pod.class).get(0)));
    lesson1.objects(io.fabric8.kubernetes.api.model.Service.class).stream()
        .map(ManifestWriter::fileName)
        .forEach(order::add);
    boolean ordered = files.stream().map(p -> p.getFileName().toString()).toList().equals(order);
    Check.Builder traced = Check.of("Every object says which Docker mount it came from and why");
    boolean commented = true;
    for (Path file : files) {
      String text = read(file);
      commented &=
          text.startsWith("# From Docker:")
              && text.contains("# Why:")
              && text.contains("storagelab.dev/docker-name");
      traced.evidence(file.getFileName().toString(), text.lines().findFirst().orElse(""));
    }
    return StepReport.of(
        valid.holds(same),
        Check.of("Files sort in the order kubectl apply needs: volume, claim, pod, its Service")
            .evidence("files", files.stream().map(p -> p.getFileName().toString()).toList())
            .holds(ordered),
        traced.holds(commented));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new LessonException("Cannot read " + file + ": " + e.getMessage());
    }
  }
}
