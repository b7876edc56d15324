package dev.storagelab.docker.layers.archive;

import dev.storagelab.docker.layers.EntryKind;
import dev.storagelab.docker.layers.LayerContents;
import dev.storagelab.docker.layers.LayerEntry;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads one layer tar as it streams by: every entry's header, and its content only to hash it.
 * Nothing is written anywhere, and a path that would climb out of the image's root is refused as
 * the engine refuses it when it applies a layer.
 */
final class LayerTarReader {

  private static final String WHITEOUT = ".wh.";
  private static final String OPAQUE = ".wh..wh..opq";
  private static final String META = ".wh..wh.";

  private final String source;
  private final String layer;
  private final EntryBudget budget;
  private final byte[] buffer = new byte[64 * 1024];

  LayerTarReader(String source, String layer, EntryBudget budget) {
    this.source = source;
    this.layer = layer;
    this.budget = budget;
  }

  /**
   * Reads a layer. The stream is read to the tar's end and not closed.
   *
   * @param tar the layer's uncompressed tar
   */
  LayerContents read(InputStream tar) throws IOException {
    List<LayerEntry> entries = new ArrayList<>();
    List<String> whiteouts = new ArrayList<>();
    List<String> opaque = new ArrayList<>();
    long size = 0;
    TarArchiveInputStream in = new TarArchiveInputStream(tar);
    TarArchiveEntry header;
    while ((header = nextEntry(in)) != null) {
      budget.spend(source);
      String path = TarPaths.clean(header.getName(), source, layer);
      size += Math.max(0, header.getSize());
      if (path.equals("/")) {
        continue;
      }
      String name = path.substring(path.lastIndexOf('/') + 1);
      String parent = TarPaths.parent(path);
      if (name.equals(OPAQUE)) {
        opaque.add(parent);
      } else if (name.startsWith(META)) {
        continue;
      } else if (name.startsWith(WHITEOUT)) {
        whiteouts.add(whiteout(parent, name.substring(WHITEOUT.length())));
      } else {
        entries.add(entry(in, header, path));
      }
    }
    return new LayerContents(entries, whiteouts, opaque, size);
  }

  private String whiteout(String dir, String hidden) {
    if (hidden.isEmpty() || hidden.equals(".") || hidden.equals("..")) {
      throw new BadArchiveException(
          source,
          layer
              + " has a whiteout in "
              + dir
              + " that names no file ('"
              + WHITEOUT
              + hidden
              + "')");
    }
    return TarPaths.child(dir, hidden);
  }

  private TarArchiveEntry nextEntry(TarArchiveInputStream in) throws IOException {
    try {
      return in.getNextEntry();
    } catch (IOException | IllegalArgumentException e) {
      throw new BadArchiveException(
          source, layer + " is not a readable tar (" + e.getMessage() + ")", e);
    }
  }

  private LayerEntry entry(TarArchiveInputStream in, TarArchiveEntry header, String path)
      throws IOException {
    EntryKind kind = kind(header);
    String link = "";
    if (kind == EntryKind.HARDLINK) {
      link = TarPaths.clean(header.getLinkName(), source, layer);
    } else if (kind == EntryKind.SYMLINK) {
      link = header.getLinkName();
    }
    long hash = kind == EntryKind.FILE ? hash(in) : 0;
    return new LayerEntry(
        path,
        kind,
        kind == EntryKind.FILE ? header.getSize() : 0,
        header.getMode() & 07777,
        (int) header.getLongUserId(),
        (int) header.getLongGroupId(),
        link,
        hash);
  }

  private static EntryKind kind(TarArchiveEntry header) {
    if (header.isSymbolicLink()) {
      return EntryKind.SYMLINK;
    }
    if (header.isLink()) {
      return EntryKind.HARDLINK;
    }
    if (header.isDirectory()) {
      return EntryKind.DIRECTORY;
    }
    if (header.isFile()) {
      return EntryKind.FILE;
    }
    return EntryKind.OTHER;
  }

  private long hash(InputStream in) throws IOException {
    CRC32C crc = new CRC32C();
    int read;
    while ((read = in.read(buffer)) > 0) {
      crc.update(buffer, 0, read);
    }
    return crc.getValue();
  }
}
