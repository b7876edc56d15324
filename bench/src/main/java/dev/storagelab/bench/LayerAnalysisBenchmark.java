package dev.storagelab.bench;

import dev.storagelab.docker.layers.EntryKind;
import dev.storagelab.docker.layers.ImageContents;
import dev.storagelab.docker.layers.ImageInside;
import dev.storagelab.docker.layers.ImageLayer;
import dev.storagelab.docker.layers.LayerContents;
import dev.storagelab.docker.layers.LayerEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the layers of an image with 100,000 entries take to stack, diff and measure (each
 * layer's added, modified and removed paths, and dive's wasted bytes and score), once read: the
 * part of {@code image layers} that is storage-lab's own work, not the engine's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LayerAnalysisBenchmark {

  private ImageContents image;

  /**
   * Ten layers of 10,000 entries each, in directories of 100 files: each layer adds new files,
   * rewrites a tenth of the layer below's, and deletes another tenth and one whole directory.
   */
  @Setup
  public void image() {
    List<ImageLayer> layers = new ArrayList<>();
    for (int layer = 0; layer < 10; layer++) {
      List<LayerEntry> entries = new ArrayList<>();
      List<String> whiteouts = new ArrayList<>();
      for (int dir = 0; dir < 90; dir++) {
        String path = "/l" + layer + "/d" + dir;
        entries.add(new LayerEntry(path, EntryKind.DIRECTORY, 0, 0755, 0, 0, "", 0));
        for (int file = 0; file < 100; file++) {
          entries.add(
              new LayerEntry(path + "/f" + file, EntryKind.FILE, 4096, 0644, 0, 0, "", file));
        }
      }
      if (layer > 0) {
        for (int file = 0; file < 1000; file++) {
          String below = "/l" + (layer - 1) + "/d" + (file % 90) + "/f" + (file / 90);
          entries.add(new LayerEntry(below, EntryKind.FILE, 8192, 0644, 0, 0, "", -file));
        }
        for (int file = 0; file < 8; file++) {
          whiteouts.add("/l" + (layer - 1) + "/d" + (file + 10) + "/f" + (file + 50));
        }
        whiteouts.add("/l" + (layer - 1) + "/d89");
      }
      layers.add(
          new ImageLayer(
              layer,
              "sha256:" + layer,
              "RUN step " + layer,
              new LayerContents(entries, whiteouts, List.of(), 0)));
    }
    image = new ImageContents("sha256:bench", List.of(), layers, 0);
  }

  @Benchmark
  public ImageInside hundredThousandEntries() {
    ImageInside inside = ImageInside.of(image);
    inside.layers().forEach(l -> l.added());
    return inside;
  }
}
