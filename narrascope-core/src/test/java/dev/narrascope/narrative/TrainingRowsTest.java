package dev.narrascope.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class TrainingRowsTest {
  private final Taxonomy taxonomy = SyntheticCorpus.taxonomy();
  private final List<String> labels = NarrativeDecoder.labels(taxonomy);
  private final List<LabeledDocument> docs = SyntheticCorpus.documents(2, 1); // w0 k0 d0 o0 w1 k1 d1 o1

  private TrainingRows rows(double explanationWeight) {
    Feature[][] vectors = new Feature[docs.size()][];
    for (int d = 0; d < docs.size(); d++) vectors[d] = new Feature[] {new FeatureNode(1, 1.0)};
    return TrainingRows.build(docs, vectors, labels, NarrativeDecoder.domainIndex(taxonomy), 1, explanationWeight,
        (text, language) -> new Feature[] {new FeatureNode(1, 0.5)});
  }

  @Test
  void explanations_followTheDocumentsTheyExplain() {
    TrainingRows r = rows(2.0);
    // Six of the eight articles have a narrative and so an explanation.
    assertThat(r.x.length).isEqualTo(14);
    int[] explanationSources = Arrays.copyOfRange(r.source, 8, 14);
    assertThat(explanationSources).containsExactly(0, 1, 2, 4, 5, 6);
    assertThat(r.x[8][0].getValue()).isEqualTo(1.0); // 0.5 scaled by the weight
    assertThat(r.x[8][1].getIndex()).isEqualTo(2);   // then the bias feature
  }

  @Test
  void noExplanationWeight_leavesOnlyTheDocuments() {
    assertThat(rows(0).x.length).isEqualTo(8);
  }

  @Test
  void labelScorers_learnFromTheirDomainOnly_domainScorersFromAll() {
    TrainingRows r = rows(1.0);
    assertThat(r.scorers()).isEqualTo(labels.size() + 2);
    int[] all = IntStream.range(0, r.x.length).toArray();
    int kyiv = labels.indexOf(SyntheticCorpus.KYIV);
    // WAR rows: the West and Kyiv articles and their explanations.
    assertThat(r.rowsFor(kyiv, all)).containsExactly(0, 1, 4, 5, 8, 9, 11, 12);
    assertThat(r.rowsFor(labels.size(), all)).isEqualTo(all);
    int war = labels.size() + NarrativeDecoder.domainIndex(taxonomy)[kyiv];
    assertThat(r.gold[3][war]).isFalse();  // an Other article is in no domain
    assertThat(r.gold[1][war]).isTrue();
    assertThat(r.documentLabels()[1]).hasSize(labels.size());
  }

  @Test
  void combine_multipliesInDomainByDomainProbability() {
    int[] domainOf = NarrativeDecoder.domainIndex(taxonomy);
    double[] scored = new double[labels.size() + 2];
    Arrays.fill(scored, 0.5);
    scored[labels.size() + domainOf[labels.indexOf(SyntheticCorpus.DATA)]] = 0.2;
    double[] p = NarrativeModel.combine(scored, labels.size(), domainOf);
    assertThat(p).hasSize(labels.size());
    assertThat(p[labels.indexOf(SyntheticCorpus.DATA)]).isEqualTo(0.1);
    assertThat(p[labels.indexOf(SyntheticCorpus.KYIV)]).isEqualTo(0.25);
    double[] flat = {0.3, 0.4};
    assertThat(NarrativeModel.combine(flat, 2, domainOf)).isSameAs(flat);
  }
}
