package dev.narrascope.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.narrascope.Json;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints rows (ordered maps of column to value) as an aligned text table, RFC 4180 CSV, or pretty
 * JSON. In table and CSV a list value becomes {@code "a; b"} and {@code null} an empty cell; JSON
 * keeps the types. Stateless; thread-safe.
 */
final class Tabular {
  /** Widest table cell; longer values are cut with an ellipsis (CSV and JSON keep them whole). */
  static final int MAX_CELL = 70;

  private Tabular() {}

  /** Prints {@code rows}; in JSON as {@code {"<name>": [rows…]}}. */
  static void print(OutputFormat format, PrintWriter out, String name, List<String> columns, List<Map<String, Object>> rows) {
    switch (format) {
      case json -> json(out, Map.of(name, rows));
      case csv -> csv(out, columns, rows);
      case table -> table(out, columns, rows);
    }
    out.flush();
  }

  /**
   * Prints {@code rows} as {@link #print(OutputFormat, PrintWriter, String, List, List)} does, and says
   * {@code empty} (starting "no matches") when there are none: instead of a bare header in a table,
   * on {@code err} beside the (still well-formed) JSON or CSV.
   */
  static void print(OutputFormat format, PrintWriter out, PrintWriter err, String name, List<String> columns,
                    List<Map<String, Object>> rows, String empty) {
    if (rows.isEmpty() && format == OutputFormat.table) {
      out.println(empty);
      out.flush();
      return;
    }
    print(format, out, name, columns, rows);
    if (rows.isEmpty()) {
      err.println(empty);
      err.flush();
    }
  }

  static void json(PrintWriter out, Object value) {
    try {
      out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  static void csv(PrintWriter out, List<String> columns, List<Map<String, Object>> rows) {
    out.println(String.join(",", columns));
    for (Map<String, Object> r : rows) {
      out.println(columns.stream().map(c -> csvCell(cell(r.get(c)))).collect(Collectors.joining(",")));
    }
  }

  static void table(PrintWriter out, List<String> columns, List<Map<String, Object>> rows) {
    List<List<String>> cells = new ArrayList<>();
    int[] width = columns.stream().mapToInt(String::length).toArray();
    for (Map<String, Object> r : rows) {
      List<String> line = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        String v = cell(r.get(columns.get(i))).replaceAll("\\s+", " ");
        if (v.length() > MAX_CELL) v = v.substring(0, MAX_CELL - 1) + "…";
        width[i] = Math.max(width[i], v.length());
        line.add(v);
      }
      cells.add(line);
    }
    out.println(line(columns, width));
    for (List<String> line : cells) out.println(line(line, width));
  }

  private static String line(List<String> values, int[] width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) sb.append("  ");
      sb.append(i == values.size() - 1 ? values.get(i) : String.format("%-" + width[i] + "s", values.get(i)));
    }
    return sb.toString().stripTrailing();
  }

  static String cell(Object v) {
    if (v == null) return "";
    if (v instanceof Collection<?> c) return c.stream().map(String::valueOf).collect(Collectors.joining("; "));
    return String.valueOf(v);
  }

  /** RFC 4180 quoting; a leading =,+,-,@ is prefixed so spreadsheets do not run it as a formula. */
  static String csvCell(String v) {
    if (v.isEmpty()) return v;
    String safe = v.matches("^[=+\\-@].*") ? "'" + v : v;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
