package dev.narrascope.narrative;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads labelled documents in the SemEval-2025 Task 10 layout:
 * {@code DIR/raw-documents/LANG/*.txt} and {@code DIR/labels/LANG/subtask-{2,3}-annotations.txt}
 * (any subset of languages; {@code DIR/train} is used when {@code DIR} holds it). Texts are read
 * exactly as stored (no newline translation), because offsets in the task's files count every char.
 * Stateless.
 */
public final class SemevalDataset {
  /** The task's languages, as folder names. */
  public static final List<String> LANGUAGES = List.of("BG", "EN", "HI", "PT", "RU");

  private SemevalDataset() {}

  /** Resolves {@code dir} to the folder holding {@code raw-documents} and {@code labels}. */
  public static Path root(Path dir) {
    if (!Files.isDirectory(dir.resolve("raw-documents")) && Files.isDirectory(dir.resolve("train/raw-documents"))) {
      return dir.resolve("train");
    }
    return dir;
  }

  /**
   * The languages present under {@code dir} (those with a subtask-2 label file), restricted to
   * {@code wanted} when it is not empty.
   */
  public static List<String> languages(Path dir, List<String> wanted) {
    Path root = root(dir);
    List<String> out = new ArrayList<>();
    List<String> candidates = wanted == null || wanted.isEmpty() ? LANGUAGES
        : wanted.stream().map(l -> l.toUpperCase(Locale.ROOT)).toList();
    for (String l : candidates) {
      if (Files.isRegularFile(root.resolve("labels").resolve(l).resolve("subtask-2-annotations.txt"))) out.add(l);
    }
    return out;
  }

  /**
   * Reads every document of the given languages that has subtask-2 labels.
   *
   * @throws IOException when a label file cannot be read (a missing document is skipped)
   */
  public static List<LabeledDocument> read(Path dir, List<String> languages) throws IOException {
    Path root = root(dir);
    List<LabeledDocument> docs = new ArrayList<>();
    for (String lang : languages(dir, languages)) {
      Path labels = root.resolve("labels").resolve(lang);
      Map<String, LabeledDocument.GoldExplanation> gold3 = readExplanations(labels.resolve("subtask-3-annotations.txt"));
      for (String line : Files.readAllLines(labels.resolve("subtask-2-annotations.txt"), StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", -1);
        if (f.length < 3 || f[0].isBlank()) continue;
        Path file = root.resolve("raw-documents").resolve(lang).resolve(f[0].strip());
        if (!Files.isRegularFile(file)) continue;
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        docs.add(new LabeledDocument(f[0].strip(), lang.toLowerCase(Locale.ROOT), text, split(f[1]), split(f[2]),
            gold3.get(f[0].strip())));
      }
    }
    return docs;
  }

  private static Map<String, LabeledDocument.GoldExplanation> readExplanations(Path file) throws IOException {
    Map<String, LabeledDocument.GoldExplanation> out = new HashMap<>();
    if (!Files.isRegularFile(file)) return out;
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      lines.forEach(line -> {
        String[] f = line.split("\t", 4);
        if (f.length == 4) out.put(f[0].strip(), new LabeledDocument.GoldExplanation(f[1].strip(), f[2].strip(), f[3].strip()));
      });
    }
    return out;
  }

  /** Splits a {@code ;}-joined label column into a set (order kept, duplicates and blanks dropped). */
  static Set<String> split(String column) {
    Set<String> out = new LinkedHashSet<>();
    Arrays.stream(column.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
    return out;
  }
}
