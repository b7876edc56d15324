package dev.storagelab.docker.layers.archive;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.ObjectNotFoundException;
import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.input.UserFile;
import dev.storagelab.docker.layers.ImageContents;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/** Where an image is read from: the engine's export, or an archive file. */
public final class ImageArchives {

  private ImageArchives() {}

  /**
   * Reads an image the engine has, streamed from its export ({@code docker save}).
   *
   * @throws ObjectNotFoundException when the engine has no such image
   */
  public static ImageContents fromEngine(Engine engine, String reference) {
    return fromEngine(engine, reference, bytes -> {});
  }

  /**
   * Reads an image the engine has, telling how many bytes of its export have arrived every few
   * megabytes.
   *
   * @throws ObjectNotFoundException when the engine has no such image
   */
  public static ImageContents fromEngine(Engine engine, String reference, LongConsumer progress) {
    try {
      return export(engine, reference, progress);
    } catch (ObjectNotFoundException e) {
      throw new ObjectNotFoundException(
          "No image '"
              + reference
              + "' on the engine: docker images lists them (or read a saved one with --archive"
              + " FILE).",
          e);
    }
  }

  private static ImageContents export(Engine engine, String reference, LongConsumer progress) {
    return engine.exportImage(
        reference,
        in ->
            ImageArchiveReader.read(
                new CountingInputStream(in, progress), "the engine's export of " + reference));
  }

  /**
   * Reads an archive file: {@code docker save}'s layout or an OCI layout.
   *
   * @throws InputException when the file is missing or not an image archive
   */
  public static ImageContents fromFile(Path file) {
    return fromFile(file, bytes -> {});
  }

  /**
   * Reads an archive file, telling how many of its bytes have been read every few megabytes.
   *
   * @throws InputException when the file is missing or not an image archive
   */
  public static ImageContents fromFile(Path file, LongConsumer progress) {
    try (InputStream in =
        new CountingInputStream(
            new BufferedInputStream(UserFile.open(file, "image archive"), 1 << 16), progress)) {
      return ImageArchiveReader.read(in, file.toString());
    } catch (IOException e) {
      throw new InputException(
          "Cannot read " + file + ": " + e.getMessage(), file.toString(), -1, e);
    }
  }
}
