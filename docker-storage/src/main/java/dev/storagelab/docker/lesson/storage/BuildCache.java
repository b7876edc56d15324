package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.BuildResult;
import dev.storagelab.docker.engine.EngineObject;
import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.docker.layers.LayerStack;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.PractisedStep;
import dev.storagelab.lesson.Question;
import dev.storagelab.lesson.StepReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/** Step 3: after one app file changes, only the steps from its instruction up are rebuilt. */
final class BuildCache implements PractisedStep {

  static final String CHANGED = LabApp.REPOSITORY + ":changed";

  /** The learner's image of this step: {@link #CHANGED}, named as theirs. */
  static String changed(LessonRun run) {
    return run.image(CHANGED);
  }

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
  public Optional<Question> question() {
    return Optional.of(
        Question.yesNo(
            "After a file that the second COPY brings in changes, is the first COPY built anew?",
            false));
  }

  @Override
  public List<String> commands(LessonRun run) {
    return BuildImage.inContext(
        run,
        "echo '# changed' >> " + LabApp.CHANGED_FILE,
        BuildImage.command(run, changed(run)),
        "docker history " + changed(run));
  }

  @Override
  public String goal(LessonRun run) {
    return "Change one file of the app ("
        + LabApp.CHANGED_FILE
        + " in "
        + LabApp.practiceContext(run)
        + ") and build it again as "
        + changed(run)
        + ": only the COPY that brings the file in, and what is above it, is built anew.";
  }

  @Override
  public StepReport check(LessonRun run) {
    String build = commands(run).get(2);
    Check lesson =
        Learner.image(run, LabApp.image(run), BuildImage.command(run, LabApp.image(run)));
    Check changed = Learner.image(run, changed(run), build);
    if (!lesson.holds() || !changed.holds()) {
      return StepReport.of(lesson, changed);
    }
    String before = run.engine().findImage(LabApp.image(run)).orElseThrow().id();
    String after = run.engine().findImage(changed(run)).orElseThrow().id();
    if (before.equals(after)) {
      return StepReport.of(
          Check.of("The changed build is a new image")
              .evidence(LabApp.image(run), before)
              .evidence(changed(run), after)
              .hint(
                  changed(run)
                      + " is the very image "
                      + LabApp.image(run)
                      + " is: nothing changed. "
                      + commands(run).get(1)
                      + ", then "
                      + build)
              .holds(false));
    }
    return new StepReport(
        compare(
            LayerStack.of(run.engine(), LabApp.image(run), run.baseImage()),
            LayerStack.of(run.engine(), changed(run), run.baseImage()),
            Optional.empty(),
            "change only " + LabApp.CHANGED_FILE + " between the two builds"),
        List.of(),
        "");
  }

  @Override
  public StepReport perform(LessonRun run) {
    LabApp.ensureImage(run);
    removeEarlierChange(run);
    LayerStack before = LayerStack.of(run.engine(), LabApp.image(run), run.baseImage());
    LabApp.Built built =
        LabApp.build(
            run,
            changed(run),
            dir -> appendTo(dir.resolve(LabApp.CHANGED_FILE), run.owner().run()));
    LayerStack after = LayerStack.of(run.engine(), changed(run), run.baseImage());
    return new StepReport(compare(before, after, Optional.of(built.build()), null), List.of(), "");
  }

  /**
   * The proof, from the two images' histories and layers.
   *
   * @param build what the builder reported of the second build, if it was seen
   * @param hint what to do when a claim does not hold, or null
   */
  private static List<Check> compare(
      LayerStack before, LayerStack after, Optional<BuildResult> build, String hint) {
    int changed = LabApp.instructions().indexOf("COPY") + 1;
    String comparedBy =
        before.keepsStepImages() && after.keepsStepImages()
            ? "the image the builder kept for each step"
            : "the layer chain ID under each step (BuildKit keeps no image per step)";
    Check.Builder below =
        Check.of("Every step below the changed COPY came from the cache")
            .evidence("compared by", comparedBy);
    Check.Builder above =
        Check.of("The changed COPY and every step above it were built anew")
            .evidence("compared by", comparedBy);
    boolean belowSame = true;
    boolean aboveNew = true;
    int steps = Math.min(before.stepIds().size(), after.stepIds().size());
    for (int i = 0; i < steps; i++) {
      String old = before.stepIds().get(i);
      String now = after.stepIds().get(i);
      String line =
          LayerStack.keyword(after.ownSteps().get(i)) + "  " + shortId(old) + " → " + shortId(now);
      if (i < changed) {
        belowSame &= !old.isEmpty() && old.equals(now);
        below.evidence("step " + (i + 1), line);
      } else {
        aboveNew &= !old.equals(now);
        above.evidence("step " + (i + 1), line);
      }
    }
    String firstLayerBefore = before.layerSteps().get(0).layer();
    String changedLayerBefore = before.layerSteps().get(1).layer();
    String changedLayerAfter = after.layerSteps().get(1).layer();
    Check.Builder layers =
        Check.of("Layer digests: identical below the change, new for the changed file")
            .evidence(
                "layer 1 (COPY rootfs/)",
                firstLayerBefore + " = " + after.layerSteps().get(0).layer())
            .evidence("layer 2 (COPY cgi-bin/) before", changedLayerBefore)
            .evidence("layer 2 (COPY cgi-bin/) after", changedLayerAfter);
    build.ifPresent(
        b ->
            layers
                .evidence("builder", b.builder().title())
                .evidence("steps the builder reported from its cache", b.cachedSteps()));
    return List.of(
        below.hint(hint).holds(belowSame && changed > 0 && steps > changed),
        above.hint(hint).holds(aboveNew),
        layers
            .hint(hint)
            .holds(
                firstLayerBefore.equals(after.layerSteps().get(0).layer())
                    && !changedLayerBefore.equals(changedLayerAfter)));
  }

  /** This lesson's image from an earlier change, removed so that builds do not pile up. */
  private static void removeEarlierChange(LessonRun run) {
    run.engine()
        .findImage(changed(run))
        .filter(image -> run.owner().lesson().equals(image.labels().get(Ownership.LESSON)))
        .ifPresent(
            image ->
                run.engine()
                    .remove(
                        new EngineObject(
                            EngineObject.Kind.IMAGE,
                            image.id(),
                            List.of(changed(run)),
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
