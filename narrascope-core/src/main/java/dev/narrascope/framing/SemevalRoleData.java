package dev.narrascope.framing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads subtask-1 data in the task layout: {@code DIR/raw-documents/LANG/*.txt} and
 * {@code DIR/labels/LANG/subtask-1-annotations.txt}. Documents are read as stored (UTF-8, no newline
 * translation), because the offsets count every char including the {@code \r} of CRLF files.
 * Stateless; thread-safe.
 *
 * <pre>{@code
 * List<LabelledMention> data = SemevalRoleData.readLabelled(Path.of("../shared/data/semeval2025-task10/train"), List.of("EN"));
 * }</pre>
 */
public final class SemevalRoleData {
  private SemevalRoleData() {}

  /** Reads a raw document exactly as stored: UTF-8 (malformed bytes replaced), no newline translation. */
  public static String readDocument(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  /**
   * Parses one line {@code id TAB entity TAB start TAB end [TAB main TAB fine…]}; returns {@code null}
   * when it has fewer than four fields or non-numeric offsets.
   */
  public static RoleMention parseMention(String line) {
    String[] f = stripLineEnd(line).split("\t", -1);
    if (f.length < 4) return null;
    try {
      return new RoleMention(f[0], f[1], Integer.parseInt(f[2].trim()), Integer.parseInt(f[3].trim()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Reads the labelled mentions of the given languages (directory names such as {@code EN}; empty
   * means every language under {@code labels/}). Rows that cannot be parsed, name a missing document
   * or carry no valid main role are skipped.
   */
  public static List<LabelledMention> readLabelled(Path dataDir, Collection<String> languages) {
    // Languages found by listing may lack subtask-1 annotations (narratives only); named ones may not.
    List<String> langs = languages.isEmpty() ? annotatedLanguages(dataDir) : new ArrayList<>(languages);
    List<LabelledMention> out = new ArrayList<>();
    for (String lang : langs) {
      String dir = lang.toUpperCase(Locale.ROOT);
      Path labels = annotations(dataDir, dir);
      if (!Files.isRegularFile(labels)) throw new IllegalArgumentException("No subtask-1 annotations: " + labels);
      Map<String, String> docs = new HashMap<>();
      try {
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
          RoleMention m = parseMention(line);
          String[] f = stripLineEnd(line).split("\t", -1);
          if (m == null || f.length < 6 || !Roles.isMain(f[4].trim())) continue;
          String text = docs.computeIfAbsent(m.documentId(), id -> readOrNull(dataDir.resolve("raw-documents").resolve(dir).resolve(id)));
          if (text == null) continue;
          List<String> fine = Arrays.stream(f, 5, f.length).map(String::trim).filter(s -> !s.isEmpty()).toList();
          out.add(new LabelledMention(dir.toLowerCase(Locale.ROOT), m, text, new RoleLabel(f[4].trim(), fine)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + labels, e);
      }
    }
    return out;
  }

  /**
   * Whether the data has subtask-1 annotations for any of the languages (empty: any language), i.e.
   * whether an actor-framing model can be trained from it.
   */
  public static boolean hasAnnotations(Path dataDir, Collection<String> languages) {
    if (languages.isEmpty()) return !annotatedLanguages(dataDir).isEmpty();
    return languages.stream().anyMatch(l -> Files.isRegularFile(annotations(dataDir, l.toUpperCase(Locale.ROOT))));
  }

  private static List<String> annotatedLanguages(Path dataDir) {
    return languageDirs(dataDir.resolve("labels")).stream().filter(l -> Files.isRegularFile(annotations(dataDir, l))).toList();
  }

  private static Path annotations(Path dataDir, String languageDir) {
    return dataDir.resolve("labels").resolve(languageDir).resolve("subtask-1-annotations.txt");
  }

  private static List<String> languageDirs(Path labels) {
    try (Stream<Path> s = Files.list(labels)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + labels, e);
    }
  }

  private static String readOrNull(Path file) {
    try {
      return readDocument(file);
    } catch (IOException e) {
      return null;
    }
  }

  private static String stripLineEnd(String line) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) end--;
    return line.substring(0, end);
  }
}
