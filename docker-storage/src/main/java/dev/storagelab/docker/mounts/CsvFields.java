package dev.storagelab.docker.mounts;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of CSV the way Go's {@code encoding/csv} reads the first record, which is how the
 * docker CLI reads {@code --mount}: fields between commas; a field that starts with a quote runs to
 * the closing quote, with {@code ""} for a quote inside; a quote anywhere else is an error.
 */
final class CsvFields {

  private CsvFields() {}

  /**
   * The fields of the line.
   *
   * @throws MountSpecException naming the position of a misplaced quote
   */
  static List<String> split(String flag, String line) {
    List<String> fields = new ArrayList<>();
    int i = 0;
    while (true) {
      StringBuilder field = new StringBuilder();
      if (i < line.length() && line.charAt(i) == '"') {
        i = quoted(flag, line, i + 1, field);
      } else {
        while (i < line.length() && line.charAt(i) != ',' && line.charAt(i) != '\n') {
          if (line.charAt(i) == '"') {
            throw new MountSpecException(
                flag, line, "a quote inside a field that does not start with one", i);
          }
          field.append(line.charAt(i++));
        }
      }
      fields.add(field.toString());
      if (i >= line.length() || line.charAt(i) == '\n') {
        return fields;
      }
      i++;
    }
  }

  private static int quoted(String flag, String line, int i, StringBuilder field) {
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c != '"') {
        field.append(c);
        i++;
      } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i += 2;
      } else if (i + 1 == line.length()
          || line.charAt(i + 1) == ','
          || line.charAt(i + 1) == '\n') {
        return i + 1;
      } else {
        throw new MountSpecException(flag, line, "text after a closing quote", i + 1);
      }
    }
    throw new MountSpecException(flag, line, "a quoted field is not closed", line.length());
  }
}
