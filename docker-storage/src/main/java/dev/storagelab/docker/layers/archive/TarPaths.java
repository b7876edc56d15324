package dev.storagelab.docker.layers.archive;

/** Paths inside an image's tars, cleaned as the engine cleans them when it applies a layer. */
final class TarPaths {

  private TarPaths() {}

  /**
   * The path a tar name stands for, absolute and clean: {@code ./app//x/} is {@code /app/x}. A name
   * that climbs above the root ({@code ../etc/passwd}) is refused, as {@code docker load} refuses
   * it.
   */
  static String clean(String name, String source) {
    return clean(name, source, "the archive");
  }

  /**
   * The same, for a name inside one of the archive's layers.
   *
   * @param where the tar the name is in, such as {@code the layer 1f2e.../layer.tar}
   */
  static String clean(String name, String source, String where) {
    if (name.indexOf('\0') >= 0) {
      throw new BadArchiveException(source, "an entry's name in " + where + " holds a NUL byte");
    }
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    for (String part : name.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          throw new BadArchiveException(
              source,
              "the entry '" + name + "' in " + where + " climbs out of the image's root with '..'");
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return "/" + String.join("/", parts);
  }

  /** The directory a clean path is in; {@code /} for a top-level one. */
  static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "/" : path.substring(0, slash);
  }

  /** A name inside a directory. */
  static String child(String dir, String name) {
    return dir.equals("/") ? "/" + name : dir + "/" + name;
  }
}
