package dev.narrascope.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Fits and checks {@link LanguageStage}'s confidence (MODELS.md, "Language"): random snippets of
 * 20–1,000 characters from the SemEval documents, whose folder names their language, are detected;
 * a logistic curve of the detected language's lead is fitted on the training documents' snippets and
 * its reliability printed for them and for the test documents' (which take no part in the fit).
 *
 * <pre>{@code
 * java -cp CP dev.narrascope.language.LanguageConfidenceCalibration \
 *     ../shared/data/semeval2025-task10/train/raw-documents ../shared/data/semeval2025-task10/test/raw-documents [SEED]
 * }</pre>
 */
final class LanguageConfidenceCalibration {
  private static final int[] LENGTHS = {20, 30, 45, 70, 100, 150, 250, 400, 1000};
  private static final List<String> LANGUAGES = List.of("BG", "EN", "HI", "PT", "RU");

  private LanguageConfidenceCalibration() {}

  /** One detected snippet: its folder's language, the lead of the language chosen, and whether it was right. */
  private record Snippet(String language, double lead, boolean right) {}

  public static void main(String[] args) throws IOException {
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    List<Snippet> train = snippets(Path.of(args[0]), new Random(seed));
    List<Snippet> test = snippets(Path.of(args[1]), new Random(seed + 1));
    double[] fitted = fit(train);
    System.out.printf(Locale.ROOT, "fitted on %,d training snippets: weight %.4f, bias %.4f (shipped %.4f, %.4f)%n",
        train.size(), fitted[0], fitted[1], LanguageStage.LEAD_WEIGHT, LanguageStage.LEAD_BIAS);
    report("training snippets, shipped curve", train);
    report("test snippets, shipped curve", test);
  }

  private static List<Snippet> snippets(Path dir, Random random) throws IOException {
    List<Snippet> out = new ArrayList<>();
    for (String language : LANGUAGES) {
      try (Stream<Path> files = Files.list(dir.resolve(language))) {
        for (Path f : files.sorted().toList()) {
          String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
          for (int length : LENGTHS) {
            if (text.length() < length) continue;
            int start = random.nextInt(text.length() - length + 1);
            int space = text.indexOf(' ', start);
            if (space >= 0 && space - start < 20 && space + 1 + length <= text.length()) start = space + 1;
            String snippet = text.substring(start, start + length);
            if (snippet.codePoints().filter(Character::isLetter).count() < LanguageStage.MIN_LETTERS) continue;
            LinguaModels.Detection d = LinguaModels.detect(snippet);
            if (d == null) continue;
            out.add(new Snippet(language, d.lead(), LanguageStage.code(d.language()).equalsIgnoreCase(language)));
          }
        }
      }
    }
    return out;
  }

  /** Logistic regression of "right" on the lead (capped as the stage caps it), by Newton's method. */
  private static double[] fit(List<Snippet> snippets) {
    double w = 0, b = 0;
    for (int iteration = 0; iteration < 50; iteration++) {
      double gw = 0, gb = 0, hww = 0, hwb = 0, hbb = 0;
      for (Snippet s : snippets) {
        double x = Math.min(s.lead(), LanguageStage.LEAD_CAP);
        double p = 1 / (1 + Math.exp(-(w * x + b)));
        double y = s.right() ? 1 : 0;
        gw += (p - y) * x;
        gb += p - y;
        double v = p * (1 - p);
        hww += v * x * x;
        hwb += v * x;
        hbb += v;
      }
      double det = hww * hbb - hwb * hwb;
      double dw = (hbb * gw - hwb * gb) / det, db = (hww * gb - hwb * gw) / det;
      w -= dw;
      b -= db;
      if (Math.abs(dw) + Math.abs(db) < 1e-9) break;
    }
    return new double[] {w, b};
  }

  /** Reliability: per confidence bin, how many snippets, the mean confidence and the share right. */
  private static void report(String title, List<Snippet> snippets) {
    double[] edges = {0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001};
    System.out.println();
    System.out.println(title + " (" + snippets.size() + "; wrong " + snippets.stream().filter(s -> !s.right()).count() + ")");
    System.out.println("| confidence | snippets | mean confidence | right |");
    System.out.println("| --- | --- | --- | --- |");
    double error = 0;
    for (int i = 0; i + 1 < edges.length; i++) {
      int n = 0, right = 0;
      double sum = 0;
      for (Snippet s : snippets) {
        double c = LanguageStage.confidence(s.lead());
        if (c < edges[i] || c >= edges[i + 1]) continue;
        n++;
        sum += c;
        if (s.right()) right++;
      }
      if (n == 0) continue;
      error += Math.abs(sum - right);
      System.out.printf(Locale.ROOT, "| %.2f–%.2f | %,d | %.3f | %.3f |%n", edges[i], Math.min(1, edges[i + 1]), n,
          sum / n, (double) right / n);
    }
    System.out.printf(Locale.ROOT, "expected calibration error %.4f%n", error / snippets.size());
    for (String language : LANGUAGES) {
      List<Snippet> own = snippets.stream().filter(s -> s.language().equals(language)).toList();
      double mean = own.stream().mapToDouble(s -> LanguageStage.confidence(s.lead())).average().orElse(0);
      double right = own.stream().filter(Snippet::right).count() / (double) Math.max(1, own.size());
      System.out.printf(Locale.ROOT, "  %s: %,d snippets, mean confidence %.3f, right %.3f%n", language, own.size(), mean, right);
    }
  }
}
