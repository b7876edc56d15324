package dev.storagelab.shell.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A plain-text table with a header row, columns padded to their widest cell. */
public final class Table {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  private Table(List<String> header) {
    this.header = List.copyOf(header);
  }

  /** A table with these column headings. */
  public static Table of(String... header) {
    return new Table(List.of(header));
  }

  /** Adds a row; a {@code null} cell prints as {@code -}. */
  public Table row(Object... cells) {
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(cell == null ? "-" : cell.toString());
    }
    rows.add(row);
    return this;
  }

  /** The table as lines of text, headings styled. */
  public String render(Style style) {
    int[] widths = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> row : all) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(style.heading(line(header, widths))).append('\n');
    for (List<String> row : rows) {
      out.append(line(row, widths)).append('\n');
    }
    return out.toString().stripTrailing();
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      line.append(cell);
      if (i < cells.size() - 1) {
        line.append(String.join("", Collections.nCopies(widths[i] - cell.length() + 2, " ")));
      }
    }
    return line.toString();
  }
}
