package dev.storagelab.shell;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.lab.LearnerId;
import java.util.Arrays;

/**
 * The launcher's {@code --learner NAME} (or {@code --learner=NAME}), given before the command: it
 * names the learner every command of the process acts for, as {@value LearnerId#ENV} does, and wins
 * over it. A name given either way is checked before anything runs.
 */
final class LearnerFlag {

  private static final String FLAG = "--learner";

  private LearnerFlag() {}

  /**
   * Takes the flag off the front of the arguments and names the learner with it.
   *
   * @return the arguments after it
   * @throws InputException when the name given (here or in the environment) is not one
   */
  static String[] take(String[] args) {
    String[] rest = args;
    if (args.length > 0 && args[0].startsWith(FLAG + "=")) {
      name(args[0].substring(FLAG.length() + 1));
      rest = Arrays.copyOfRange(args, 1, args.length);
    } else if (args.length > 0 && args[0].equals(FLAG)) {
      if (args.length < 2) {
        throw new InputException(
            FLAG + " needs a name: storage-lab --learner alice lesson run", "");
      }
      name(args[1]);
      rest = Arrays.copyOfRange(args, 2, args.length);
    }
    String env = System.getenv(LearnerId.ENV);
    if (System.getProperty(LearnerId.PROPERTY) == null && env != null && !env.isBlank()) {
      new LearnerId(env);
    }
    return rest;
  }

  private static void name(String name) {
    System.setProperty(LearnerId.PROPERTY, new LearnerId(name).name());
  }
}
