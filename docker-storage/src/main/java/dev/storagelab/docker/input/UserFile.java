package dev.storagelab.docker.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A text file the user named, read only when it is a regular file of bounded size: a device ({@code
 * /dev/zero}) would never end, a pipe would block forever, a huge file would take long before
 * anything could refuse it.
 */
public final class UserFile {

  private UserFile() {}

  /**
   * The file's text.
   *
   * @param what what the file is meant to be, e.g. {@code compose file}
   * @param maxBytes the most it may hold
   * @throws InputException when it is missing, a folder, not a regular file, too large, or not
   *     UTF-8
   */
  public static String readText(Path file, String what, int maxBytes) {
    BasicFileAttributes attributes = regularFile(file, what);
    String tooLarge = file + " is larger than " + size(maxBytes) + ": not a " + what;
    if (attributes.size() > maxBytes) {
      throw problem(file, tooLarge, null);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw problem(file, tooLarge, null);
      }
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw problem(file, file + " is not UTF-8 text", e);
    } catch (IOException e) {
      throw problem(file, "Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens a file of any size for reading, once it is known to be a regular file.
   *
   * @param what what the file is meant to be, e.g. {@code image archive}
   * @throws InputException when it is missing, a folder, or not a regular file
   */
  public static InputStream open(Path file, String what) {
    regularFile(file, what);
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw problem(file, "Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static BasicFileAttributes regularFile(Path file, String what) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw problem(file, "No such " + what + ": " + file, e);
    } catch (IOException e) {
      throw problem(file, "Cannot read " + file + ": " + e.getMessage(), e);
    }
    if (attributes.isDirectory()) {
      throw problem(file, file + " is a folder: give the " + what + " in it", null);
    }
    if (!attributes.isRegularFile()) {
      throw problem(file, file + " is not a regular file (a device, a pipe or a socket)", null);
    }
    return attributes;
  }

  private static String size(int bytes) {
    return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
  }

  private static InputException problem(Path file, String message, Throwable cause) {
    return new InputException(message, file.toString(), -1, cause);
  }
}
