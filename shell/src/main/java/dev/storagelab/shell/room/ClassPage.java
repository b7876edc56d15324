package dev.storagelab.shell.room;

import dev.storagelab.room.LearnerRecord;
import dev.storagelab.room.Room;
import dev.storagelab.room.Seat;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The room as a page for the projector: for each lesson, learners × steps as a grid of passed,
 * failed, skipped and not yet, the stuck learners first with the check that failed and its hint;
 * then each prediction question as bars of how the room answered. Written through commonmark's
 * {@link HtmlWriter}, which escapes every text and attribute: names, checks and hints are the
 * learners' tools' words, never markup.
 */
final class ClassPage {

  private static final String STYLE =
      """
      body { font: 16px/1.45 system-ui, sans-serif; color: #1b1f24; margin: 1.5rem 2rem; }
      h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
      .when { color: #57606a; margin-bottom: 1.2rem; }
      h2 { font-size: 1.25rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid #d0d7de; }
      table { border-collapse: collapse; }
      th, td { padding: .25rem .45rem; text-align: left; vertical-align: top; }
      th.step { text-align: center; width: 1.9rem; }
      td.cell { width: 1.9rem; height: 1.5rem; border: 2px solid #fff; text-align: center; }
      td.passed { background: #2da44e; color: #fff; }
      td.failed { background: #cf222e; color: #fff; }
      td.skipped { background: #bf8700; color: #fff; }
      td.notyet { background: #eaeef2; }
      tr.stuck td.learner { font-weight: 700; color: #cf222e; }
      td.stuck { color: #57606a; max-width: 36rem; }
      .problem { color: #cf222e; }
      .question { margin: 1rem 0 .2rem; font-weight: 600; }
      .evidence { color: #57606a; margin-bottom: .3rem; }
      .bar { display: flex; align-items: center; gap: .5rem; margin: .15rem 0; }
      .bar .label { width: 12rem; overflow: hidden; text-overflow: ellipsis; }
      .bar .fill { height: 1.2rem; background: #8c959f; }
      .bar .fill.right { background: #2da44e; }
      .legend span { display: inline-block; padding: 0 .5rem; margin-right: .4rem; color: #fff; }
      """;

  private ClassPage() {}

  /**
   * The page.
   *
   * @param refreshSeconds how often the browser reloads it
   */
  static String render(Room room, OffsetDateTime now, int refreshSeconds) {
    StringBuilder html = new StringBuilder();
    HtmlWriter out = new HtmlWriter(html);
    out.raw("<!DOCTYPE html>");
    out.line();
    out.tag("html", Map.of("lang", "en"));
    out.tag("head");
    out.tag("meta", Map.of("charset", "utf-8"), true);
    out.tag(
        "meta", Map.of("http-equiv", "refresh", "content", Integer.toString(refreshSeconds)), true);
    out.tag("title");
    out.text("storage-lab: the room");
    out.tag("/title");
    out.tag("style");
    out.raw(STYLE);
    out.tag("/style");
    out.tag("/head");
    out.tag("body");
    heading(out, room, now);
    lessons(room).forEach((lesson, seats) -> grid(out, lesson, seats, now));
    predictions(out, room);
    out.tag("/body");
    out.tag("/html");
    out.line();
    return html.toString();
  }

  private static void heading(HtmlWriter out, Room room, OffsetDateTime now) {
    out.tag("h1");
    out.text("The room");
    out.tag("/h1");
    long stuck = room.seats().stream().filter(Seat::stuck).count();
    element(
        out,
        "div",
        "when",
        room.seats().size()
            + " learner(s), "
            + stuck
            + " stuck · "
            + now.withNano(0).toLocalTime()
            + " · refreshes itself");
    room.unreachable()
        .forEach(
            (engine, why) ->
                element(out, "div", "problem", "Engine " + engine + " does not answer: " + why));
    room.seats().stream()
        .filter(s -> s.problem() != null)
        .forEach(s -> element(out, "div", "problem", s.learner() + ": " + s.problem()));
    if (room.seats().isEmpty() && room.unreachable().isEmpty()) {
      element(out, "p", "when", "No learner has a record yet: one appears after their first step.");
    }
  }

  /** The learners of each lesson, in the order the room is read (stuck first). */
  private static Map<LearnerRecord.LessonState, List<Seat>> lessons(Room room) {
    Map<String, LearnerRecord.LessonState> shapes = new LinkedHashMap<>();
    Map<String, List<Seat>> seats = new LinkedHashMap<>();
    room.seats().stream()
        .filter(s -> s.record() != null)
        .flatMap(s -> s.record().lessons().stream())
        .sorted(java.util.Comparator.comparing(LearnerRecord.LessonState::lesson))
        .forEach(l -> shapes.merge(l.lesson(), l, (a, b) -> a.steps() >= b.steps() ? a : b));
    for (Seat seat : room.seats()) {
      if (seat.record() != null) {
        seat.record()
            .lessons()
            .forEach(l -> seats.computeIfAbsent(l.lesson(), k -> new ArrayList<>()).add(seat));
      }
    }
    Map<LearnerRecord.LessonState, List<Seat>> ordered = new LinkedHashMap<>();
    shapes.forEach((id, shape) -> ordered.put(shape, seats.get(id)));
    return ordered;
  }

  private static void grid(
      HtmlWriter out, LearnerRecord.LessonState shape, List<Seat> seats, OffsetDateTime now) {
    out.tag("h2");
    out.text(shape.title() + " (" + shape.lesson() + ")");
    out.tag("/h2");
    out.tag("table", Map.of("class", "grid", "data-lesson", shape.lesson()));
    out.tag("tr");
    element(out, "th", "", "learner");
    for (int step = 0; step < shape.steps(); step++) {
      int number = step;
      String title =
          shape.results().stream()
              .filter(r -> r.number() == number)
              .map(LearnerRecord.StepState::title)
              .findFirst()
              .orElse("step " + step);
      out.tag("th", Map.of("class", "step", "title", title));
      out.text(Integer.toString(step));
      out.tag("/th");
    }
    element(out, "th", "", "stuck at");
    element(out, "th", "", "last active");
    out.tag("/tr");
    for (Seat seat : seats) {
      LearnerRecord.LessonState lesson = lessonOf(seat, shape.lesson()).orElseThrow();
      boolean stuck = lesson.stuck() != null;
      out.tag("tr", Map.of("class", stuck ? "stuck" : "", "data-learner", seat.learner()));
      element(out, "td", "learner", seat.learner());
      for (int step = 0; step < shape.steps(); step++) {
        String state = outcome(lesson, step);
        out.tag("td", Map.of("class", "cell " + state, "title", state));
        out.text(mark(state));
        out.tag("/td");
      }
      element(
          out,
          "td",
          "stuck",
          stuck
              ? "step "
                  + lesson.stuck().step()
                  + ": "
                  + lesson.stuck().check()
                  + (lesson.stuck().hint().isEmpty() ? "" : " — " + lesson.stuck().hint())
              : "");
      element(out, "td", "", seat.lastActiveAgo(now));
      out.tag("/tr");
    }
    out.tag("/table");
  }

  private static Optional<LearnerRecord.LessonState> lessonOf(Seat seat, String lesson) {
    return seat.record().lessons().stream().filter(l -> l.lesson().equals(lesson)).findFirst();
  }

  private static String outcome(LearnerRecord.LessonState lesson, int step) {
    return lesson.results().stream()
        .filter(r -> r.number() == step)
        .map(r -> r.outcome().name().toLowerCase(java.util.Locale.ROOT))
        .findFirst()
        .orElse("notyet");
  }

  private static String mark(String state) {
    return switch (state) {
      case "passed" -> "✓";
      case "failed" -> "✗";
      case "skipped" -> "–";
      default -> "";
    };
  }

  private static void predictions(HtmlWriter out, Room room) {
    List<Room.Tally> tallies = room.predictions();
    if (tallies.isEmpty()) {
      return;
    }
    out.tag("h2");
    out.text("Predictions");
    out.tag("/h2");
    for (Room.Tally tally : tallies) {
      out.tag("div", Map.of("class", "tally", "data-step", tally.lesson() + "/" + tally.step()));
      element(
          out,
          "div",
          "question",
          tally.lesson() + ", step " + tally.step() + ": " + tally.question());
      element(
          out,
          "div",
          "evidence",
          "The evidence showed: "
              + tally.evidence()
              + " · "
              + tally.right()
              + " of "
              + tally.total()
              + " predicted it");
      tally
          .answers()
          .forEach(
              (answer, count) -> {
                out.tag("div", Map.of("class", "bar"));
                element(out, "span", "label", answer);
                int width = Math.max(2, 100 * count / Math.max(1, tally.total()));
                out.tag(
                    "span",
                    Map.of(
                        "class",
                        answer.equals(tally.evidence()) ? "fill right" : "fill",
                        "style",
                        "width: " + (width * 3) + "px"));
                out.tag("/span");
                element(out, "span", "count", Integer.toString(count));
                out.tag("/div");
              });
      out.tag("/div");
    }
  }

  private static void element(HtmlWriter out, String name, String cssClass, String text) {
    out.tag(name, cssClass.isEmpty() ? Map.of() : Map.of("class", cssClass));
    out.text(text);
    out.tag("/" + name);
  }
}
