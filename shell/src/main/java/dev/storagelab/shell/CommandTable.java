package dev.storagelab.shell;

import dev.storagelab.shell.engine.EngineCommands;
import dev.storagelab.shell.engine.EngineSession;
import dev.storagelab.shell.handout.HandoutCommands;
import dev.storagelab.shell.image.ImageCommands;
import dev.storagelab.shell.k8s.ApplyCommands;
import dev.storagelab.shell.k8s.ClusterCommands;
import dev.storagelab.shell.k8s.K8sCommands;
import dev.storagelab.shell.lab.LabCommands;
import dev.storagelab.shell.lesson.Learners;
import dev.storagelab.shell.lesson.LessonCommands;
import dev.storagelab.shell.lesson.LessonRunCommands;
import dev.storagelab.shell.lesson.LessonSessions;
import dev.storagelab.shell.lesson.PracticeCommands;
import dev.storagelab.shell.mounts.MountCommands;
import dev.storagelab.shell.room.ClassCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.shell.core.command.Clear;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.Script;
import org.springframework.shell.core.command.Version;

/**
 * storage-lab's commands and the sessions they share, made by hand from one fixed list. A one-shot
 * command runs from this table without starting a Spring container: Spring Boot's start, with its
 * scan for command classes, was three quarters of a one-shot command's time (docs/benchmarks.md).
 * The REPL's Spring context takes its registry from a table too, so both run the same commands.
 */
public final class CommandTable implements AutoCloseable {

  private final EngineSession engines;
  private final List<CommandMethod> commands;

  /**
   * The commands, with their progress and lab folders under {@code home}.
   *
   * @param home the storage-lab folder, or blank for {@code STORAGE_LAB_HOME}, else {@code
   *     ~/.storage-lab}
   */
  public CommandTable(String home) {
    engines = new EngineSession();
    Learners learners = new Learners(home);
    LessonSessions lessons = new LessonSessions(engines, learners);
    commands =
        CommandMethod.of(
            List.of(
                new EngineCommands(engines),
                new MountCommands(engines),
                new ImageCommands(engines),
                new LabCommands(engines, learners),
                new ClassCommands(engines),
                new LessonCommands(engines, lessons),
                new LessonRunCommands(engines, lessons),
                new PracticeCommands(engines, lessons),
                new HandoutCommands(engines, lessons),
                new K8sCommands(engines),
                new ClusterCommands(engines, learners),
                new ApplyCommands(engines, home, learners)));
  }

  /**
   * A registry of storage-lab's commands, Spring Shell's built-in ones that need no terminal
   * (storage-lab's own {@code help}, and {@code version}, {@code clear}, {@code script}) and the
   * given ones.
   */
  public CommandRegistry registry(List<Command> more) {
    AnnotatedCommands annotated =
        new AnnotatedCommands(
            new DefaultConversionService(), new NoConstraints(), new ExitStatuses());
    List<Command> all = new ArrayList<>();
    commands.forEach(command -> all.add(annotated.of(command)));
    all.add(new HelpCommand());
    all.add(version());
    all.add(new Clear());
    all.addAll(more);
    CommandRegistry registry = new CommandRegistry();
    all.forEach(registry::registerCommand);
    registry.registerCommand(new Script(registry));
    return registry;
  }

  /** How many positional arguments each of storage-lab's commands takes. */
  PositionalArity arity() {
    return PositionalArity.of(commands);
  }

  /** Closes the engine connection, if a command opened one. */
  @Override
  public void close() {
    engines.close();
  }

  /** {@code version}: storage-lab's version, from the build's {@code build-info.properties}. */
  private static Version version() {
    Version version = new Version();
    try (InputStream in =
        CommandTable.class.getResourceAsStream("/META-INF/build-info.properties")) {
      if (in != null) {
        Properties build = new Properties();
        build.load(in);
        version.setBuildProperties(
            new Version.BuildProperties(
                null, null, null, build.getProperty("build.version"), null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return version;
  }
}
