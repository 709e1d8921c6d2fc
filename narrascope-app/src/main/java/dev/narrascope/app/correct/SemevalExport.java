package dev.narrascope.app.correct;

import dev.narrascope.ActorFraming;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes corrected articles in the SemEval-2025 Task 10 layout, so they can be scored, shared or
 * trained on like the task's data ({@code narrascope train --data DIR}):
 * {@code raw-documents/LANG/ID.txt} (title line, blank line, body), {@code labels/LANG/subtask-2-annotations.txt}
 * ({@code id TAB narratives;… TAB sub-narratives;…}, for articles whose narratives were corrected) and
 * {@code labels/LANG/subtask-1-annotations.txt} ({@code id TAB entity TAB start TAB end(inclusive) TAB main role TAB fine role…},
 * the first mention of each actor whose role was corrected). Offsets count chars of the raw document.
 */
public final class SemevalExport {
  /**
   * What was written.
   *
   * @param documents        raw documents written
   * @param narrativeLines   subtask-2 lines
   * @param roleLines        subtask-1 lines
   * @param rolesLeftOut     corrected roles without a fine role or a mention (the subtask-1 format needs both)
   */
  public record Written(int documents, int narrativeLines, int roleLines, int rolesLeftOut) {}

  private SemevalExport() {}

  public static Written write(List<CorrectedDocuments.Doc> docs, Path dir) throws IOException {
    Map<String, StringBuilder> subtask2 = new TreeMap<>();
    Map<String, StringBuilder> subtask1 = new TreeMap<>();
    int narrativeLines = 0, roleLines = 0, leftOut = 0;
    for (CorrectedDocuments.Doc d : docs) {
      String lang = d.languageFolder();
      Path raw = dir.resolve("raw-documents").resolve(lang).resolve(d.docId());
      Files.createDirectories(raw.getParent());
      Files.writeString(raw, d.text(), StandardCharsets.UTF_8);
      if (d.narratives()) {
        subtask2.computeIfAbsent(lang, l -> new StringBuilder()).append(d.docId()).append('\t')
            .append(String.join(";", d.narrativeLabels())).append('\t').append(String.join(";", d.subNarrativeLabels())).append('\n');
        narrativeLines++;
      }
      for (ActorFraming f : d.roles()) {
        int[] span = d.firstMention(f);
        if (span == null || f.fineRoles().isEmpty()) {
          leftOut++;
          continue;
        }
        subtask1.computeIfAbsent(lang, l -> new StringBuilder()).append(d.docId()).append('\t')
            .append(d.text(), span[0], span[1]).append('\t').append(span[0]).append('\t').append(span[1] - 1).append('\t')
            .append(f.mainRole()).append('\t').append(String.join("\t", f.fineRoles())).append('\n');
        roleLines++;
      }
    }
    writeAll(dir, subtask2, "subtask-2-annotations.txt");
    writeAll(dir, subtask1, "subtask-1-annotations.txt");
    return new Written(docs.size(), narrativeLines, roleLines, leftOut);
  }

  private static void writeAll(Path dir, Map<String, StringBuilder> perLanguage, String name) throws IOException {
    for (var e : perLanguage.entrySet()) {
      Path file = dir.resolve("labels").resolve(e.getKey()).resolve(name);
      Files.createDirectories(file.getParent());
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        w.write(e.getValue().toString());
      }
    }
  }
}
