package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.HistoryEntry;
import dev.storagelab.docker.engine.ImageSummary;
import dev.storagelab.docker.layers.ChangeKind;
import dev.storagelab.docker.layers.ImageInside;
import dev.storagelab.docker.layers.LayerReport;
import dev.storagelab.docker.layers.LayerStack;
import dev.storagelab.docker.layers.PathChange;
import dev.storagelab.docker.layers.archive.ImageArchives;
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
        "docker history " + LabApp.image(run),
        "docker image inspect --format '{{json .RootFS.Layers}}' " + LabApp.image(run),
        "storage-lab image layers " + LabApp.image(run),
        "storage-lab image files " + LabApp.image(run) + " --changes --layer " + "N");
  }

  @Override
  public String goal(LessonRun run) {
    return "Read your image's history: which of the Dockerfile's instructions made a filesystem"
        + " layer, how big each is, and which made none.";
  }

  @Override
  public StepReport check(LessonRun run) {
    return Learner.given(
        Learner.image(run, LabApp.image(run), BuildImage.command(run, LabApp.image(run))),
        () -> perform(run));
  }

  @Override
  public StepReport perform(LessonRun run) {
    ImageSummary image = LabApp.ensureImage(run);
    LayerStack stack = LayerStack.of(run.engine(), LabApp.image(run), run.baseImage());
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
    Check contents = whatEachLayerAdded(run, stack);
    return new StepReport(
        List.of(matches, fourLayers, metadataOnly, base, contents),
        List.of(),
        stack.render(List.of()));
  }

  /** The file each of the app's layers is there for, in the Dockerfile's order. */
  static final List<String> ADDED =
      List.of("/etc/todo/app.conf", "/app/cgi-bin/todo", "/app/data", "/app/index.html");

  /** What is inside each of the app's four layers, read from the image the engine exports. */
  private static Check whatEachLayerAdded(LessonRun run, LayerStack stack) {
    ImageInside inside = ImageInside.of(ImageArchives.fromEngine(run.engine(), LabApp.image(run)));
    List<LayerReport> own = inside.layers().subList(stack.baseLayerCount(), inside.layers().size());
    Check.Builder check =
        Check.of("Each of the app's layers holds only what its instruction added")
            .evidence(
                "base layers 0-" + (stack.baseLayerCount() - 1),
                inside.layers().subList(0, stack.baseLayerCount()).stream()
                        .mapToInt(LayerReport::added)
                        .sum()
                    + " paths (busybox and its links)");
    boolean holds = own.size() == ADDED.size();
    for (int i = 0; i < own.size(); i++) {
      LayerReport layer = own.get(i);
      List<String> added =
          layer.changes().stream()
              .filter(c -> c.change() == ChangeKind.ADDED)
              .map(PathChange::path)
              .toList();
      check.evidence(
          "layer " + layer.layer().index() + " " + LayerStack.keyword(layer.layer().instruction()),
          "adds " + shortList(added) + modified(layer));
      holds &= i < ADDED.size() && added.contains(ADDED.get(i)) && layer.removed() == 0;
    }
    return check.holds(holds);
  }

  private static String modified(LayerReport layer) {
    return layer.modified() == 0 ? "" : "; modifies " + layer.modified();
  }

  private static String shortList(List<String> paths) {
    if (paths.isEmpty()) {
      return "nothing";
    }
    String shown = String.join(", ", paths.subList(0, Math.min(4, paths.size())));
    return paths.size() > 4 ? shown + " and " + (paths.size() - 4) + " more" : shown;
  }
}
