package dev.narrascope.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Evidence;
import dev.narrascope.Explanation;
import dev.narrascope.Findings;
import dev.narrascope.LabelScore;
import dev.narrascope.explain.EvidenceExplainer;
import dev.narrascope.framing.Roles;
import dev.narrascope.narrative.NarrativePrediction;
import dev.narrascope.narrative.Taxonomy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a model's answer into {@link LlmLabels}: parses the JSON object (tolerating a code fence or
 * prose around it), keeps the labels and roles of the taxonomy (matched ignoring case and spacing),
 * drops the others with an {@code unknown-label} finding, and makes the label set consistent (a
 * sub-narrative implies its narrative, a narrative without a sub-narrative gets its {@code "…: Other"}).
 * Thread-safe.
 */
final class AnswerValidator {
  static final String STAGE = LlmStage.NAME;
  private static final int MAX_EVIDENCE = 3;

  private final Taxonomy taxonomy;
  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, String> roles = new HashMap<>();

  AnswerValidator(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    labels.put(key(Taxonomy.OTHER), Taxonomy.OTHER);
    for (String n : taxonomy.narratives()) labels.put(key(n), n);
    for (String s : taxonomy.subNarratives()) labels.put(key(s), s);
    for (String main : Roles.MAIN) roles.put(key(main), main);
    for (String fine : Roles.allFineRoles()) roles.put(key(fine), fine);
  }

  /**
   * @param content the assistant message
   * @param text    the article text evidence must be found in
   * @param actors  the article's actor names
   * @param input   the article's name in findings
   * @throws LlmException when the answer is not a JSON object or names no label of the taxonomy
   */
  LlmLabels validate(String content, String text, Collection<String> actors, Findings findings, String input) throws LlmException {
    JsonNode root = parse(content);
    Set<String> given = new LinkedHashSet<>();
    int unknown = 0;
    for (String field : List.of("dominantNarrative", "dominantSubNarrative", "narratives", "subNarratives")) {
      for (String raw : strings(root.path(field))) {
        String label = labels.get(key(raw));
        if (label != null) given.add(label);
        else if (!raw.isBlank()) {
          unknown++;
          findings.add(STAGE, "unknown-label", input, "dropped '" + raw + "' from " + field + ": not a label of the taxonomy");
        }
      }
    }
    if (given.isEmpty()) {
      throw new LlmException(unknown > 0 ? "no label of the taxonomy in the answer" : "the answer names no narrative");
    }
    NarrativePrediction prediction = consistent(given, label(root.path("dominantNarrative")));
    return new LlmLabels(prediction, explanation(root, prediction, label(root.path("dominantSubNarrative")), text),
        roles(root.path("actors"), actors, findings, input));
  }

  /** Narratives (the dominant first), then sub-narratives (the dominant's first), each narrative with at least one. */
  private NarrativePrediction consistent(Set<String> given, String dominant) {
    Set<String> narratives = new LinkedHashSet<>();
    Set<String> subs = new LinkedHashSet<>();
    if (dominant != null && taxonomy.isNarrative(dominant)) narratives.add(dominant);
    for (String l : given) {
      if (taxonomy.isNarrative(l)) narratives.add(l);
      else if (taxonomy.isSubNarrative(l)) {
        narratives.add(taxonomy.parentOf(l));
        subs.add(l);
      }
    }
    if (narratives.isEmpty()) return new NarrativePrediction(List.of(one(Taxonomy.OTHER)), List.of(one(Taxonomy.OTHER)));
    List<LabelScore> fine = new ArrayList<>();
    for (String n : narratives) {
      boolean any = false;
      for (String s : subs) {
        if (n.equals(taxonomy.parentOf(s))) {
          fine.add(one(s));
          any = true;
        }
      }
      if (!any) fine.add(one(Taxonomy.otherOf(n)));
    }
    return new NarrativePrediction(narratives.stream().map(AnswerValidator::one).toList(), fine);
  }

  private static Explanation explanation(JsonNode root, NarrativePrediction p, String dominantSub, String text) {
    String narrative = p.narratives().get(0).label();
    if (Taxonomy.OTHER.equals(narrative)) return new Explanation(Taxonomy.OTHER, Taxonomy.OTHER, "", List.of());
    String sub = dominantSub != null && p.subNarrativeLabels().contains(dominantSub) && dominantSub.startsWith(narrative + ": ")
        ? dominantSub
        : p.subNarrativeLabels().stream().filter(s -> s.startsWith(narrative + ": ")).findFirst().orElse(Taxonomy.otherOf(narrative));
    List<Evidence> evidence = new ArrayList<>();
    for (String quote : strings(root.path("evidence"))) {
      String q = quote.strip();
      int at = q.isEmpty() ? -1 : text.indexOf(q);
      if (at >= 0 && evidence.size() < MAX_EVIDENCE) evidence.add(new Evidence(at, at + q.length(), q));
    }
    String explanation = root.path("explanation").isTextual() ? root.path("explanation").asText().strip() : "";
    if (explanation.isEmpty()) explanation = String.join(" ", evidence.stream().map(Evidence::text).toList());
    return new Explanation(narrative, sub, words(explanation, EvidenceExplainer.MAX_WORDS), evidence);
  }

  private Map<String, LlmLabels.Role> roles(JsonNode answers, Collection<String> actors, Findings findings, String input) {
    Map<String, String> names = new HashMap<>();
    for (String a : actors) names.put(key(a), a);
    Map<String, LlmLabels.Role> out = new LinkedHashMap<>();
    for (JsonNode a : answers.isArray() ? answers : List.<JsonNode>of()) {
      String raw = a.path("name").asText("");
      String actor = names.get(key(raw));
      if (actor == null) {
        if (!raw.isBlank()) findings.add(STAGE, "unknown-actor", input, "dropped the role of '" + raw + "': not an actor of the article");
        continue;
      }
      String rawMain = a.path("mainRole").asText("");
      String main = roles.get(key(rawMain));
      if (main == null || !Roles.isMain(main)) {
        findings.add(STAGE, "unknown-label", input, "dropped the role '" + rawMain + "' of '" + actor + "': not a main role");
        continue;
      }
      List<String> fine = new ArrayList<>();
      for (String rawFine : strings(a.path("fineRoles"))) {
        String f = roles.get(key(rawFine));
        if (f != null && Roles.fineRoles(main).contains(f)) {
          if (!fine.contains(f)) fine.add(f);
        } else {
          findings.add(STAGE, "unknown-label", input, "dropped the fine role '" + rawFine + "' of '" + actor + "': not a fine role of " + main);
        }
      }
      out.put(actor, new LlmLabels.Role(main, fine));
    }
    return out;
  }

  private static JsonNode parse(String content) throws LlmException {
    int from = content.indexOf('{');
    int to = content.lastIndexOf('}');
    if (from < 0) throw new LlmException("the answer holds no JSON object: " + abbreviate(content));
    try {
      JsonNode root = dev.narrascope.Json.MAPPER.readTree(content.substring(from, to < from ? content.length() : to + 1));
      if (root == null || !root.isObject()) throw new LlmException("the answer is not a JSON object: " + abbreviate(content));
      return root;
    } catch (IOException e) {
      throw new LlmException("malformed JSON in the answer: " + abbreviate(content));
    }
  }

  /** A string or an array of strings (models mix them up); anything else is empty. */
  private static List<String> strings(JsonNode node) {
    if (node.isTextual()) return List.of(node.asText());
    List<String> out = new ArrayList<>();
    if (node.isArray()) for (JsonNode n : node) if (n.isTextual()) out.add(n.asText());
    return out;
  }

  private String label(JsonNode node) {
    return node.isTextual() ? labels.get(key(node.asText())) : null;
  }

  private static String key(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String words(String s, int max) {
    String[] w = s.split("\\s+");
    return w.length <= max ? s : String.join(" ", java.util.Arrays.asList(w).subList(0, max));
  }

  private static LabelScore one(String label) {
    return new LabelScore(label, 1.0);
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= 120 ? one : one.substring(0, 120) + "…";
  }
}
