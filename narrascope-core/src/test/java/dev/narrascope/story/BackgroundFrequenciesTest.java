package dev.narrascope.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class BackgroundFrequenciesTest {
  @Test
  void shipped_topicWordsCommonEventWordsRare() {
    BackgroundFrequencies bg = BackgroundFrequencies.shipped();
    assertThat(bg.rate("en", Terms.term("Ukraine"))).isGreaterThan(0.2);
    assertThat(bg.rate("en", Terms.term("Reznikov"))).isLessThan(ArticleVectors.EVENT_RATE);
    // Cyrillic is transliterated before counting, so Russian news knows Russia as a common word.
    assertThat(bg.rate("ru", Terms.term("России"))).isGreaterThan(0.2);
  }

  @Test
  void rate_unknownLanguage_usesPooledTable() {
    BackgroundFrequencies bg = BackgroundFrequencies.shipped();
    assertThat(bg.rate("xx", "ukrain")).isEqualTo(bg.rate(BackgroundFrequencies.ANY, "ukrain"));
  }

  @Test
  void countWriteRead_roundTrip_keepsCountsOfTermsSeenTwice(@TempDir Path dir) throws Exception {
    Path en = Files.createDirectories(dir.resolve("raw/EN"));
    Files.writeString(en.resolve("a.txt"), "Sanctions on steel\n\nThe ministry announced sanctions on steel imports.");
    Files.writeString(en.resolve("b.txt"), "Floods in the valley\n\nThe ministry counted the damage of the floods.");
    Files.writeString(en.resolve("notes.md"), "ministry ministry");
    Path table = dir.resolve("df.tsv.gz");
    BackgroundFrequencies.count(dir.resolve("raw"), java.util.List.of()).write(table);
    BackgroundFrequencies read = BackgroundFrequencies.read(Files.newInputStream(table));
    assertThat(read.rate("en", Terms.term("ministry"))).isEqualTo(1.0);
    // Seen once: left out of the table, so it counts as half a document like any unseen term.
    assertThat(read.rate("en", Terms.term("floods"))).isEqualTo(0.25);
    assertThat(read.rate("en", Terms.term("Sanctions"))).isEqualTo(0.25);
  }

  @Test
  void count_onlyTheLanguagesAskedFor(@TempDir Path dir) throws Exception {
    for (String lang : java.util.List.of("EN", "BG")) {
      Path folder = Files.createDirectories(dir.resolve("raw").resolve(lang));
      Files.writeString(folder.resolve("a.txt"), "Ministry\n\nThe ministry spoke.");
      Files.writeString(folder.resolve("b.txt"), lang.equals("EN") ? "Ministry\n\nThe ministry spoke again." : "Floods\n\nRain fell.");
      Files.writeString(folder.resolve("c.txt"), lang.equals("EN") ? "Ministry\n\nThe ministry spoke once more." : "Fire\n\nIt burned.");
    }
    Path table = dir.resolve("df.tsv.gz");
    BackgroundFrequencies.count(dir.resolve("raw"), java.util.List.of("en")).write(table);
    BackgroundFrequencies read = BackgroundFrequencies.read(Files.newInputStream(table));
    assertThat(read.rate("en", Terms.term("ministry"))).isEqualTo(1.0);
    assertThat(read.rate("bg", Terms.term("ministry"))).isEqualTo(read.rate(BackgroundFrequencies.ANY, Terms.term("ministry")));
    // Pooled over EN alone: 3 of 3 documents; with BG it would have been 4 of 6.
    assertThat(read.rate(BackgroundFrequencies.ANY, Terms.term("ministry"))).isEqualTo(1.0);
  }

  @Test
  void rate_emptyTable_isMinusOne() {
    assertThat(new BackgroundFrequencies(java.util.Map.of(), java.util.Map.of()).rate("en", "ukrain")).isEqualTo(-1);
  }
}
