package dev.storagelab.docker.mounts;

/** Writes {@code --mount} fields, quoting a field as CSV when it holds a comma or a quote. */
final class MountFlagWriter {

  private final StringBuilder out = new StringBuilder();

  MountFlagWriter(String type) {
    out.append("type=").append(type);
  }

  void field(String key, String value) {
    String field = key + "=" + value;
    out.append(',');
    if (field.contains(",")
        || field.contains("\"")
        || field.contains("\n")
        || field.contains("\r")) {
      out.append('"').append(field.replace("\"", "\"\"")).append('"');
    } else {
      out.append(field);
    }
  }

  void flag(String key, boolean set) {
    if (set) {
      out.append(',').append(key);
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
