package dev.storagelab.shell.handout;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.files.AtomicFile;
import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.input.UserPath;
import dev.storagelab.lesson.Lesson;
import dev.storagelab.lesson.LessonSession;
import dev.storagelab.lesson.StepRecord;
import dev.storagelab.shell.ExitStatuses;
import dev.storagelab.shell.UsageException;
import dev.storagelab.shell.engine.EngineSession;
import dev.storagelab.shell.lesson.LessonSessions;
import dev.storagelab.shell.output.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/** {@code handout export}: a lesson as a handout, from its last run on this engine. */
public class HandoutCommands {

  private final EngineSession engines;
  private final LessonSessions sessions;

  public HandoutCommands(EngineSession engines, LessonSessions sessions) {
    this.engines = engines;
    this.sessions = sessions;
  }

  /** {@code handout export LESSON --out FILE.md [--html FILE.html] [--json]}. */
  @Command(
      name = {"handout", "export"},
      group = "Course",
      description =
          "Write a lesson's handout from its last run here: explanations, commands, the evidence observed",
      help = "handout export LESSON [--out FILE.md] [--html FILE.html] [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public String export(
      @Argument(index = 0, description = "the lesson, e.g. docker-storage") String id,
      @Option(longName = "out", description = "the Markdown file to write") String out,
      @Option(longName = "html", description = "a self-contained HTML file to write") String html,
      @Option(longName = "json", description = "print the files written as JSON") boolean json) {
    if (out == null && html == null) {
      throw new UsageException("Give --out FILE.md, --html FILE.html, or both.");
    }
    Path markdownFile = out == null ? null : UserPath.of("--out", out);
    Path htmlFile = html == null ? null : UserPath.of("--html", html);
    Lesson lesson = sessions.lesson(id);
    LessonSession session = sessions.current();
    List<StepRecord> records = recordsOf(session, lesson);
    String markdown = markdown(session, lesson, records);
    Map<String, Object> written = new LinkedHashMap<>();
    if (markdownFile != null) {
      write(markdownFile, markdown);
      written.put("markdown", markdownFile.toAbsolutePath().toString());
    }
    if (htmlFile != null) {
      write(htmlFile, HandoutHtml.render(markdown, lesson.title()));
      written.put("html", htmlFile.toAbsolutePath().toString());
    }
    written.put("steps", records.size());
    written.put("of", lesson.steps().size());
    return json ? Json.write(written) : summary(lesson, records, written);
  }

  /** The records of the lesson's last run here: exit 2 when there is none to hand out. */
  private static List<StepRecord> recordsOf(LessonSession session, Lesson lesson) {
    List<StepRecord> records = session.records(lesson);
    if (records.isEmpty()) {
      throw new InputException(
          "No run of "
              + lesson.id()
              + " on this engine to make a handout from: run 'lesson run "
              + lesson.id()
              + "' first.",
          lesson.id());
    }
    return records;
  }

  private String markdown(LessonSession session, Lesson lesson, List<StepRecord> records) {
    Engine engine = engines.engine();
    return Handout.markdown(
        lesson,
        records,
        files(session.labDir(lesson).resolve("manifests")),
        "Docker " + engine.status().serverVersion() + " at " + engine.endpoint().host());
  }

  /** What was written, from which run, for a person. */
  private static String summary(
      Lesson lesson, List<StepRecord> records, Map<String, Object> written) {
    StringBuilder text =
        new StringBuilder("Handout of " + lesson.id() + " from its run of ")
            .append(records.get(records.size() - 1).at())
            .append(" (")
            .append(records.size())
            .append(" of ")
            .append(lesson.steps().size())
            .append(" steps):");
    written.forEach(
        (kind, path) -> {
          if (kind.equals("markdown") || kind.equals("html")) {
            text.append("\n  ").append(path);
          }
        });
    return text.toString();
  }

  /** The YAML files the lesson wrote, by name. */
  private static Map<String, String> files(Path dir) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : list.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        files.put(file.getFileName().toString(), Files.readString(file));
      }
    } catch (IOException e) {
      throw new InputException("Cannot read " + dir + ": " + e.getMessage(), dir.toString());
    }
    return files;
  }

  /** Writes the whole file or nothing. */
  private static void write(Path file, String text) {
    if (Files.isDirectory(file)) {
      throw new InputException(file + " is a folder: give a file name.", file.toString());
    }
    try {
      AtomicFile.write(file, text);
    } catch (UncheckedIOException e) {
      throw new InputException(
          "Cannot write "
              + file
              + ": "
              + e.getCause().getMessage()
              + ". Nothing was written there.",
          file.toString());
    }
  }
}
