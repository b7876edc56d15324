package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.EngineObject;
import dev.storagelab.docker.engine.HistoryEntry;
import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.docker.layers.LayerStack;
import dev.storagelab.docker.lesson.Check;
import dev.storagelab.docker.lesson.LessonRun;
import dev.storagelab.docker.lesson.Step;
import dev.storagelab.docker.lesson.StepReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Step 3: after one app file changes, only the steps from its instruction up are rebuilt. */
final class BuildCache implements Step {

  static final String CHANGED = LabApp.REPOSITORY + ":changed";

  @Override
  public String title() {
    return "Build cache (delta changes)";
  }

  @Override
  public String explain() {
    return "The builder reuses a step's result when the step and everything below it are"
        + " unchanged: same instruction, same files copied. Change one file and the COPY that"
        + " brings it in misses the cache; every step above it must run again, even if its own"
        + " input did not change. That is why a Dockerfile copies what changes least first.";
  }

  @Override
  public List<String> dockerCli(LessonRun run) {
    return List.of(
        "echo '# changed' >> " + LabApp.CHANGED_FILE,
        "docker build --build-arg BASE=" + run.baseImage() + " -t " + CHANGED + " .",
        "docker history " + CHANGED);
  }

  @Override
  public StepReport perform(LessonRun run) {
    LabApp.ensureImage(run);
    removeEarlierChange(run);
    LayerStack before = LayerStack.of(run.engine(), LabApp.IMAGE, run.baseImage());
    List<String> output = new ArrayList<>();
    LabApp.build(
        run,
        CHANGED,
        dir -> appendTo(dir.resolve(LabApp.CHANGED_FILE), run.owner().run()),
        output::add);
    LayerStack after = LayerStack.of(run.engine(), CHANGED, run.baseImage());
    int changed = LabApp.instructions().indexOf("COPY") + 1;
    Check.Builder below = Check.of("Every step below the changed COPY came from the cache");
    Check.Builder above = Check.of("The changed COPY and every step above it were built anew");
    boolean belowSame = true;
    boolean aboveNew = true;
    for (int i = 0; i < before.ownSteps().size() && i < after.ownSteps().size(); i++) {
      HistoryEntry old = before.ownSteps().get(i);
      HistoryEntry now = after.ownSteps().get(i);
      String line = LayerStack.keyword(now) + "  " + shortId(old.id()) + " → " + shortId(now.id());
      if (i < changed) {
        belowSame &= old.id().equals(now.id());
        below.evidence("step " + (i + 1), line);
      } else {
        aboveNew &= !old.id().equals(now.id());
        above.evidence("step " + (i + 1), line);
      }
    }
    String firstLayerBefore = before.layerSteps().get(0).layer();
    String changedLayerBefore = before.layerSteps().get(1).layer();
    String changedLayerAfter = after.layerSteps().get(1).layer();
    long cached = output.stream().filter(l -> l.contains("Using cache")).count();
    Check layers =
        Check.of("Layer digests: identical below the change, new for the changed file")
            .evidence(
                "layer 1 (COPY rootfs/)",
                firstLayerBefore + " = " + after.layerSteps().get(0).layer())
            .evidence("layer 2 (COPY cgi-bin/) before", changedLayerBefore)
            .evidence("layer 2 (COPY cgi-bin/) after", changedLayerAfter)
            .evidence("'Using cache' lines in the build output", cached)
            .holds(
                firstLayerBefore.equals(after.layerSteps().get(0).layer())
                    && !changedLayerBefore.equals(changedLayerAfter));
    return StepReport.of(below.holds(belowSame && changed > 0), above.holds(aboveNew), layers);
  }

  /** This lesson's image from an earlier change, removed so that builds do not pile up. */
  private static void removeEarlierChange(LessonRun run) {
    run.engine()
        .findImage(CHANGED)
        .filter(image -> run.owner().lesson().equals(image.labels().get(Ownership.LESSON)))
        .ifPresent(
            image ->
                run.engine()
                    .remove(
                        new EngineObject(
                            EngineObject.Kind.IMAGE,
                            image.id(),
                            List.of(CHANGED),
                            image.labels())));
  }

  private static void appendTo(java.nio.file.Path file, String marker) {
    try {
      Files.writeString(
          file, "# changed by storage-lab, build " + marker + "\n", StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String shortId(String id) {
    return id.startsWith("sha256:") ? id.substring(7, 19) : id;
  }
}
