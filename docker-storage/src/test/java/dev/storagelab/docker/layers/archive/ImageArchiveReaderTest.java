package dev.storagelab.docker.layers.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storagelab.docker.layers.EntryKind;
import dev.storagelab.docker.layers.ImageContents;
import dev.storagelab.docker.layers.ImageInside;
import dev.storagelab.docker.layers.LayerEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Archives of every layout, and hostile ones: each read or refused in one clear line. */
class ImageArchiveReaderTest {

  @Test
  void aClassicArchiveIsReadLayerByLayerWithItsHistory() throws IOException {
    byte[] base = new Tars().dir("app/").file("app/a", "one").bytes();
    byte[] top = new Tars().dir("app/").file("app/.wh.a", "").file("app/b", "two").bytes();

    ImageContents image = read(Tars.classic(base, top).bytes());

    assertThat(image.id()).isEqualTo("sha256:" + "c".repeat(64));
    assertThat(image.tags()).containsExactly("t:1");
    assertThat(image.layers()).hasSize(2);
    assertThat(image.layers().get(1).instruction()).isEqualTo("step 1");
    assertThat(image.layers().get(1).contents().whiteouts()).containsExactly("/app/a");
    assertThat(ImageInside.of(image).filesAt(1))
        .extracting(LayerEntry::path)
        .containsExactly("/app", "/app/b");
  }

  @Test
  void anOciLayoutWithGzippedLayersIsRead() throws IOException {
    byte[] layer = Tars.gzip(new Tars().file("x", "hello").bytes());
    String layerDigest = "a".repeat(64);
    String config = "{\"rootfs\":{\"diff_ids\":[\"sha256:" + "d".repeat(64) + "\"]}}";
    String manifest =
        "{\"config\":{\"digest\":\"sha256:"
            + "b".repeat(64)
            + "\"},\"layers\":[{\"digest\":\"sha256:"
            + layerDigest
            + "\"}]}";
    String index =
        "{\"manifests\":[{\"digest\":\"sha256:"
            + "e".repeat(64)
            + "\",\"annotations\":{\"org.opencontainers.image.ref.name\":\"v1\"}}]}";
    byte[] archive =
        new Tars()
            .file("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}")
            .file("blobs/sha256/" + layerDigest, layer)
            .file("blobs/sha256/" + "b".repeat(64), config)
            .file("blobs/sha256/" + "e".repeat(64), manifest)
            .file("index.json", index)
            .bytes();

    ImageContents image = read(archive);

    assertThat(image.tags()).containsExactly("v1");
    assertThat(image.layers().get(0).digest()).isEqualTo("sha256:" + "d".repeat(64));
    assertThat(image.layers().get(0).contents().entries())
        .singleElement()
        .satisfies(e -> assertThat(e.size()).isEqualTo(5));
  }

  @Test
  void aNewerEnginesSaveWithBothLayoutsIsReadByItsManifest() throws IOException {
    // Docker 25 and newer write an OCI layout, and a manifest.json whose paths are its blobs.
    String layer = "a".repeat(64);
    String config = "b".repeat(64);
    byte[] archive =
        new Tars()
            .file("blobs/sha256/" + layer, new Tars().file("etc/motd", "hi").bytes())
            .file(
                "blobs/sha256/" + config,
                "{\"rootfs\":{\"diff_ids\":[\"sha256:"
                    + layer
                    + "\"]},"
                    + "\"history\":[{\"created_by\":\"COPY motd /etc/motd\"}]}")
            .file("index.json", "{\"manifests\":[]}")
            .file(
                "manifest.json",
                "[{\"Config\":\"blobs/sha256/"
                    + config
                    + "\",\"RepoTags\":[\"motd:1\"],\"Layers\":[\"blobs/sha256/"
                    + layer
                    + "\"]}]")
            .bytes();

    ImageContents image = read(archive);

    assertThat(image.id()).isEqualTo("sha256:" + config);
    assertThat(image.layers().get(0).instruction()).isEqualTo("COPY motd /etc/motd");
    assertThat(image.layers().get(0).contents().entries())
        .extracting(LayerEntry::path)
        .containsExactly("/etc/motd");
  }

  @Test
  void aLayerSavedOnceAndLinkedTwiceIsReadForBoth() throws IOException {
    byte[] layer = new Tars().file("same", "content").bytes();
    String config = "{\"rootfs\":{\"diff_ids\":[\"sha256:1\",\"sha256:1\"]}}";
    // docker save writes a layer that appears twice once, and links the second to it.
    byte[] archive =
        new Tars()
            .file("one/layer.tar", layer)
            .symlink("two/layer.tar", "../one/layer.tar")
            .file("c.json", config)
            .file(
                "manifest.json",
                "[{\"Config\":\"c.json\",\"Layers\":[\"one/layer.tar\",\"two/layer.tar\"]}]")
            .bytes();

    ImageContents image = read(archive);

    assertThat(image.layers()).hasSize(2);
    assertThat(image.layers().get(1).contents()).isEqualTo(image.layers().get(0).contents());
    assertThat(image.layers().get(0).instruction()).isEqualTo("(missing)");
  }

  @Test
  void anEmptyLayerIsALayerThatChangesNothing() throws IOException {
    byte[] base = new Tars().file("a", "x").bytes();

    ImageInside inside = ImageInside.of(read(Tars.classic(base, new Tars().bytes()).bytes()));

    assertThat(inside.layers()).hasSize(2);
    assertThat(inside.layer(1).changes()).isEmpty();
    assertThat(inside.layer(1).layer().contents().entryCount()).isZero();
    assertThat(inside.filesAt(1)).extracting(LayerEntry::path).containsExactly("/a");
  }

  @Test
  void pathsAreCleanedAsTheEngineCleansThem() throws IOException {
    byte[] layer = new Tars().file("./a//b/../c", "x").file("/abs", "y").bytes();

    ImageContents image = read(Tars.classic(layer).bytes());

    assertThat(image.layers().get(0).contents().entries())
        .extracting(LayerEntry::path)
        .containsExactly("/a/c", "/abs");
  }

  @Test
  void aPathThatClimbsOutOfTheRootIsRefused() {
    byte[] layer = new Tars().file("../../etc/passwd", "x").bytes();

    assertRefused(Tars.classic(layer).bytes(), "climbs out of the image's root");
  }

  @Test
  void aHardLinkThatPointsOutOfTheRootIsRefused() {
    byte[] layer = new Tars().hardlink("a", "../../etc/shadow").bytes();

    assertRefused(Tars.classic(layer).bytes(), "climbs out of the image's root");
  }

  @Test
  void aSymbolicLinkKeepsItsTargetAsData() throws IOException {
    byte[] layer = new Tars().symlink("etc/evil", "../../../../etc/shadow").bytes();

    LayerEntry link = read(Tars.classic(layer).bytes()).layers().get(0).contents().entries().get(0);

    assertThat(link.kind()).isEqualTo(EntryKind.SYMLINK);
    assertThat(link.linkTarget()).isEqualTo("../../../../etc/shadow");
  }

  @Test
  void aWhiteoutThatNamesNoFileIsRefused() {
    byte[] layer = new Tars().file("app/.wh...", "").bytes();

    assertRefused(Tars.classic(layer).bytes(), "names no file");
  }

  @Test
  void aLayerThatIsNotATarIsRefused() {
    byte[] garbage = new byte[4096];
    Arrays.fill(garbage, (byte) 'x');

    assertRefused(Tars.classic(garbage).bytes(), "is not a readable tar");
  }

  @Test
  void aLayerThatIsNotValidGzipIsRefused() {
    byte[] broken = Arrays.copyOf(Tars.gzip(new Tars().file("x", "y".repeat(5000)).bytes()), 40);

    assertRefused(Tars.classic(broken).bytes(), "layer");
  }

  @Test
  void aZstdLayerIsRefusedWithTheWayOut() {
    byte[] zstd = {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd, 0, 0, 0, 0};

    assertRefused(Tars.classic(zstd).bytes(), "zstd");
  }

  @Test
  void aTruncatedArchiveIsRefused() {
    byte[] whole = Tars.classic(new Tars().file("a", "x".repeat(10_000)).bytes()).bytes();

    assertRefused(Arrays.copyOf(whole, 6000), "");
  }

  @Test
  void anArchiveCutOffBeforeItsManifestIsCalledTruncated() {
    byte[] layer = new Tars().file("a", "x").bytes();

    assertRefused(new Tars().file("one/layer.tar", layer).bytes(), "a truncated archive?");
  }

  @Test
  void anArchiveThatIsNoImageIsRefused() {
    assertRefused(new Tars().file("notes.txt", "hello").bytes(), "not an image archive");
  }

  @Test
  void aManifestThatListsAMissingLayerIsRefused() {
    byte[] archive =
        new Tars()
            .file("c.json", "{\"rootfs\":{\"diff_ids\":[\"sha256:1\"]}}")
            .file("manifest.json", "[{\"Config\":\"c.json\",\"Layers\":[\"gone/layer.tar\"]}]")
            .bytes();

    assertRefused(archive, "is missing");
  }

  @Test
  void tooManyEntriesAreRefusedBeforeTheyFillMemory() {
    Tars many = new Tars();
    for (int i = 0; i < 200; i++) {
      many.file("f" + i, "");
    }
    byte[] archive = Tars.classic(many.bytes()).bytes();

    assertThatThrownBy(
            () -> ImageArchiveReader.read(new ByteArrayInputStream(archive), "many.tar", 100))
        .isInstanceOf(BadArchiveException.class)
        .hasMessageContaining("more than 100 entries");
  }

  private static ImageContents read(byte[] archive) throws IOException {
    return ImageArchiveReader.read(new ByteArrayInputStream(archive), "test.tar");
  }

  private static void assertRefused(byte[] archive, String saying) {
    assertThatThrownBy(() -> read(archive))
        .isInstanceOf(BadArchiveException.class)
        .hasMessageStartingWith("Cannot read test.tar: ")
        .hasMessageContaining(saying)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
