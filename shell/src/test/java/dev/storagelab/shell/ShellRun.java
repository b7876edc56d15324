package dev.storagelab.shell;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One command run through the shell's one-shot runner, as the launcher runs it.
 *
 * @param code the exit code
 * @param out what it printed on stdout, trimmed
 * @param err what it printed on stderr, trimmed
 */
record ShellRun(int code, String out, String err) {

  static ShellRun of(OneShotRunner shell, String... words) {
    StringWriter out = new StringWriter();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        shell.runOnce(
            List.of(words),
            new PrintWriter(out),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new ShellRun(code, out.toString().trim(), err.toString(StandardCharsets.UTF_8).trim());
  }
}
