package dev.narrascope.framing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.text.AnalysedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class FeatureSpaceTest {
  private static final FeatureOptions OPTIONS = FeatureOptions.defaults();

  @Test
  void vectorise_documentTermsLookedUpOnce_giveTheVectorOfTheWholeFeatureMap() {
    String seen = "Kravex lied again about the farmers.\nThe farmers of Kravex|Ost suffered; Oskar defended them.";
    String unseen = "Oskar and Kravex met the farmers again. Kravex|Ost lied about Oskar, and the town suffered.";
    FeatureSpace space = FeatureSpace.build(features(seen, List.of("Kravex", "farmers", "Kravex|Ost")), 1);

    for (String text : List.of(seen, unseen)) {
      AnalysedText doc = AnalysedText.of(text, "en");
      DocumentTerms terms = DocumentTerms.of(doc, space);
      for (String entity : List.of("Kravex", "farmers", "Oskar", "Kravex|Ost")) {
        MentionLocator.Span focus = focus(text, entity);
        List<MentionLocator.Span> others = MentionFeatures.occurrences(text, entity);

        SparseVector whole = space.vectorise(MentionFeatures.extract(doc, "en", entity, focus, others, OPTIONS));
        SparseVector shared = space.vectorise(MentionFeatures.aroundMention(doc, "en", entity, focus, others, OPTIONS),
            terms, MentionFeatures.entityKey(entity), OPTIONS);

        assertThat(shared.indices()).as(entity).containsExactly(whole.indices());
        assertThat(shared.values()).as(entity).containsExactly(whole.values());
      }
    }
  }

  @Test
  void vectorise_pairedFeatures_countOnlyForTheirEntity() {
    String text = "Kravex lied about the farmers.";
    FeatureSpace space = FeatureSpace.build(features(text, List.of("Kravex")), 1);
    AnalysedText doc = AnalysedText.of(text, "en");
    DocumentTerms terms = DocumentTerms.of(doc, space);

    SparseVector kravex = space.vectorise(Map.of(), terms, "kravex", OPTIONS);
    SparseVector other = space.vectorise(Map.of(), terms, "oskar", OPTIONS);

    assertThat(other.size()).isEqualTo(terms.size());   // the d: features alone
    assertThat(kravex.size()).isEqualTo(2 * terms.size()); // and one x: feature per term
  }

  private static List<Map<String, Double>> features(String text, List<String> entities) {
    AnalysedText doc = AnalysedText.of(text, "en");
    List<Map<String, Double>> out = new ArrayList<>();
    for (String e : entities) out.add(MentionFeatures.extract(doc, "en", e, focus(text, e), MentionFeatures.occurrences(text, e), OPTIONS));
    return out;
  }

  private static MentionLocator.Span focus(String text, String entity) {
    int at = text.indexOf(entity);
    return new MentionLocator.Span(at, at + entity.length(), MentionLocator.Match.EXACT);
  }
}
