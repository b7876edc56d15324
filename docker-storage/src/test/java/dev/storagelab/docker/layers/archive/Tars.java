package dev.storagelab.docker.layers.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** Tar archives made in memory, hostile ones included, for the archive reader's tests. */
final class Tars {

  private record Item(String name, byte[] content, byte type, String link) {}

  private final List<Item> items = new ArrayList<>();

  Tars file(String name, String content) {
    return file(name, content.getBytes(StandardCharsets.UTF_8));
  }

  Tars file(String name, byte[] content) {
    items.add(new Item(name, content, TarConstants.LF_NORMAL, ""));
    return this;
  }

  Tars dir(String name) {
    items.add(new Item(name, new byte[0], TarConstants.LF_DIR, ""));
    return this;
  }

  Tars symlink(String name, String target) {
    items.add(new Item(name, new byte[0], TarConstants.LF_SYMLINK, target));
    return this;
  }

  Tars hardlink(String name, String target) {
    items.add(new Item(name, new byte[0], TarConstants.LF_LINK, target));
    return this;
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Item item : items) {
        TarArchiveEntry entry = new TarArchiveEntry(item.name(), item.type(), true);
        entry.setMode(item.type() == TarConstants.LF_DIR ? 040755 : 0100644);
        entry.setLinkName(item.link());
        entry.setSize(item.content().length);
        tar.putArchiveEntry(entry);
        tar.write(item.content());
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A {@code docker save} archive of one image with these layer tars. */
  static Tars classic(byte[]... layers) {
    Tars archive = new Tars();
    StringBuilder paths = new StringBuilder();
    StringBuilder diffIds = new StringBuilder();
    StringBuilder history = new StringBuilder();
    for (int i = 0; i < layers.length; i++) {
      String id = String.format("%064d", i);
      archive.file(id + "/layer.tar", layers[i]);
      paths.append(i == 0 ? "" : ",").append('"').append(id).append("/layer.tar\"");
      diffIds.append(i == 0 ? "" : ",").append("\"sha256:").append(id).append('"');
      history.append(i == 0 ? "" : ",").append("{\"created_by\":\"step ").append(i).append("\"}");
    }
    String config = "c".repeat(64);
    archive.file(
        config + ".json",
        "{\"rootfs\":{\"type\":\"layers\",\"diff_ids\":["
            + diffIds
            + "]},\"history\":["
            + history
            + "]}");
    archive.file(
        "manifest.json",
        "[{\"Config\":\"" + config + ".json\",\"RepoTags\":[\"t:1\"],\"Layers\":[" + paths + "]}]");
    return archive;
  }
}
