package dev.narrascope.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.narrascope.LabelScore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CorrectionMemoryTest {
  private static NarrativeModel model;
  private static String text;

  @TempDir Path dir;

  @BeforeAll
  static void train() {
    NarrativeTrainer.Options o = new NarrativeTrainer.Options(4, 3, 1, 1, 10_000, 0, 0, true, 1.0);
    model = new NarrativeTrainer(SyntheticCorpus.taxonomy(), o).train(SyntheticCorpus.documents(15, 3), line -> {});
    text = SyntheticCorpus.text(new Random(99), "kyiv shelled donbass and provoked the conflict");
  }

  private static CorrectionMemory westCorrection(String forText) {
    return CorrectionMemory.of(List.of(new LabeledDocument("a.txt", "en", forText, Set.of("WAR: Blame others"),
        Set.of(SyntheticCorpus.WEST), null)));
  }

  @Test
  void predict_correctedText_givesTheCorrectedLabelsWithConfidenceOne_otherTextsTheScorersLabels() {
    assertThat(model.predict(text, "en").subNarrativeLabels()).doesNotContain(SyntheticCorpus.WEST);
    NarrativeModel corrected = model.withCorrections(westCorrection(text));

    NarrativePrediction p = corrected.predict(text, "en");
    assertThat(p.narratives()).containsExactly(new LabelScore("WAR: Blame others", 1.0));
    assertThat(p.subNarratives()).containsExactly(new LabelScore(SyntheticCorpus.WEST, 1.0));
    // Case and whitespace differences are the same article (the store keeps cleaned text).
    assertThat(corrected.predict("  " + text.toUpperCase().replace(" ", "\n "), "en").subNarrativeLabels())
        .containsExactly(SyntheticCorpus.WEST);
    String other = SyntheticCorpus.text(new Random(5), null);
    assertThat(corrected.predict(other, "en")).isEqualTo(model.predict(other, "en"));
  }

  @Test
  void saveAndLoad_keepTheMemory_noMemoryRemovesAStaleFile() throws IOException {
    model.withCorrections(westCorrection(text)).save(dir);
    assertThat(dir.resolve(CorrectionMemory.FILE_NAME)).exists();
    assertThat(Files.readString(dir.resolve(CorrectionMemory.FILE_NAME))).doesNotContain("kyiv"); // no text, only its hash
    NarrativeModel loaded = NarrativeModel.load(dir);
    assertThat(loaded.corrections().size()).isEqualTo(1);
    assertThat(loaded.predict(text, "en").subNarrativeLabels()).containsExactly(SyntheticCorpus.WEST);

    model.save(dir); // retrained without corrections into the same folder
    assertThat(dir.resolve(CorrectionMemory.FILE_NAME)).doesNotExist();
    assertThat(NarrativeModel.load(dir).predict(text, "en")).isEqualTo(model.predict(text, "en"));
  }

  @Test
  void load_labelOutsideTheTaxonomy_failsNamingTheFile() throws IOException {
    model.save(dir);
    Files.writeString(dir.resolve(CorrectionMemory.FILE_NAME),
        "[{\"key\":\"00\",\"narratives\":[\"NOPE: Made up\"],\"subNarratives\":[\"Other\"]}]");
    assertThatThrownBy(() -> NarrativeModel.load(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining(CorrectionMemory.FILE_NAME).hasMessageContaining("NOPE: Made up");
    Files.writeString(dir.resolve(CorrectionMemory.FILE_NAME), "{not json");
    assertThatThrownBy(() -> NarrativeModel.load(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining(CorrectionMemory.FILE_NAME);
  }
}
