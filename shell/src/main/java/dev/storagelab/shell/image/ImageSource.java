package dev.storagelab.shell.image;

import dev.storagelab.docker.engine.ObjectNames;
import dev.storagelab.docker.input.UserPath;
import dev.storagelab.docker.layers.ByteSize;
import dev.storagelab.docker.layers.ImageInside;
import dev.storagelab.docker.layers.archive.ImageArchives;
import dev.storagelab.shell.UsageException;
import dev.storagelab.shell.engine.EngineSession;
import dev.storagelab.shell.output.Style;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.LongConsumer;

/** The image a command reads: one the engine has, or an archive file ({@code --archive}). */
final class ImageSource {

  private ImageSource() {}

  /**
   * Reads the image named, or the archive given.
   *
   * @param names the command's positional words: the image, or none with an archive
   * @param archive the {@code --archive} file, or blank
   * @param usage the command's usage line, for a wrong count of words
   */
  static ImageInside read(
      EngineSession session,
      List<String> names,
      String archive,
      String usage,
      LongConsumer progress) {
    List<String> words = names == null ? List.of() : names;
    boolean fromFile = archive != null && !archive.isBlank();
    if (fromFile && !words.isEmpty()) {
      throw new UsageException(
          "Give an image or --archive FILE, not both ("
              + String.join(" ", words)
              + "). Usage: "
              + usage);
    }
    if (fromFile) {
      return ImageInside.of(ImageArchives.fromFile(UserPath.of("--archive", archive), progress));
    }
    if (words.size() != 1) {
      throw new UsageException("Usage: " + usage);
    }
    String image = ObjectNames.image(words.get(0));
    return ImageInside.of(ImageArchives.fromEngine(session.engine(), image, progress));
  }

  /** What the image is called in output: its first tag, else its short ID. */
  static String title(ImageInside inside, List<String> names) {
    if (names != null && names.size() == 1) {
      return names.get(0);
    }
    List<String> tags = inside.image().tags();
    return tags.isEmpty() ? shortId(inside.image().id()) : tags.get(0);
  }

  /**
   * A progress line redrawn on the terminal as an image's bytes arrive; nothing where output is not
   * a terminal, or is JSON for a script.
   */
  static LongConsumer progress(PrintWriter out, Style style, boolean json) {
    if (json || !style.isTerminal()) {
      return bytes -> {};
    }
    return bytes -> {
      out.print(style.redraw("  reading the image: " + ByteSize.of(bytes)));
      out.flush();
    };
  }

  static String shortId(String digest) {
    String hex = digest.startsWith("sha256:") ? digest.substring(7) : digest;
    return hex.length() > 12 ? hex.substring(0, 12) : hex;
  }
}
