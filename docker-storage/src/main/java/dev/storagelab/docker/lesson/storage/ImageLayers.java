package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.HistoryEntry;
import dev.storagelab.docker.engine.ImageSummary;
import dev.storagelab.docker.layers.LayerStack;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.PractisedStep;
import dev.storagelab.lesson.Question;
import dev.storagelab.lesson.StepReport;
import java.util.List;
import java.util.Optional;

/** Step 2: four instructions make layers; EXPOSE and CMD make none; the base dominates. */
final class ImageLayers implements PractisedStep {

  @Override
  public String title() {
    return "Image layers";
  }

  @Override
  public String explain() {
    return "Instructions that change files (RUN, COPY, ADD) each add a read-only layer: a"
        + " tarball of what changed. Instructions that only describe the image (EXPOSE, CMD,"
        + " ENV, LABEL) add a history entry but no layer. An image is its base's layers plus"
        + " its own, stacked in order.";
  }

  @Override
  public Optional<Question> question() {
    return Optional.of(
        new Question(
            "Of the Dockerfile's seven instructions after FROM, how many make a filesystem layer?",
            List.of("2", "4", "7"),
            "4"));
  }

  @Override
  public List<String> commands(LessonRun run) {
    return List.of(
        "docker history " + LabApp.IMAGE,
        "docker image inspect --format '{{json .RootFS.Layers}}' " + LabApp.IMAGE);
  }

  @Override
  public String goal(LessonRun run) {
    return "Read your image's history: which of the Dockerfile's instructions made a filesystem"
        + " layer, how big each is, and which made none.";
  }

  @Override
  public StepReport check(LessonRun run) {
    return Learner.given(
        Learner.image(run, LabApp.IMAGE, BuildImage.command(run, LabApp.IMAGE)),
        () -> perform(run));
  }

  @Override
  public StepReport perform(LessonRun run) {
    ImageSummary image = LabApp.ensureImage(run);
    LayerStack stack = LayerStack.of(run.engine(), LabApp.IMAGE, run.baseImage());
    List<String> expected = LabApp.instructions();
    Check matches =
        Check.of("The image's history is the Dockerfile's instructions, in order")
            .evidence("Dockerfile", String.join(" ", expected))
            .evidence("history", String.join(" ", stack.ownKeywords()))
            .holds(stack.ownKeywords().equals(expected));
    Check.Builder four = Check.of("Exactly four instructions made filesystem layers");
    stack
        .layerSteps()
        .forEach(s -> four.evidence(s.keyword(), s.sizeBytes() + " bytes, layer " + s.layer()));
    Check fourLayers =
        four.evidence("layers of the image", image.layers().size())
            .evidence("layers of the base", stack.baseLayerCount())
            .holds(
                stack.layerSteps().size() == 4
                    && image.layers().size() - stack.baseLayerCount() == 4);
    Check.Builder none = Check.of("EXPOSE, STOPSIGNAL and CMD (and the labels) made no layer");
    List<HistoryEntry> metadata = stack.metadataSteps();
    metadata.stream()
        .filter(e -> !e.createdBy().contains("dev.storagelab."))
        .forEach(e -> none.evidence(LayerStack.keyword(e), e.sizeBytes() + " bytes, no layer"));
    long labels = metadata.stream().filter(e -> e.createdBy().contains("dev.storagelab.")).count();
    none.evidence(
        "LABEL ×" + labels,
        "storage-lab's ownership labels (docker build --label), 0 bytes, no layer");
    Check metadataOnly =
        none.holds(!metadata.isEmpty() && metadata.stream().allMatch(e -> e.sizeBytes() == 0));
    long own = stack.layerSteps().stream().mapToLong(LayerStack.LayerStep::sizeBytes).sum();
    Check base =
        Check.of("The base layer dominates the image's size")
            .evidence("base", stack.baseSizeBytes() + " bytes")
            .evidence("the app's four layers", own + " bytes")
            .holds(stack.baseSizeBytes() > own);
    return new StepReport(
        List.of(matches, fourLayers, metadataOnly, base), List.of(), stack.render(List.of()));
  }
}
