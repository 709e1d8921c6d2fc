package dev.narrascope.narrative;

import de.bwaldvogel.liblinear.Feature;
import dev.narrascope.text.AnalysedText;
import dev.narrascope.text.TextSpan;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained narrative classifier: language-aware TF-IDF features, one calibrated linear scorer per
 * narrative and sub-narrative (its probability within its domain) and one per domain, and consistent
 * two-level decoding by the expected-F1 set rule ({@link NarrativePrediction}). Files whose scorers
 * are one per label only (older, flat models) still load and give each label's probability
 * directly. Built by {@link NarrativeTrainer}; stored as one gzip'd file ({@value #FILE_NAME})
 * holding the taxonomy's labels, the vocabulary and the weights, never training text. Immutable and
 * thread-safe: share one instance.
 *
 * <pre>{@code
 * NarrativeModel model = NarrativeModel.defaults();      // the bundled model, loaded once
 * NarrativePrediction p = model.predict(text, "en");
 * p.narratives();                                        // [LabelScore[URW: Discrediting Ukraine, 0.71], …]
 * }</pre>
 */
public final class NarrativeModel {
  /** File name of the model inside a model folder (and of the bundled resource). */
  public static final String FILE_NAME = "narratives.bin.gz";
  private static final String RESOURCE = "/dev/narrascope/models/" + FILE_NAME;
  private static final int MAGIC_V1 = 0x4e534e31; // "NSN1": thresholds only
  private static final int MAGIC_V2 = 0x4e534e32; // "NSN2": thresholds, then the set rule; a scorer per label
  private static final int MAGIC = 0x4e534e33; // "NSN3": as NSN2, with the domain scorers after the labels'

  private final Taxonomy taxonomy;
  private final TextAnalyzer analyzer;
  private final int charMin;
  private final int charMax;
  private final Vocabulary vocabulary;
  private final LinearScorers scorers;
  private final NarrativeDecoder decoder;
  private final List<String> labels;
  private final int[] domainOf;
  private final CorrectionMemory corrections;

  NarrativeModel(Taxonomy taxonomy, int charMin, int charMax, Vocabulary vocabulary, LinearScorers scorers,
                 double[] thresholds, double[] setRule) {
    this(taxonomy, charMin, charMax, vocabulary, scorers, new NarrativeDecoder(taxonomy, thresholds, setRule),
        CorrectionMemory.empty());
  }

  private NarrativeModel(Taxonomy taxonomy, int charMin, int charMax, Vocabulary vocabulary, LinearScorers scorers,
                         NarrativeDecoder decoder, CorrectionMemory corrections) {
    this.taxonomy = taxonomy;
    this.charMin = charMin;
    this.charMax = charMax;
    this.analyzer = new TextAnalyzer(charMin, charMax);
    this.vocabulary = vocabulary;
    this.scorers = scorers;
    this.decoder = decoder;
    this.labels = NarrativeDecoder.labels(taxonomy);
    this.domainOf = NarrativeDecoder.domainIndex(taxonomy);
    this.corrections = corrections;
  }

  /**
   * This model remembering analysts' corrected articles ({@link CorrectionMemory}): it gives their
   * corrected labels for their texts, its scorers' labels for every other text.
   *
   * @throws IllegalArgumentException when a remembered label is not in this model's taxonomy
   */
  public NarrativeModel withCorrections(CorrectionMemory corrections) {
    for (CorrectionMemory.Entry e : corrections.entries()) {
      for (String l : e.narratives()) if (!l.equals(Taxonomy.OTHER)) requireLabel(l);
      for (String l : e.subNarratives()) if (!l.equals(Taxonomy.OTHER)) requireLabel(l);
    }
    return new NarrativeModel(taxonomy, charMin, charMax, vocabulary, scorers, decoder, corrections);
  }

  private void requireLabel(String label) {
    if (!labels.contains(label)) throw new IllegalArgumentException("corrected label not in the model's taxonomy: " + label);
  }

  /** The corrected articles this model remembers (empty for the bundled model). */
  public CorrectionMemory corrections() {
    return corrections;
  }

  /** The bundled model, read once on first use. */
  public static NarrativeModel defaults() {
    return Bundled.MODEL;
  }

  /** Whether a bundled model is on the class path. */
  public static boolean hasDefaults() {
    return NarrativeModel.class.getResource(RESOURCE) != null;
  }

  /** Reads {@value #FILE_NAME} from a model folder written by {@code narrascope train}. */
  public static NarrativeModel load(Path modelDir) throws IOException {
    NarrativeModel model;
    try (InputStream in = Files.newInputStream(modelDir.resolve(FILE_NAME))) {
      model = read(in);
    }
    try {
      return model.withCorrections(CorrectionMemory.load(modelDir));
    } catch (IllegalArgumentException e) {
      throw new IOException(modelDir.resolve(CorrectionMemory.FILE_NAME) + ": " + e.getMessage(), e);
    }
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /** Classifies a text; {@code language} is an ISO 639-1 code (others use a generic analyzer). */
  public NarrativePrediction predict(String text, String language) {
    return corrections.recall(text).orElseGet(() -> decoder.predict(probabilities(text, language)));
  }

  /**
   * {@link #predict(String, String)} of an article's {@link #modelText}, its body analysed through
   * {@link AnalysedText#shared} (the framing and explanation stages analyse it too). Gives the same
   * terms: a line break ends every token, and the analyzers' filters see one token at a time, so the
   * model text's words are the title's, then the body's.
   */
  public NarrativePrediction predict(String title, String body, String language) {
    String text = modelText(title, body);
    return corrections.recall(text).orElseGet(() -> {
      List<String> words = AnalysedText.shared(body, language).terms();
      if (!title.isBlank()) {
        List<String> titleWords = AnalysedText.of(title, language).terms();
        List<String> all = new ArrayList<>(titleWords.size() + words.size());
        all.addAll(titleWords);
        all.addAll(words);
        words = all;
      }
      return decoder.predict(probabilities(vocabulary.vector(analyzer.terms(words, text))));
    });
  }

  /**
   * The text the model classifies for an article: its title line, a blank line, its body (the body
   * alone without a title). The training documents start with their title line, so the model expects it.
   */
  public static String modelText(String title, String body) {
    return title.isBlank() ? body : title + "\n\n" + body;
  }

  /**
   * The text's narratives, or, when it gets {@code Other}, its most probable narrative and
   * sub-narrative: for callers that know the text pushes one (SemEval subtask 3 explains the dominant
   * narrative of articles annotated with one).
   */
  public NarrativePrediction predictSomeNarrative(String text, String language) {
    var corrected = corrections.recall(text);
    if (corrected.isPresent() && !corrected.get().narrativeLabels().contains(Taxonomy.OTHER)) return corrected.get();
    double[] p = probabilities(text, language);
    NarrativePrediction prediction = decoder.predict(p);
    return prediction.narrativeLabels().contains(Taxonomy.OTHER) ? decoder.mostLikely(p) : prediction;
  }

  /** Calibrated probability of every label: the taxonomy's narratives, then its sub-narratives. */
  double[] probabilities(String text, String language) {
    return probabilities(vector(text, language));
  }

  double[] probabilities(Feature[] x) {
    return combine(scorers.probabilities(x), labels.size(), domainOf);
  }

  /**
   * The label probabilities from the scorers' outputs: as they are, or, when domain scorers follow
   * the labels, each label's in-domain probability times its domain's.
   */
  static double[] combine(double[] scored, int labels, int[] domainOf) {
    if (scored.length == labels) return scored;
    double[] p = new double[labels];
    for (int l = 0; l < labels; l++) p[l] = scored[l] * scored[labels + domainOf[l]];
    return p;
  }

  Feature[] vector(String text, String language) {
    return vocabulary.vector(analyzer.terms(text, language));
  }

  /**
   * How much a passage (e.g. one sentence) of an analysed text on its own pushes towards the given
   * labels: the sum, over the labels, of each one's linear score without the bias plus its domain
   * scorer's (a label needs both its domain and itself). The passage's terms are read from the text's
   * analysis where {@link AnalysedText#termsOf} can (the same terms as analysing the passage alone),
   * else the passage is analysed. Comparable between passages of one text; an unknown label adds 0.
   */
  public double contribution(AnalysedText text, TextSpan span, String language, String... labels) {
    String passage = text.text().substring(span.start(), span.end());
    List<String> words = text.termsOf(span).orElseGet(() -> AnalysedText.of(passage, language).terms());
    Feature[] x = vocabulary.vector(analyzer.terms(words, passage));
    double c = 0;
    for (String label : labels) {
      int l = this.labels.indexOf(label);
      if (l < 0) continue;
      c += scorers.contribution(l, x);
      if (scorers.labels() > this.labels.size()) c += scorers.contribution(this.labels.size() + domainOf[l], x);
    }
    return c;
  }

  /** Writes the model (gzip'd); {@link #read} reads it back. */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    d.writeInt(scorers.labels() == labels.size() ? MAGIC_V2 : MAGIC); // a flat model stays readable as one
    byte[] tax = taxonomy.toJson().getBytes(StandardCharsets.UTF_8);
    d.writeInt(tax.length);
    d.write(tax);
    d.writeInt(charMin);
    d.writeInt(charMax);
    vocabulary.write(d);
    scorers.write(d);
    double[] t = decoder.thresholds();
    d.writeInt(t.length);
    for (double v : t) d.writeDouble(v);
    double[] rule = decoder.setRule();
    d.writeInt(rule.length);
    for (double v : rule) d.writeDouble(v);
    d.flush();
    gz.finish();
  }

  /**
   * Writes the model as {@value #FILE_NAME} into {@code modelDir} (created if needed), and its
   * corrected articles, if any, as {@value CorrectionMemory#FILE_NAME} beside it.
   */
  public Path save(Path modelDir) throws IOException {
    Files.createDirectories(modelDir);
    Path file = modelDir.resolve(FILE_NAME);
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
    }
    corrections.save(modelDir);
    return file;
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @throws IOException when the stream is not a narrative model
   */
  public static NarrativeModel read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
    int magic = d.readInt();
    if (magic != MAGIC && magic != MAGIC_V2 && magic != MAGIC_V1) throw new IOException("not a narrative model (bad header)");
    byte[] tax = new byte[d.readInt()];
    d.readFully(tax);
    Taxonomy taxonomy = Taxonomy.read(new ByteArrayInputStream(tax));
    int charMin = d.readInt();
    int charMax = d.readInt();
    Vocabulary vocabulary = Vocabulary.read(d);
    LinearScorers scorers = LinearScorers.read(d);
    double[] t = new double[d.readInt()];
    for (int i = 0; i < t.length; i++) t[i] = d.readDouble();
    double[] rule = new double[magic == MAGIC_V1 ? 0 : d.readInt()];
    for (int i = 0; i < rule.length; i++) rule[i] = d.readDouble();
    int labels = NarrativeDecoder.labels(taxonomy).size();
    int expected = magic == MAGIC ? labels + NarrativeDecoder.domains(NarrativeDecoder.domainIndex(taxonomy)) : labels;
    if (scorers.labels() != expected) {
      throw new IOException("narrative model has " + scorers.labels() + " scorers, its taxonomy needs " + expected);
    }
    return new NarrativeModel(taxonomy, charMin, charMax, vocabulary, scorers, t, rule);
  }

  /** Holder idiom: the bundled model is read on first use, once, thread-safely. */
  private static final class Bundled {
    static final NarrativeModel MODEL = load();

    private static NarrativeModel load() {
      try (InputStream in = NarrativeModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) throw new IllegalStateException("no bundled narrative model at " + RESOURCE
            + " (build it with: narrascope train --data DIR --out narrascope-core/src/main/resources/dev/narrascope/models)");
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled narrative model", e);
      }
    }
  }
}
