package dev.storagelab.shell.handout;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A handout as one self-contained HTML file that prints well: CommonMark rendered by
 * commonmark-java, raw HTML in the text escaped (engine messages are text, never markup), and the
 * style sheet inline.
 */
final class HandoutHtml {

  private static final String STYLE =
      """
      body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1f24;
             max-width: 52rem; margin: 2rem auto; padding: 0 1.5rem; }
      h1 { border-bottom: 2px solid #1b1f24; padding-bottom: .3rem; }
      h2 { margin-top: 2.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
      pre { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: .7rem;
            overflow-x: auto; font-size: 13px; line-height: 1.35; }
      code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 90%; }
      li code { background: #f6f8fa; padding: 0 .25em; border-radius: 4px; word-break: break-all; }
      blockquote { margin: 1rem 0; padding: .3rem 1rem; border-left: 4px solid #8c959f;
                   color: #57606a; }
      @media print {
        body { margin: 0; max-width: none; font-size: 11pt; }
        h2 { break-before: auto; break-after: avoid; }
        pre, li, blockquote { break-inside: avoid; }
        pre { white-space: pre-wrap; }
      }
      """;

  private HandoutHtml() {}

  static String render(String markdown, String title) {
    String body =
        HtmlRenderer.builder()
            .escapeHtml(true)
            .build()
            .render(Parser.builder().build().parse(markdown));
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + escape(title)
        + "</title>\n<style>\n"
        + STYLE
        + "</style>\n</head>\n<body>\n"
        + body
        + "</body>\n</html>\n";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
