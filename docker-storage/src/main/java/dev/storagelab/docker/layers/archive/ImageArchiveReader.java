package dev.storagelab.docker.layers.archive;

import dev.storagelab.docker.layers.ImageContents;
import dev.storagelab.docker.layers.LayerContents;
import dev.storagelab.docker.layers.LayerStack;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads an image archive as it streams by, in one pass: the classic layout {@code docker save}
 * writes ({@code manifest.json}, {@code ID/layer.tar}) and the OCI image layout that newer engines
 * and {@code skopeo} write ({@code index.json}, {@code blobs/sha256/...}, layers plain or gzipped).
 * A layer is read while it passes and only its entries' headers and hashes are kept, so memory
 * follows the number of files, never their bytes; the archive's manifest may come before or after
 * the layers it lists.
 */
public final class ImageArchiveReader {

  /** The largest JSON document (manifest, index, config) read from an archive. */
  static final int JSON_LIMIT = 16 * 1024 * 1024;

  private static final int SNIFF = 520;

  private final String source;
  private final EntryBudget budget;
  private final Map<String, LayerContents> layers = new HashMap<>();
  private final Map<String, byte[]> documents = new HashMap<>();
  private final Map<String, String> links = new HashMap<>();

  private ImageArchiveReader(String source, int maxEntries) {
    this.source = source;
    this.budget = new EntryBudget(maxEntries);
  }

  /**
   * Reads an archive of one image.
   *
   * @param archive the archive's bytes, read to the end and not closed
   * @param source what the archive is, for messages: a file's path, or the engine's export
   * @throws BadArchiveException when it is not a readable image archive
   */
  public static ImageContents read(InputStream archive, String source) throws IOException {
    return read(archive, source, EntryBudget.DEFAULT_MAX);
  }

  /** Reads an archive, refusing it past {@code maxEntries} tar entries in all. */
  public static ImageContents read(InputStream archive, String source, int maxEntries)
      throws IOException {
    ImageArchiveReader reader = new ImageArchiveReader(source, maxEntries);
    try {
      reader.scan(archive);
    } catch (java.io.EOFException e) {
      throw new BadArchiveException(source, "it ends early (a truncated archive?)", e);
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("Truncated")) {
        throw new BadArchiveException(source, "it ends early (a truncated archive?)", e);
      }
      throw e;
    }
    return new ArchiveLayout(source, reader.layers, reader.documents, reader.links).image();
  }

  private void scan(InputStream archive) throws IOException {
    TarArchiveInputStream outer = new TarArchiveInputStream(archive);
    TarArchiveEntry entry;
    while ((entry = next(outer)) != null) {
      budget.spend(source);
      String path = TarPaths.clean(entry.getName(), source);
      if (entry.isSymbolicLink()) {
        links.put(path, TarPaths.clean(TarPaths.parent(path) + "/" + entry.getLinkName(), source));
      } else if (entry.isLink()) {
        links.put(path, TarPaths.clean(entry.getLinkName(), source));
      } else if (entry.isFile() && entry.getSize() > 0) {
        file(path, entry.getSize(), outer);
      }
    }
  }

  private TarArchiveEntry next(TarArchiveInputStream outer) {
    try {
      return outer.getNextEntry();
    } catch (IOException | IllegalArgumentException e) {
      throw new BadArchiveException(
          source, "it is not a readable tar archive (" + e.getMessage() + ")", e);
    }
  }

  /** One file of the archive: a layer, a JSON document, or something to skip. */
  private void file(String path, long size, InputStream content) throws IOException {
    BufferedInputStream in = new BufferedInputStream(content, 64 * 1024);
    in.mark(SNIFF);
    byte[] head = in.readNBytes(SNIFF);
    in.reset();
    if (isGzip(head)) {
      layers.put(path, layer(path, new GZIPInputStream(in, 64 * 1024)));
    } else if (isZstd(head)) {
      throw new BadArchiveException(
          source,
          "the layer "
              + path
              + " is compressed with zstd, which storage-lab does not read; save it with docker"
              + " save, or copy it with skopeo --dest-compress-format gzip");
    } else if (isTar(head)) {
      layers.put(path, layer(path, in));
    } else if (isJson(head)) {
      documents.put(path, json(path, size, in));
    } else if (path.endsWith(".tar") || path.startsWith("/blobs/")) {
      layers.put(path, layer(path, in));
    }
  }

  private LayerContents layer(String path, InputStream tar) throws IOException {
    try {
      return new LayerTarReader(source, "the layer " + LayerStack.abbreviateIds(path), budget)
          .read(tar);
    } catch (java.util.zip.ZipException e) {
      throw new BadArchiveException(
          source, "the layer " + LayerStack.abbreviateIds(path) + " is not valid gzip", e);
    }
  }

  private byte[] json(String path, long size, InputStream in) throws IOException {
    if (size > JSON_LIMIT) {
      throw new BadArchiveException(
          source, "the document " + path + " is " + size + " bytes, larger than any image's");
    }
    return in.readAllBytes();
  }

  private static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }

  private static boolean isZstd(byte[] head) {
    return head.length >= 4
        && (head[0] & 0xff) == 0x28
        && (head[1] & 0xff) == 0xb5
        && (head[2] & 0xff) == 0x2f
        && (head[3] & 0xff) == 0xfd;
  }

  private static boolean isJson(byte[] head) {
    for (byte b : head) {
      if (!Character.isWhitespace(b)) {
        return b == '{' || b == '[';
      }
    }
    return false;
  }

  private static boolean isTar(byte[] head) {
    return head.length >= 262
        && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
  }
}
