package dev.storagelab.shell.room;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.lab.LabCleanup;
import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.room.Room;
import dev.storagelab.room.RoomRecords;
import dev.storagelab.shell.CheckFailedException;
import dev.storagelab.shell.ExitStatuses;
import dev.storagelab.shell.OptionRecords;
import dev.storagelab.shell.OptionsFrom;
import dev.storagelab.shell.engine.EngineSession;
import dev.storagelab.shell.lab.LabCommands;
import dev.storagelab.shell.output.Style;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * {@code class ...}: the instructor's view of a room of learners sharing one engine or spread over
 * several, read from the records each learner's tool keeps on the engine ({@link RoomRecords}).
 */
public class ClassCommands {

  private final EngineSession session;

  public ClassCommands(EngineSession session) {
    this.session = session;
  }

  /** {@code class status [LEARNER] [--context C]... [--host H]... [--json]}. */
  @Command(
      name = {"class", "status"},
      group = "Class",
      description = "One row per learner: lesson, step, results, where they are stuck, last active",
      help = "class status [LEARNER] [--context NAME]... [--host ADDRESS]... [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  @OptionsFrom(RoomEngines.class)
  public void status(
      CommandContext context,
      @Argument(index = 0, description = "one learner (default: all)") String learner,
      @Option(longName = "json", description = "print the room as JSON") boolean json) {
    Room room = read(context, learner == null || learner.isBlank() ? null : learner);
    show(
        context,
        room,
        json
            ? RoomJson.status(room, OffsetDateTime.now()) + "\n"
            : RoomText.status(room, OffsetDateTime.now(), Style.forTerminal()));
  }

  /** {@code class predictions [--context C]... [--host H]... [--json]}. */
  @Command(
      name = {"class", "predictions"},
      group = "Class",
      description = "How the room answered each --predict question against the evidence",
      help = "class predictions [--context NAME]... [--host ADDRESS]... [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  @OptionsFrom(RoomEngines.class)
  public void predictions(
      CommandContext context,
      @Option(longName = "json", description = "print the answers as JSON") boolean json) {
    Room room = read(context, null);
    show(
        context,
        room,
        json ? RoomJson.predictions(room) + "\n" : RoomText.predictions(room, Style.forTerminal()));
  }

  /** {@code class reset LEARNER|--all [--context C | --host H] [--dry-run] [--json]}. */
  @Command(
      name = {"class", "reset"},
      group = "Class",
      description = "Remove a learner's objects (or every learner's) and start their lessons over",
      help = "class reset LEARNER|--all [--context NAME | --host ADDRESS] [--dry-run] [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  @OptionsFrom(RoomEngines.class)
  public void reset(
      CommandContext context,
      @Argument(index = 0, description = "the learner") String learner,
      @Option(longName = "all", description = "every learner on the engine") boolean all,
      @Option(longName = "dry-run", description = "list what would be removed, remove nothing")
          boolean dryRun,
      @Option(longName = "json", description = "print the objects as JSON") boolean json) {
    boolean named = learner != null && !learner.isBlank();
    if (all == named) {
      throw new InputException(
          "Name one learner, or --all: class reset alice | class reset --all", "");
    }
    onOneEngine(
        context,
        engine -> {
          Set<String> known = learners(engine);
          Set<String> chosen = all ? known : Set.of(learner);
          if (!all && !known.contains(learner)) {
            throw new InputException(
                "No learner '"
                    + learner
                    + "' on this engine. Learners: "
                    + (known.isEmpty() ? "(none)" : String.join(", ", known)),
                learner);
          }
          LabCleanup cleanup = new LabCleanup(engine);
          LabCommands.remove(
              cleanup, cleanup.ownedByLearners(chosen), dryRun, json, context.outputWriter());
          if (!dryRun) {
            chosen.forEach(name -> RoomRecords.publishReset(engine, name));
            if (!json) {
              context
                  .outputWriter()
                  .println(
                      "Reset "
                          + String.join(", ", chosen)
                          + ": each one's lessons start over at their next step.");
            }
          }
        });
  }

  /** {@code class cleanup [--context C | --host H] [--dry-run] [--json]}. */
  @Command(
      name = {"class", "cleanup"},
      group = "Class",
      description =
          "Remove every object storage-lab made on the engine, for every learner, and records",
      help = "class cleanup [--context NAME | --host ADDRESS] [--dry-run] [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  @OptionsFrom(RoomEngines.class)
  public void cleanup(
      CommandContext context,
      @Option(longName = "dry-run", description = "list what would be removed, remove nothing")
          boolean dryRun,
      @Option(longName = "json", description = "print the objects as JSON") boolean json) {
    onOneEngine(
        context,
        engine -> {
          LabCleanup cleanup = new LabCleanup(engine);
          LabCommands.remove(cleanup, cleanup.owned(), dryRun, json, context.outputWriter());
        });
  }

  /** {@code class serve [--port N] [--context C]... [--host H]...}. */
  @Command(
      name = {"class", "serve"},
      group = "Class",
      description = "Serve the room as a page that refreshes itself, on 127.0.0.1, until Ctrl-C",
      help = "class serve [--port N] [--context NAME]... [--host ADDRESS]...",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  @OptionsFrom(RoomEngines.class)
  public void serve(
      CommandContext context,
      @Option(longName = "port", description = "the port (default: one that is free)") String port)
      throws InterruptedException {
    int chosen = port(port);
    RoomEngines engines = OptionRecords.read(RoomEngines.class, context);
    try (ClassServer server =
        ClassServer.start(chosen, () -> Room.read(engines.sources(session)))) {
      PrintWriter out = context.outputWriter();
      out.println("The room is at " + server.url() + " (Ctrl-C stops it).");
      out.flush();
      new CountDownLatch(1).await();
    }
  }

  private static int port(String port) {
    if (port == null) {
      return 0;
    }
    try {
      int number = Integer.parseInt(port.strip());
      if (number < 1 || number > 65535) {
        throw new NumberFormatException();
      }
      return number;
    } catch (NumberFormatException e) {
      throw new InputException(
          "Bad port '" + port + "': give a number from 1 to 65535, or leave --port out", port);
    }
  }

  /**
   * The room, or one learner of it.
   *
   * @throws CheckFailedException when no engine answered: there is nothing to show
   */
  private Room read(CommandContext context, String learner) {
    Room room = Room.read(OptionRecords.read(RoomEngines.class, context).sources(session));
    if (room.seats().isEmpty() && !room.unreachable().isEmpty()) {
      throw new CheckFailedException(
          room.unreachable().size() == 1
              ? room.unreachable().values().iterator().next()
              : "No engine of the room answers: " + String.join(", ", room.unreachable().keySet()));
    }
    if (learner == null) {
      return room;
    }
    List<dev.storagelab.room.Seat> seats =
        room.seats().stream().filter(s -> s.learner().equals(learner)).toList();
    if (seats.isEmpty() && room.unreachable().isEmpty()) {
      throw new InputException(
          "No learner '"
              + learner
              + "' has a record here. Learners: "
              + (room.seats().isEmpty()
                  ? "(none)"
                  : String.join(
                      ", ",
                      new TreeSet<>(
                          room.seats().stream().map(dev.storagelab.room.Seat::learner).toList()))),
          learner);
    }
    if (seats.size() == 1 && seats.get(0).problem() != null) {
      throw new CheckFailedException(learner + ": " + seats.get(0).problem());
    }
    return new Room(seats, room.unreachable());
  }

  /**
   * Prints what was read of the room; a room read in part (an engine silent, a record unreadable)
   * is then not a success.
   */
  private static void show(CommandContext context, Room room, String text) {
    PrintWriter out = context.outputWriter();
    out.print(text);
    out.flush();
    List<String> missing = new ArrayList<>();
    room.unreachable().keySet().forEach(engine -> missing.add("engine " + engine));
    room.seats().stream()
        .filter(s -> s.problem() != null)
        .forEach(s -> missing.add("learner " + s.learner()));
    if (!missing.isEmpty()) {
      throw new CheckFailedException(
          "The room was read in part: " + String.join(", ", missing) + " could not be read.");
    }
  }

  /** The learners with anything on the engine: a record or an object. */
  private static Set<String> learners(Engine engine) {
    Set<String> names = new TreeSet<>();
    RoomRecords.read(engine).forEach(e -> names.add(e.learner()));
    new LabCleanup(engine)
        .owned()
        .forEach(
            o -> {
              String name = o.labels().get(Ownership.LEARNER);
              if (name != null) {
                names.add(name);
              }
            });
    return names;
  }

  /** Does the work on the one engine named, closing a connection made for it. */
  private void onOneEngine(CommandContext context, Consumer<Engine> work) {
    Room.Source source = OptionRecords.read(RoomEngines.class, context).one(session);
    Engine engine = source.engine().get();
    try {
      work.accept(engine);
    } finally {
      if (source.opened()) {
        engine.close();
      }
    }
  }
}
