package dev.narrascope.app.cli;

import dev.narrascope.framing.FramingModel;
import dev.narrascope.framing.MentionLocator;
import dev.narrascope.framing.RoleMention;
import dev.narrascope.framing.RolePrediction;
import dev.narrascope.framing.SemevalRoleData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code narrascope semeval roles}: subtask-1 predictions in the task's format. Each input line
 * {@code id TAB entity TAB start TAB end} comes out unchanged, followed by {@code TAB main role} and
 * {@code TAB fine role} for each fine role, in input order. A mention whose document cannot be read
 * is framed from the entity string alone; a mention whose offsets do not hold the entity uses its
 * nearest occurrence; both are reported on stderr.
 */
@Command(name = "roles", mixinStandardHelpOptions = true,
    description = "Frame entity mentions (SemEval-2025 Task 10 subtask 1): main role and fine roles per mention.")
public final class SemevalRolesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--lang", required = true, paramLabel = "L", description = "Language of the documents (EN, BG, HI, PT, RU).")
  String language;

  @Option(names = "--documents", required = true, paramLabel = "DIR", description = "Folder of raw documents named by the mention ids.")
  Path documents;

  @Option(names = "--mentions", required = true, paramLabel = "FILE", description = "Mentions: id<TAB>entity<TAB>start<TAB>end (end inclusive).")
  Path mentions;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the predictions.")
  Path output;

  @Option(names = {"-q", "--quiet"}, description = "No summary line (warnings are still printed), as the other semeval commands.")
  boolean quiet;

  @Mixin ModelOption model;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    FramingModel framing = model.framing();
    String lang = language.toLowerCase(Locale.ROOT);
    List<String> lines = Files.readAllLines(mentions, StandardCharsets.UTF_8);
    // Mentions by document, so each document is read and analysed once; index = input line.
    Map<String, List<Integer>> byDocument = new LinkedHashMap<>();
    RoleMention[] parsed = new RoleMention[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) continue;
      parsed[i] = SemevalRoleData.parseMention(lines.get(i));
      if (parsed[i] == null) {
        err.println("warning: " + mentions + ":" + (i + 1) + ": not id<TAB>entity<TAB>start<TAB>end; framed from the line alone");
        parsed[i] = new RoleMention("", lines.get(i).strip(), -1, -1);
      }
      byDocument.computeIfAbsent(parsed[i].documentId(), k -> new ArrayList<>()).add(i);
    }
    RolePrediction[] predicted = new RolePrediction[lines.size()];
    for (Map.Entry<String, List<Integer>> doc : byDocument.entrySet()) {
      String text = readDocument(doc.getKey(), lang, err);
      List<RoleMention> ms = doc.getValue().stream().map(i -> parsed[i]).toList();
      for (int k = 0; k < ms.size(); k++) warnOnOffsets(text, ms.get(k), doc.getValue().get(k) + 1, err);
      List<RolePrediction> ps = framing.predictAll(lang, text, ms);
      for (int k = 0; k < ps.size(); k++) predicted[doc.getValue().get(k)] = ps.get(k);
    }
    int written = 0;
    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      for (int i = 0; i < lines.size(); i++) {
        if (predicted[i] == null) continue;
        w.write(stripLineEnd(lines.get(i)));
        w.write('\t');
        w.write(predicted[i].mainRole());
        for (String f : predicted[i].fineRoles()) w.write("\t" + f);
        w.write('\n');
        written++;
      }
    }
    if (!quiet) err.printf("%s framed into %s%n", Messages.count(written, "mention"), output);
    err.flush();
    return 0;
  }

  /** The document's raw text, or "" (entity-only framing) with a warning when it cannot be read. */
  private String readDocument(String id, String lang, PrintWriter err) {
    for (Path p : List.of(documents.resolve(id), documents.resolve(lang.toUpperCase(Locale.ROOT)).resolve(id))) {
      if (!id.isEmpty() && Files.isRegularFile(p)) {
        try {
          return SemevalDocuments.read(p, err);
        } catch (IOException | RuntimeException e) {
          err.println("warning: cannot read " + p + ": " + e.getMessage() + "; framing its mentions from the entity text alone");
          return "";
        }
      }
    }
    if (!id.isEmpty()) err.println("warning: no document " + id + " in " + documents + "; framing its mentions from the entity text alone");
    return "";
  }

  private void warnOnOffsets(String text, RoleMention m, int line, PrintWriter err) {
    if (text.isEmpty() || m.start() < 0) return;
    MentionLocator.Span s = MentionLocator.locate(text, m.entity(), m.start(), m.endInclusive());
    if (s.match() == MentionLocator.Match.NEAREST) {
      err.printf("warning: %s:%d: offsets %d-%d do not hold \"%s\"; used its nearest occurrence at %d%n",
          mentions, line, m.start(), m.endInclusive(), m.entity(), s.start());
    } else if (s.match() == MentionLocator.Match.CLAMPED) {
      err.printf("warning: %s:%d: \"%s\" not found in %s and offsets %d-%d do not hold it%n",
          mentions, line, m.entity(), m.documentId(), m.start(), m.endInclusive());
    }
  }

  private static String stripLineEnd(String line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == '\r') end--;
    return line.substring(0, end);
  }
}
