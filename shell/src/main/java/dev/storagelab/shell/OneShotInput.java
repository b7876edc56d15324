package dev.storagelab.shell;

import java.io.Console;
import org.springframework.shell.core.InputReader;

/**
 * What a one-shot command may read from the learner: a line from the terminal when there is one,
 * nothing when a script runs it (it must then give everything as options).
 */
public final class OneShotInput implements InputReader {

  private final Console console;

  private OneShotInput(Console console) {
    this.console = console;
  }

  /** The terminal this process runs at, if it runs at one. */
  static OneShotInput fromProcess() {
    Console console = System.console();
    return new OneShotInput(console != null && isTerminal(console) ? console : null);
  }

  /** Whether a question can be asked: standard input and output are a terminal. */
  public boolean interactive() {
    return console != null;
  }

  @Override
  public String readInput(String prompt) {
    return console == null ? null : console.readLine("%s", prompt);
  }

  /**
   * Java 22 and newer give a Console even when the streams are redirected, and say whether it is a
   * terminal with {@code isTerminal()}; before, a Console meant a terminal. Read reflectively so
   * that the Java 17 build runs on both.
   */
  private static boolean isTerminal(Console console) {
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
