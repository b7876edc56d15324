package dev.storagelab.docker.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storagelab.docker.engine.BuildRequest;
import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.layers.archive.ImageArchives;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image built with known contents on the real engine, read from the engine's export, from a
 * {@code docker save} archive and from an OCI archive made by skopeo: every layer's changes are
 * what its instruction did, and the wasted bytes and score are dive's, computed independently from
 * the saved archive.
 */
@RequiresEngine
class ImageInsideTest {

  private static final String TAG =
      "storage-lab-inside-test:" + UUID.randomUUID().toString().substring(0, 8);

  @TempDir static Path work;

  private static ImageInside fromEngine;

  @BeforeAll
  static void build() throws IOException {
    Path context = Files.createDirectories(work.resolve("context"));
    file(context, "files/data/a.txt", 1000);
    file(context, "files/data/b.txt", 2000);
    file(context, "files/data/keep/k.txt", 300);
    file(context, "files/data/gone/x.bin", 4000);
    file(context, "files/data/gone/y.bin", 5000);
    file(context, "files/data/opq/old.txt", 700);
    file(context, "files/data/mode.txt", 100);
    try (Engine engine = EngineConnector.connect()) {
      String base = BaseImageResolver.standard(engine).resolve(line -> {}).reference();
      Files.writeString(
          context.resolve("Dockerfile"),
          String.join(
              "\n",
              "FROM " + base,
              "COPY files/ /",
              "RUN printf 12345 > /data/a.txt",
              "RUN rm /data/b.txt",
              "RUN rm -rf /data/gone",
              "RUN rm -rf /data/opq && mkdir /data/opq && echo new > /data/opq/new.txt",
              "RUN ln /data/keep/k.txt /data/keep/hard && ln -s ../a.txt /data/keep/soft",
              "RUN chmod 700 /data/mode.txt",
              "RUN true",
              "RUN mkdir /data/empty",
              "ENV X=1",
              ""));
      engine.buildImage(
          new BuildRequest(context, Set.of(TAG), Map.of("dev.storagelab.test", "inside")),
          line -> {});
      fromEngine = ImageInside.of(ImageArchives.fromEngine(engine, TAG));
    }
  }

  @AfterAll
  static void removeImage() {
    DockerCli.run("rmi", TAG);
  }

  @Test
  void eachLayerAddsModifiesAndRemovesWhatItsInstructionDid() {
    assertThat(changes(layer("COPY"), ChangeKind.ADDED))
        .containsExactly(
            "/data",
            "/data/a.txt",
            "/data/b.txt",
            "/data/gone",
            "/data/gone/x.bin",
            "/data/gone/y.bin",
            "/data/keep",
            "/data/keep/k.txt",
            "/data/mode.txt",
            "/data/opq",
            "/data/opq/old.txt");
    assertOnly(layer("printf"), ChangeKind.MODIFIED, "/data/a.txt");
    assertOnly(layer("rm /data/b.txt"), ChangeKind.REMOVED, "/data/b.txt");
    assertOnly(layer("rm -rf /data/gone"), ChangeKind.REMOVED, "/data/gone");
    assertOnly(layer("mkdir /data/empty"), ChangeKind.ADDED, "/data/empty");
  }

  @Test
  void aDeletedDirectoryHidesEverythingBelowItAndItsBytesStayBelow() {
    PathChange gone = layer("rm -rf /data/gone").changes().get(0);

    assertThat(gone.hiddenPaths()).as("the directory and its two files").isEqualTo(3);
    assertThat(gone.hiddenBytes()).isEqualTo(9000);
    assertThat(layer("rm -rf /data/gone").removed()).isEqualTo(3);
  }

  @Test
  void anOpaqueDirectoryHidesTheOldFilesAndKeepsTheNewOnes() {
    LayerReport opaque = layer("mkdir /data/opq");

    assertThat(changes(opaque, ChangeKind.REMOVED)).containsExactly("/data/opq/old.txt");
    assertThat(changes(opaque, ChangeKind.ADDED)).containsExactly("/data/opq/new.txt");
    assertThat(fromEngine.filesAt(opaque.layer().index()))
        .extracting(LayerEntry::path)
        .filteredOn(p -> p.startsWith("/data/opq"))
        .containsExactly("/data/opq", "/data/opq/new.txt");
  }

  @Test
  void linksAreTheirOwnKindWithTheirTargets() {
    LayerReport links = layer("ln ");
    List<LayerEntry> keep =
        fromEngine.filesAt(links.layer().index()).stream()
            .filter(e -> e.path().startsWith("/data/keep/"))
            .toList();

    assertThat(changes(links, ChangeKind.ADDED)).contains("/data/keep/hard", "/data/keep/soft");
    assertThat(keep)
        .filteredOn(e -> e.path().equals("/data/keep/soft"))
        .singleElement()
        .satisfies(
            soft -> {
              assertThat(soft.kind()).isEqualTo(EntryKind.SYMLINK);
              assertThat(soft.linkTarget()).isEqualTo("../a.txt");
            });
    assertThat(keep)
        .as("one of the two names is the file, the other a hard link to it")
        .anySatisfy(
            e -> {
              assertThat(e.kind()).isEqualTo(EntryKind.HARDLINK);
              assertThat(e.linkTarget()).isIn("/data/keep/k.txt", "/data/keep/hard");
            });
  }

  @Test
  void aChangeOfModeAloneIsAModification() {
    LayerReport chmod = layer("chmod 700");

    assertOnly(chmod, ChangeKind.MODIFIED, "/data/mode.txt");
    assertThat(chmod.changes().get(0).entry().octalMode()).isEqualTo("700");
    assertThat(chmod.changes().get(0).entry().modeString()).isEqualTo("-rwx------");
  }

  @Test
  void aStepThatWritesNoFileMakesAnEmptyLayerOrNoneAndTheNextStepKeepsItsOwn() {
    List<LayerReport> quiet =
        fromEngine.layers().stream()
            .filter(l -> l.layer().instruction().matches(".*sh -c true( # buildkit)?"))
            .toList();

    // BuildKit commits RUN true as a layer with no change; the legacy builder marks the
    // history step empty_layer and commits none.
    if (quiet.isEmpty()) {
      assertThat(fromEngine.image().emptySteps()).as("RUN true, ENV, the base's CMD").isEqualTo(3);
    } else {
      assertThat(quiet)
          .singleElement()
          .satisfies(
              empty -> {
                assertThat(empty.layer().contents().entries())
                    .as("at most a directory the runtime touched, repeated unchanged")
                    .allMatch(e -> e.kind() == EntryKind.DIRECTORY);
                assertThat(empty.changes()).isEmpty();
              });
      assertThat(fromEngine.image().emptySteps()).as("ENV, the base's CMD").isEqualTo(2);
    }
    assertThat(layer("mkdir /data/empty").layer().index())
        .as("the step after RUN true is the top layer, matched to its own history entry")
        .isEqualTo(fromEngine.layers().size() - 1);
    assertThat(layer("mkdir /data/empty").changes()).isNotEmpty();
  }

  @Test
  void theWastedBytesAndScoreAreDivesComputedFromTheSavedArchive() throws IOException {
    Path saved = work.resolve("saved.tar");
    DockerCli.ok("save", "-o", saved.toString(), TAG);
    Path unpacked = Files.createDirectories(work.resolve("unpacked"));
    DockerCli.Result untar = DockerCli.shell(unpacked, "tar -xf " + saved);
    assertThat(untar.ok()).as(untar.err()).isTrue();
    DiveReference.Figures dive = DiveReference.of(unpacked);
    Efficiency ours = fromEngine.efficiency();

    assertThat(ours.wastedBytes()).isEqualTo(dive.wastedBytes());
    assertThat(ours.score()).isCloseTo(dive.score(), within(1e-12));
    assertThat(ours.wasters())
        .as("the file deleted later and the file overwritten")
        .contains(
            new Efficiency.Waste("/data/b.txt", 2, 2000),
            new Efficiency.Waste("/data/a.txt", 2, 1005));
    assertThat(ours.score()).isLessThan(1.0);
  }

  @Test
  void aSavedArchiveAndAnOciArchiveGiveTheSameAnswerAsTheEngine() throws IOException {
    Assumptions.assumeTrue(
        DockerCli.shell(work, "command -v skopeo").ok(),
        "skopeo is not installed (apt-get install skopeo): nothing writes an OCI archive here");
    Path saved = work.resolve("same.tar");
    DockerCli.ok("save", "-o", saved.toString(), TAG);
    Path oci = work.resolve("oci.tar");
    DockerCli.Result skopeo =
        DockerCli.shell(work, "skopeo copy --quiet docker-daemon:" + TAG + " oci-archive:" + oci);
    assertThat(skopeo.ok()).as("skopeo copy: " + skopeo.err()).isTrue();

    for (Path archive : List.of(saved, oci)) {
      ImageInside read = ImageInside.of(ImageArchives.fromFile(archive));
      assertThat(read.layers()).as(archive.toString()).isEqualTo(fromEngine.layers());
      assertThat(read.efficiency()).isEqualTo(fromEngine.efficiency());
    }
    assertThat(ImageArchives.fromFile(saved).id())
        .as("skopeo rewrites the config as OCI's, so only docker save keeps the image ID")
        .isEqualTo(fromEngine.image().id());
  }

  private static LayerReport layer(String instruction) {
    return fromEngine.layers().stream()
        .filter(l -> l.layer().instruction().contains(instruction))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no layer made by " + instruction));
  }

  private static List<String> changes(LayerReport layer, ChangeKind kind) {
    Predicate<PathChange> ofKind = c -> c.change() == kind;
    return layer.changes().stream().filter(ofKind).map(PathChange::path).toList();
  }

  /** The layer made exactly one change, of this kind, to this path. */
  private static void assertOnly(LayerReport layer, ChangeKind kind, String path) {
    assertThat(layer.changes())
        .extracting(c -> c.change() + " " + c.path())
        .containsExactly(kind + " " + path);
  }

  private static void file(Path context, String path, int size) throws IOException {
    Path file = context.resolve(path);
    Files.createDirectories(file.getParent());
    byte[] bytes = new byte[size];
    new Random(path.hashCode()).nextBytes(bytes);
    Files.write(file, bytes);
  }
}
