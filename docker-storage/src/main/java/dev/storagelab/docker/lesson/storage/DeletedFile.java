package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.layers.ByteSize;
import dev.storagelab.docker.layers.ChangeKind;
import dev.storagelab.docker.layers.Efficiency;
import dev.storagelab.docker.layers.ImageInside;
import dev.storagelab.docker.layers.LayerReport;
import dev.storagelab.docker.layers.PathChange;
import dev.storagelab.docker.layers.archive.ImageArchives;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonRun;
import java.util.List;
import java.util.Optional;

/**
 * Step 4's second image: the app with a file written in one layer and deleted in the next. The
 * deletion is a whiteout that hides the file; the bytes stay in the layer below, so the image is no
 * smaller, and dive counts them as wasted.
 */
final class DeletedFile {

  /** The image, in the lesson's repository, labelled and reset as the rest. */
  static final String IMAGE = LabApp.REPOSITORY + ":deleted-file";

  /** The learner's image of this step: {@link #IMAGE}, named as theirs. */
  static String image(LessonRun run) {
    return run.image(IMAGE);
  }

  static final String PATH = "/app/big.bin";

  static final int BYTES = 512 * 1024;

  private DeletedFile() {}

  /** The Dockerfile, on the lesson's image. */
  static String dockerfile(LessonRun run) {
    return "FROM "
        + LabApp.image(run)
        + "\nRUN head -c "
        + BYTES
        + " /dev/zero > "
        + PATH
        + "\nRUN rm "
        + PATH
        + "\n";
  }

  /** The command a learner types: the Dockerfile on standard input, no context needed. */
  static String command(LessonRun run) {
    return "printf '"
        + dockerfile(run).replace("\n", "\\n")
        + "' | docker build -t "
        + image(run)
        + " -";
  }

  /** The image, built if the engine does not have it. */
  static void ensure(LessonRun run) {
    LabApp.ensureImage(run);
    if (run.engine().findImage(image(run)).isEmpty()) {
      LabApp.buildDockerfile(run, image(run), dockerfile(run));
    }
  }

  /** The proof, read from the image's layers as the engine exports them. */
  static Check proof(LessonRun run) {
    ImageInside inside = ImageInside.of(ImageArchives.fromEngine(run.engine(), image(run)));
    ImageInside app = ImageInside.of(ImageArchives.fromEngine(run.engine(), LabApp.image(run)));
    List<LayerReport> layers = inside.layers();
    Optional<LayerReport> written = layerThat(layers, ChangeKind.ADDED);
    Optional<LayerReport> deleted = layerThat(layers, ChangeKind.REMOVED);
    long hidden =
        deleted.stream()
            .flatMap(l -> l.changes().stream())
            .filter(c -> c.path().equals(PATH))
            .mapToLong(PathChange::hiddenBytes)
            .sum();
    Efficiency efficiency = inside.efficiency();
    long grown = inside.sizeBytes() - app.sizeBytes();
    Check.Builder check =
        Check.of("Deleting a file in a later layer does not make the image smaller")
            .evidence(
                "layer " + written.map(l -> l.layer().index() + "").orElse("?"),
                "adds " + PATH + " (" + ByteSize.of(BYTES) + ")")
            .evidence(
                "layer " + deleted.map(l -> l.layer().index() + "").orElse("?"),
                "removes it with a whiteout; "
                    + ByteSize.of(hidden)
                    + " still stored in the layer below")
            .evidence(LabApp.image(run), ByteSize.of(app.sizeBytes()))
            .evidence(
                image(run), ByteSize.of(inside.sizeBytes()) + " (+" + ByteSize.of(grown) + ")")
            .evidence(
                "wasted (dive)",
                ByteSize.of(efficiency.wastedBytes())
                    + ", efficiency "
                    + String.format(java.util.Locale.ROOT, "%.1f %%", efficiency.score() * 100))
            .hint("build the image first: " + command(run));
    return check.holds(
        written.isPresent()
            && deleted.isPresent()
            && written.get().layer().index() < deleted.get().layer().index()
            && hidden == BYTES
            && grown >= BYTES
            && efficiency.wastedBytes() >= BYTES
            && efficiency.score() < 1.0);
  }

  private static Optional<LayerReport> layerThat(List<LayerReport> layers, ChangeKind change) {
    return layers.stream()
        .filter(
            l -> l.changes().stream().anyMatch(c -> c.change() == change && c.path().equals(PATH)))
        .findFirst();
  }
}
