package dev.narrascope.narrative;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.narrascope.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A two-level narrative hierarchy: domains (e.g. {@code URW}, {@code CC}) hold narratives, each
 * narrative holds sub-narratives. Labels are spelt as the SemEval-2025 Task 10 files spell them:
 * {@code "URW: Discrediting Ukraine"}, {@code "URW: Discrediting Ukraine: Ukraine is a puppet of the West"},
 * {@code "URW: Discrediting Ukraine: Other"} (every narrative has its own {@code Other}) and the
 * global {@link #OTHER}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Taxonomy t = Taxonomy.defaults();                       // the bundled SemEval hierarchy
 * Taxonomy mine = Taxonomy.load(Path.of("taxonomy.json")); // {"DOMAIN": {"narrative": ["sub", …]}, …}
 * t.parentOf("URW: Discrediting Ukraine: Other");          // "URW: Discrediting Ukraine"
 * }</pre>
 */
public final class Taxonomy {
  /** The global label for an article that pushes none of the narratives. */
  public static final String OTHER = "Other";
  private static final String RESOURCE = "/dev/narrascope/narrative/taxonomy.json";

  private final Map<String, Map<String, List<String>>> tree;
  private final List<String> narratives;
  private final List<String> subNarratives;
  private final Map<String, String> parent;
  private final Map<String, List<String>> children;

  private Taxonomy(Map<String, Map<String, List<String>>> tree) {
    this.tree = tree;
    List<String> coarse = new ArrayList<>();
    List<String> fine = new ArrayList<>();
    Map<String, String> up = new LinkedHashMap<>();
    Map<String, List<String>> down = new LinkedHashMap<>();
    tree.forEach((domain, narrativeMap) -> narrativeMap.forEach((narrative, subs) -> {
      String n = domain + ": " + narrative;
      coarse.add(n);
      Set<String> kids = new LinkedHashSet<>();
      for (String s : subs) kids.add(n + ": " + s);
      kids.add(n + ": " + OTHER); // every narrative has its own "Other", listed or not
      for (String k : kids) up.put(k, n);
      fine.addAll(kids);
      down.put(n, List.copyOf(kids));
    }));
    if (coarse.isEmpty()) throw new IllegalArgumentException("taxonomy has no narratives");
    this.narratives = List.copyOf(coarse);
    this.subNarratives = List.copyOf(fine);
    this.parent = Map.copyOf(up);
    this.children = Map.copyOf(down);
  }

  /** The bundled SemEval-2025 Task 10 hierarchy (2 domains, 21 narratives). */
  public static Taxonomy defaults() {
    try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a taxonomy in the task's {@code taxonomy.json} shape.
   *
   * @throws IllegalArgumentException when the JSON does not have that shape
   */
  public static Taxonomy load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a taxonomy from a stream in the task's {@code taxonomy.json} shape. */
  public static Taxonomy read(InputStream in) throws IOException {
    Map<String, Map<String, List<String>>> tree;
    try {
      tree = Json.MAPPER.readValue(in, new TypeReference<LinkedHashMap<String, Map<String, List<String>>>>() {});
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalArgumentException("not a taxonomy ({\"DOMAIN\": {\"narrative\": [\"sub\", …]}}): "
          + e.getOriginalMessage(), e);
    }
    return new Taxonomy(tree);
  }

  /** This taxonomy in the task's {@code taxonomy.json} shape (what {@link #read} accepts). */
  public String toJson() {
    try {
      return Json.MAPPER.writeValueAsString(tree);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every narrative label, in file order. */
  public List<String> narratives() {
    return narratives;
  }

  /** Every sub-narrative label including each narrative's {@code "…: Other"}, in file order. */
  public List<String> subNarratives() {
    return subNarratives;
  }

  /** The sub-narratives of {@code narrative} (its {@code "…: Other"} last), or empty when unknown. */
  public List<String> subNarrativesOf(String narrative) {
    return children.getOrDefault(narrative, List.of());
  }

  /** The narrative a sub-narrative belongs to, or {@code null} when it is not one. */
  public String parentOf(String subNarrative) {
    return parent.get(subNarrative);
  }

  /** The {@code "…: Other"} sub-narrative of a narrative. */
  public static String otherOf(String narrative) {
    return narrative + ": " + OTHER;
  }

  public boolean isNarrative(String label) {
    return children.containsKey(label);
  }

  public boolean isSubNarrative(String label) {
    return parent.containsKey(label);
  }

  /** Whether {@code label} is a label of this taxonomy at either level, or the global {@link #OTHER}. */
  public boolean contains(String label) {
    return OTHER.equals(label) || isNarrative(label) || isSubNarrative(label);
  }

  /** The narratives implied by a set of sub-narratives (unknown labels are skipped). */
  public Set<String> parentsOf(Collection<String> subNarratives) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : subNarratives) {
      String p = parent.get(s);
      if (p != null) out.add(p);
    }
    return out;
  }
}
