package dev.storagelab.docker.mounts;

import dev.storagelab.docker.input.InputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The storage of a {@code docker run} (or {@code docker create}) command line: its mounts, its
 * image and the command after it. Other flags are recognised and skipped, never taken for mounts; a
 * line of mount flags alone, without {@code docker run} or an image, is read too.
 *
 * @param mounts the mounts, in the order given
 * @param image the image, if the line names one
 * @param command the command and arguments after the image
 * @param notes what the line says that Docker reads in a way a reader might not expect, such as a
 *     {@code --tmpfs} target given twice
 * @param settings every other flag of the line, in order, each with its value ({@code true} for a
 *     flag that takes none): what decides how the program runs, read by {@code process.RunFlags}
 */
public record RunLine(
    List<Mount> mounts,
    Optional<String> image,
    List<String> command,
    List<String> notes,
    List<Setting> settings) {

  /**
   * A flag that is not a mount flag.
   *
   * @param flag as written, such as {@code -e} or {@code --publish}
   * @param value its value
   */
  public record Setting(String flag, String value) {}

  /** docker run's flags that take no value; every other flag takes one. */
  private static final Set<String> BOOLEAN_FLAGS =
      Set.of(
          "-d",
          "--detach",
          "-i",
          "--interactive",
          "-t",
          "--tty",
          "--rm",
          "--privileged",
          "-P",
          "--publish-all",
          "--init",
          "--read-only",
          "--no-healthcheck",
          "--oom-kill-disable",
          "--sig-proxy",
          "--disable-content-trust",
          "-q",
          "--quiet",
          "--help",
          "--use-api-socket");

  private static final String BOOLEAN_SHORT = "ditPq";

  public RunLine {
    mounts = List.copyOf(mounts);
    command = List.copyOf(command);
    notes = List.copyOf(notes);
    settings = List.copyOf(settings);
  }

  /**
   * Reads a command line.
   *
   * @throws MountSpecException when a mount is one Docker would refuse, or two share a target
   * @throws InputException when the line cannot be split into words or a flag lacks its value
   */
  public static RunLine parse(String line, ParseContext context) {
    List<String> words = ShellWords.split(line);
    int start = skipCommand(words, line);
    int i = start;
    MountFlags mountFlags = new MountFlags();
    List<Setting> settings = new ArrayList<>();
    String volumeDriver = context.volumeDriver();
    for (; i < words.size(); i++) {
      String word = words.get(i);
      if (word.equals("--")) {
        i++;
        break;
      }
      if (!word.startsWith("-") || word.equals("-")) {
        break;
      }
      Flag flag = Flag.read(words, i);
      i = flag.lastIndex();
      for (char letter : flag.shortBooleans().toCharArray()) {
        settings.add(new Setting("-" + letter, "true"));
      }
      switch (flag.name()) {
        case "-v", "--volume", "--mount", "--tmpfs" -> mountFlags.add(flag.name(), flag.value());
        case "--volume-driver" -> volumeDriver = flag.value();
        default -> {
          if (!flag.name().isEmpty()) {
            settings.add(new Setting(flag.name(), flag.value()));
          }
        }
      }
    }
    ParseContext withDriver = context.withVolumeDriver(volumeDriver);
    List<Mount> mounts = new ArrayList<>();
    for (String[] flag : mountFlags.flags) {
      mounts.add(parseMount(flag[0], flag[1], withDriver));
    }
    MountPaths.checkDistinct(mounts, "mount");
    Optional<String> image = i < words.size() ? Optional.of(words.get(i)) : Optional.empty();
    if (start > 0 && image.filter(name -> !name.isBlank()).isEmpty()) {
      throw new InputException(
          "The docker run line names no image: 'docker run [OPTIONS] IMAGE [COMMAND]'.", line);
    }
    List<String> command = i + 1 < words.size() ? words.subList(i + 1, words.size()) : List.of();
    return new RunLine(mounts, image, command, mountFlags.notes, settings);
  }

  /** Reads one mount flag: {@code -v}/{@code --volume}, {@code --mount} or {@code --tmpfs}. */
  public static Mount parseMount(String flag, String spec, ParseContext context) {
    return switch (flag) {
      case "-v", "--volume" -> VolumeFlag.parse(spec, context);
      case "--mount" -> MountFlag.parse(spec, context);
      case "--tmpfs" -> TmpfsFlag.parse(spec);
      default -> throw new InputException("not a mount flag: " + flag, flag);
    };
  }

  /**
   * Skips {@code [docker] [container] run|create}. Anything else that does not start with a flag is
   * refused: {@code docker ps} has no mounts to read, and reading it as an image would answer a
   * question nobody asked.
   */
  private static int skipCommand(List<String> words, String line) {
    if (words.isEmpty()) {
      throw new InputException(
          "Nothing to read: give mount flags (-v, --mount, --tmpfs) or a docker run line.", line);
    }
    int i = 0;
    boolean docker = words.get(0).equals("docker");
    if (docker) {
      i++;
    }
    if (i < words.size() && words.get(i).equals("container")) {
      i++;
    }
    if (i < words.size() && (words.get(i).equals("run") || words.get(i).equals("create"))) {
      return i + 1;
    }
    if (docker || i > 0 || !words.get(0).startsWith("-")) {
      throw new InputException(
          InputException.quote(String.join(" ", words.subList(0, Math.min(i + 1, words.size()))))
              + " is not the start of a docker run or create line, nor a mount flag: give -v,"
              + " --mount or --tmpfs flags, or a line such as 'docker run -v data:/app busybox'.",
          line);
    }
    return i;
  }

  /**
   * The mount flags of a line, in order. {@code --tmpfs} fills a map in the docker CLI, keyed by
   * the target as written (the text before the first colon): a target given twice is one mount, the
   * last spec's, where two {@code -v} or {@code --mount} flags are two mounts the engine refuses.
   */
  private static final class MountFlags {
    private final List<String[]> flags = new ArrayList<>();
    private final Map<String, Integer> tmpfsTargets = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    void add(String name, String value) {
      if (!name.equals("--tmpfs")) {
        flags.add(new String[] {name, value});
        return;
      }
      String target = value.split(":", 2)[0];
      Integer earlier = tmpfsTargets.putIfAbsent(target, flags.size());
      if (earlier == null) {
        flags.add(new String[] {name, value});
        return;
      }
      notes.add(
          "--tmpfs "
              + target
              + " is given more than once: Docker keeps one tmpfs there, the last one ("
              + InputException.quote(value)
              + "), and so does this reading.");
      flags.set(earlier, new String[] {name, value});
    }
  }

  /**
   * One flag with its value, spelled any way docker's flag parser takes it.
   *
   * @param shortBooleans the one-letter flags that take no value written before it in the same word
   *     ({@code i} and {@code t} of {@code -itp 80})
   */
  private record Flag(String name, String value, int lastIndex, String shortBooleans) {

    Flag(String name, String value, int lastIndex) {
      this(name, value, lastIndex, "");
    }

    static Flag read(List<String> words, int i) {
      String word = words.get(i);
      if (word.startsWith("--")) {
        int equals = word.indexOf('=');
        if (equals > 0) {
          return new Flag(word.substring(0, equals), word.substring(equals + 1), i);
        }
        return BOOLEAN_FLAGS.contains(word) ? new Flag(word, "true", i) : withNext(word, words, i);
      }
      for (int c = 1; c < word.length(); c++) {
        char letter = word.charAt(c);
        if (BOOLEAN_SHORT.indexOf(letter) >= 0) {
          continue;
        }
        String name = "-" + letter;
        String rest = word.substring(c + 1);
        if (rest.startsWith("=")) {
          rest = rest.substring(1);
        }
        String before = word.substring(1, c);
        Flag flag = rest.isEmpty() ? withNext(name, words, i) : new Flag(name, rest, i);
        return new Flag(flag.name(), flag.value(), flag.lastIndex(), before);
      }
      return word.length() == 2
          ? new Flag(word, "true", i)
          : new Flag("", "true", i, word.substring(1));
    }

    private static Flag withNext(String name, List<String> words, int i) {
      if (i + 1 >= words.size()) {
        throw new InputException("flag " + name + " needs a value", name);
      }
      return new Flag(name, words.get(i + 1), i + 1);
    }
  }
}
