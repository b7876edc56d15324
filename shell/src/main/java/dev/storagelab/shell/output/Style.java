package dev.storagelab.shell.output;

/**
 * ANSI colour where the terminal shows it, plain text where it does not: a pipe, a file, a dumb
 * terminal, or {@code NO_COLOR} set.
 */
public final class Style {

  private static final String RESET = "\u001b[0m";

  private final boolean colour;

  private Style(boolean colour) {
    this.colour = colour;
  }

  /** Colour only when standard output is a terminal that shows it. */
  public static Style forTerminal() {
    String term = System.getenv("TERM");
    boolean colour =
        System.console() != null
            && System.getenv("NO_COLOR") == null
            && term != null
            && !term.equals("dumb");
    return new Style(colour);
  }

  /** No colour at all. */
  public static Style plain() {
    return new Style(false);
  }

  /** Whether output goes to a terminal that shows colour, where a progress line may redraw. */
  public boolean isTerminal() {
    return colour;
  }

  /** A line redrawn in place ({@code \r}, cleared to its end): progress for slow work. */
  public String redraw(String text) {
    return "\r\u001b[K" + dim(text);
  }

  /** Clears a line {@link #redraw} drew. */
  public String clearLine() {
    return "\r\u001b[K";
  }

  /** A heading: bold. */
  public String heading(String text) {
    return paint("\u001b[1m", text);
  }

  /** Good news: green. */
  public String pass(String text) {
    return paint("\u001b[32m", text);
  }

  /** Bad news: red. */
  public String fail(String text) {
    return paint("\u001b[31m", text);
  }

  /** Something to notice: yellow. */
  public String warn(String text) {
    return paint("\u001b[33m", text);
  }

  /** Less important detail: dim. */
  public String dim(String text) {
    return paint("\u001b[2m", text);
  }

  private String paint(String code, String text) {
    return colour ? code + text + RESET : text;
  }
}
