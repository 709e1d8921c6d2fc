package dev.narrascope.app.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.narrascope.Json;
import dev.narrascope.Story;
import dev.narrascope.compare.OutletComparison;
import dev.narrascope.compare.OutletComparison.ActorFrame;
import dev.narrascope.compare.OutletComparison.Column;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes an {@link OutletComparison} of one story: a side-by-side text table (one column per
 * outlet), JSON with every field, or CSV with one row per cell item
 * ({@code outlet,section,item,detail,value}). Stateless.
 */
public final class ComparisonWriter {
  private static final int TABLE_WIDTH = 160;
  private static final int QUOTES_SHOWN = 5;

  private ComparisonWriter() {}

  public static void write(ComparisonFormat format, Story story, OutletComparison comparison, PrintWriter out) {
    switch (format) {
      case json -> out.println(json(story, comparison));
      case csv -> csv(comparison, out);
      case table -> table(story, comparison, out);
    }
    out.flush();
  }

  private static String json(Story story, OutletComparison comparison) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("story", story);
    doc.put("sharedActors", comparison.sharedActors());
    doc.put("outlets", comparison.outlets());
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void csv(OutletComparison c, PrintWriter out) {
    out.println("outlet,section,item,detail,value");
    for (Column col : c.outlets()) {
      col.articles().forEach(a -> row(out, col, "article", a.title(), a.id(), a.published() == null ? "" : a.published().toString()));
      col.narratives().forEach(n -> row(out, col, "narrative", n.label(), Integer.toString(n.articles()), fmt(n.meanConfidence())));
      col.actors().forEach(a -> row(out, col, "actor", a.actor(), String.join("; ", a.fineRoles()),
          a.mainRole() == null ? "" : a.mainRole()));
      col.quotes().forEach(q -> row(out, col, q.direct() ? "quote" : "reported", q.speaker() == null ? "" : q.speaker(), "", q.text()));
      col.distinctiveWords().forEach(w -> row(out, col, "word", w.word(), Integer.toString(w.count()), fmt(w.zScore())));
    }
  }

  private static void row(PrintWriter out, Column col, String section, String item, String detail, String value) {
    out.println(String.join(",", ReportWriter.csvCell(col.outlet()), section, ReportWriter.csvCell(item),
        ReportWriter.csvCell(detail), ReportWriter.csvCell(value)));
  }

  private static void table(Story story, OutletComparison c, PrintWriter out) {
    out.printf("Story %s: %s (%d %s, %d %s)%n", story.id(), story.headline(), story.size(), story.size() == 1 ? "article" : "articles",
        c.outlets().size(), c.outlets().size() == 1 ? "outlet" : "outlets");
    if (c.outlets().isEmpty()) {
      out.println("(no stored articles for this story)");
      return;
    }
    int width = Math.max(24, Math.min(60, (TABLE_WIDTH - 3 * (c.outlets().size() - 1)) / c.outlets().size()));
    section(out, c, width, null, col -> List.of(col.outlet()));
    section(out, c, width, "articles", col -> col.articles().stream()
        .map(a -> (a.published() == null ? "????-??-??" : a.published().toString()) + " " + a.title()).toList());
    section(out, c, width, "narratives", col -> col.narratives().stream()
        .map(n -> n.label() + " (" + n.articles() + ")").toList());
    section(out, c, width, "actors (shared by ≥2 outlets)", col -> col.actors().stream().map(ComparisonWriter::actor).toList());
    section(out, c, width, "quotes", col -> {
      List<String> lines = new ArrayList<>();
      col.quotes().stream().limit(QUOTES_SHOWN).forEach(q -> lines.add((q.speaker() == null ? "?" : q.speaker()) + ": "
          + (q.direct() ? "“" + q.text() + "”" : q.text())));
      if (col.quotes().size() > QUOTES_SHOWN) lines.add("… " + (col.quotes().size() - QUOTES_SHOWN) + " more");
      return lines;
    });
    section(out, c, width, "distinctive words", col -> col.distinctiveWords().stream()
        .map(w -> w.word() + " " + fmt(w.zScore())).toList());
  }

  private static String actor(ActorFrame a) {
    if (a.mainRole() == null) return a.actor() + ": not framed";
    return a.actor() + ": " + a.mainRole() + " " + fmt(a.meanConfidence())
        + (a.fineRoles().isEmpty() ? "" : " (" + String.join(", ", a.fineRoles()) + ")");
  }

  private static void section(PrintWriter out, OutletComparison c, int width, String title, Function<Column, List<String>> cells) {
    if (title != null) out.println("-- " + title + " " + "-".repeat(Math.max(0, Math.min(TABLE_WIDTH, width * c.outlets().size()) - title.length() - 4)));
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (Column col : c.outlets()) {
      List<String> lines = new ArrayList<>();
      for (String item : cells.apply(col)) lines.addAll(wrap(item, width));
      if (lines.isEmpty()) lines.add("—");
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    for (int r = 0; r < height; r++) {
      StringBuilder line = new StringBuilder();
      for (int k = 0; k < wrapped.size(); k++) {
        String cell = r < wrapped.get(k).size() ? wrapped.get(k).get(r) : "";
        if (k > 0) line.append(" | ");
        line.append(k == wrapped.size() - 1 ? cell : pad(cell, width));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  /** Wraps one item to the column width; continuation lines are indented. */
  static List<String> wrap(String item, int width) {
    List<String> lines = new ArrayList<>();
    String rest = item.replaceAll("\\s+", " ").strip();
    String indent = "";
    while (rest.length() + indent.length() > width) {
      int room = width - indent.length();
      int cut = rest.lastIndexOf(' ', room);
      if (cut <= room / 2) cut = room;
      lines.add(indent + rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).strip();
      indent = "  ";
    }
    if (!rest.isEmpty()) lines.add(indent + rest);
    return lines;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }
}
