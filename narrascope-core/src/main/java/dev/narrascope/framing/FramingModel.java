package dev.narrascope.framing;

import dev.narrascope.text.AnalysedText;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained actor-framing model: given an entity mention in a document, predicts its main role
 * (Protagonist, Antagonist, Innocent) with a confidence and at least one fine role of that main role.
 * Immutable; one instance is shared across threads.
 *
 * <pre>{@code
 * FramingModel model = FramingModel.loadDefault();           // bundled artifact, loaded once on first use
 * RolePrediction p = model.predict("en", text, "NATO", 120, 123);   // end inclusive, as in the task files
 * p.mainRole();   // "Antagonist"
 * p.fineRoles();  // ["Instigator"]
 * }</pre>
 */
public final class FramingModel {
  /** File name of the artifact inside a model directory. */
  public static final String FILE_NAME = "framing-model.bin.gz";
  /** Class-path location of the bundled artifact. */
  public static final String RESOURCE = "/dev/narrascope/models/" + FILE_NAME;
  private static final String MAGIC = "narrascope-framing-6";
  /** The format before the framed-actor decision: read with every candidate framed, as then. */
  private static final String MAGIC_ROLES_ONLY = "narrascope-framing-5";
  private static volatile FramingModel defaultModel;

  private final FeatureOptions options;
  private final FeatureSpace space;
  private final LinearScorer main;
  private final FineRoles fine;
  private final SalienceModel salience;

  FramingModel(FeatureOptions options, FeatureSpace space, LinearScorer main, FineRoles fine, SalienceModel salience) {
    this.options = options;
    this.space = space;
    this.main = main;
    this.fine = fine;
    this.salience = salience;
  }

  /** This model deciding with {@code salience} which of an article's actors it frames. */
  FramingModel withSalience(SalienceModel salience) {
    return new FramingModel(options, space, main, fine, salience);
  }

  /**
   * The bundled model, read from the class path on first call and cached.
   *
   * @throws IllegalStateException when the jar carries no framing model
   */
  public static FramingModel loadDefault() {
    FramingModel m = defaultModel;
    if (m == null) {
      synchronized (FramingModel.class) {
        if (defaultModel == null) defaultModel = readDefault();
        m = defaultModel;
      }
    }
    return m;
  }

  /** Reads a model from a directory holding {@value #FILE_NAME}, or from the file itself. */
  public static FramingModel load(Path dirOrFile) throws IOException {
    Path file = Files.isDirectory(dirOrFile) ? dirOrFile.resolve(FILE_NAME) : dirOrFile;
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** Writes the model as {@value #FILE_NAME} into the directory (created when missing) and returns the file. */
  public Path save(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(FILE_NAME);
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file))))) {
      out.writeUTF(MAGIC);
      options.write(out);
      space.write(out);
      main.write(out);
      fine.write(out);
      salience.write(out);
    }
    return file;
  }

  private static FramingModel read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
    String magic = in.readUTF();
    if (!MAGIC.equals(magic) && !MAGIC_ROLES_ONLY.equals(magic)) throw new IOException("Not a framing model (header " + magic + ")");
    FeatureOptions options = FeatureOptions.read(in);
    FeatureSpace space = FeatureSpace.read(in);
    LinearScorer main = LinearScorer.read(in);
    FineRoles fine = FineRoles.read(in);
    return new FramingModel(options, space, main, fine, MAGIC.equals(magic) ? SalienceModel.read(in) : SalienceModel.FRAMES_ALL);
  }

  /**
   * Frames one mention given by task-style offsets (end inclusive); wrong offsets fall back to the
   * nearest occurrence of the entity text (see {@link MentionLocator}).
   */
  public RolePrediction predict(String language, String text, String entity, int start, int endInclusive) {
    return predictAll(language, text, List.of(new RoleMention("", entity, start, endInclusive))).get(0);
  }

  /** Frames several mentions of one document, analysing the document once. */
  public List<RolePrediction> predictAll(String language, String text, List<RoleMention> mentions) {
    AnalysedText doc = AnalysedText.shared(text, language);
    DocumentTerms terms = DocumentTerms.of(doc, space);
    Map<String, List<MentionLocator.Span>> occurrences = new HashMap<>();
    List<RolePrediction> out = new ArrayList<>(mentions.size());
    for (RoleMention m : mentions) {
      MentionLocator.Span focus = MentionLocator.locate(text, m.entity(), m.start(), m.endInclusive());
      List<MentionLocator.Span> others = occurrences.computeIfAbsent(m.entity(), e -> MentionFeatures.occurrences(text, e));
      out.add(predict(doc, terms, language, m.entity(), focus, others));
    }
    return out;
  }

  /**
   * One entity to frame in a text: its string and the spans of its mentions (char offsets, end
   * exclusive); the first span is the focus mention, the others add context.
   */
  public record Entity(String text, List<MentionLocator.Span> spans) {
    public Entity {
      spans = List.copyOf(spans);
      if (spans.isEmpty()) throw new IllegalArgumentException("No spans for entity " + text);
    }
  }

  /**
   * Frames several entities of one text, analysing the text once. Besides the given spans, the
   * entity string's other occurrences in the text add context.
   *
   * @return a prediction per entity, in order
   */
  public List<RolePrediction> predictEntities(String language, String text, List<Entity> entities) {
    AnalysedText doc = AnalysedText.shared(text, language);
    DocumentTerms terms = DocumentTerms.of(doc, space);
    List<RolePrediction> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      List<MentionLocator.Span> others = new ArrayList<>(e.spans());
      others.addAll(MentionFeatures.occurrences(text, e.text()));
      out.add(predict(doc, terms, language, e.text(), e.spans().get(0), others));
    }
    return out;
  }

  /**
   * Which of an article's candidate actors it frames at all: per candidate, the probability that it
   * does, and whether that is enough (the language's threshold, and among the {@code cap} most mentioned).
   */
  Salience salience(String language, String title, String text, List<ActorCandidates.Candidate> candidates, int cap) {
    double[] p = salience.probabilities(SalienceFeatures.extract(language, title, text, candidates));
    return new Salience(p, SalienceModel.decide(p, salience.threshold(language), cap));
  }

  /** The framed decision for each candidate: its probability, and whether it is framed. */
  record Salience(double[] probabilities, boolean[] framed) {}

  RolePrediction predict(Map<String, Double> features) {
    return predict(space.vectorise(features));
  }

  /** {@link #predict(Map)} of {@link MentionFeatures#extract}'s features, the document's shared part looked up once. */
  private RolePrediction predict(AnalysedText doc, DocumentTerms terms, String language, String entity, MentionLocator.Span focus,
                                 List<MentionLocator.Span> others) {
    Map<String, Double> around = MentionFeatures.aroundMention(doc, language, entity, focus, others, options);
    return predict(space.vectorise(around, terms, MentionFeatures.entityKey(entity), options));
  }

  private RolePrediction predict(SparseVector x) {
    return fine.decide(main.probabilities(x, Roles.MAIN.size()), x);
  }

  private static FramingModel readDefault() {
    try (InputStream in = FramingModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("No bundled framing model at " + RESOURCE);
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled framing model " + RESOURCE, e);
    }
  }
}
