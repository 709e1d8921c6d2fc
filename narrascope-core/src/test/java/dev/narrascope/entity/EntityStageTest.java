package dev.narrascope.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.narrascope.Article;
import dev.narrascope.EntityMention;
import dev.narrascope.Findings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class EntityStageTest {
  private static final EntityStage STAGE = new EntityStage();

  private static List<EntityMention> entities(String text) {
    Article a = new Article("t", null, null, null, null, null, "en", 1, text, null, null);
    return STAGE.apply(a, Findings.none()).analysis().entities();
  }

  private static EntityMention mention(List<EntityMention> ms, String surface) {
    return ms.stream().filter(m -> m.text().equals(surface)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + ms));
  }

  /* --------------- aliases --------------- */

  @Test
  void apply_kievKyivAndCyrillic_resolveToKyiv() {
    List<EntityMention> ms = entities("Kiev denied it. Kyiv insists. В Киеве тихо. Київ стоїть. Делегацията пристигна в Киев.");
    assertThat(ms).filteredOn(m -> m.type().equals("LOCATION")).extracting(EntityMention::canonical)
        .containsOnly("Kyiv").hasSize(5);
  }

  @Test
  void apply_zelenskySpellings_resolveToOnePerson() {
    List<EntityMention> ms = entities("Zelenskyy met Zelenskiy. Президентът Зеленски заяви. Зеленский сказал. Зеленского поддержали.");
    assertThat(ms).extracting(EntityMention::canonical).containsOnly("Volodymyr Zelensky").hasSize(5);
  }

  @Test
  void apply_titleBeforeName_isStripped() {
    List<EntityMention> ms = entities("Ukrainian Defense Minister Oleksii Reznikov spoke. Deputy Minister Rustam Petrenko agreed.");
    EntityMention reznikov = mention(ms, "Oleksii Reznikov");
    assertThat(reznikov.type()).isEqualTo("PERSON");
    EntityMention petrenko = mention(ms, "Rustam Petrenko");
    assertThat(petrenko.type()).isEqualTo("PERSON");
    assertThat(ms).noneMatch(m -> m.text().contains("Minister"));
  }

  @Test
  void apply_surnameOnly_takesFullNameOfSameArticle() {
    List<EntityMention> ms = entities("Deputy Minister Rustam Petrenko visited Lviv. Later, Petrenko said the talks failed.");
    assertThat(mention(ms, "Petrenko").canonical()).isEqualTo("Rustam Petrenko");
    assertThat(mention(ms, "Petrenko").type()).isEqualTo("PERSON");
  }

  @Test
  void apply_spellingVariantsOfUnknownName_unified() {
    List<EntityMention> ms = entities("The envoy Aleksandr Kovalchuk arrived. Officials said Oleksandr Kovalchuk would stay.");
    assertThat(mention(ms, "Oleksandr Kovalchuk").canonical()).isEqualTo("Aleksandr Kovalchuk");
  }

  @Test
  void apply_possessive_endsBeforeApostrophe() {
    String text = "Ukraine is doing NATO’s work and NATO's job.";
    List<EntityMention> ms = entities(text);
    assertThat(ms).filteredOn(m -> m.canonical().equals("NATO")).hasSize(2)
        .allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo("NATO"));
  }

  @Test
  void apply_sentenceInitialCommonWords_areNotEntities() {
    List<EntityMention> ms = entities("Recent events show strain. Although kyiv denies it, Western media report more. "
        + "Meanwhile the recent talks stalled.");
    assertThat(ms).extracting(EntityMention::text).doesNotContain("Recent", "Although", "Western", "Meanwhile");
  }

  @Test
  void apply_pageFurniture_isNotAPerson() {
    assertThat(entities("Kyiv was quiet.\n\nRelated Stories\n\nAds Blocker Image Powered by Code Help Pro"))
        .extracting(EntityMention::type).contains("LOCATION").doesNotContain("PERSON");
  }

  @Test
  void apply_groupsAndOrganisations_typed() {
    List<EntityMention> ms = entities("Climate activists joined Ukrainians outside the Pentagon while the IPCC met.");
    assertThat(mention(ms, "Climate activists").type()).isEqualTo("GROUP");
    assertThat(mention(ms, "Ukrainians").type()).isEqualTo("GROUP");
    assertThat(mention(ms, "Pentagon").type()).isEqualTo("ORGANIZATION");
    assertThat(mention(ms, "IPCC").type()).isEqualTo("ORGANIZATION");
  }

  @Test
  void apply_portugueseAndHindi_viaGazetteer() {
    assertThat(entities("A Rússia atacou a Ucrânia, disse o presidente.")).extracting(EntityMention::canonical)
        .containsExactly("Russia", "Ukraine");
    assertThat(entities("रूस ने यूक्रेन पर हमला किया, पुतिन ने कहा।")).extracting(EntityMention::canonical)
        .containsExactly("Russia", "Ukraine", "Vladimir Putin");
  }

  @Test
  void apply_lowerCaseWordsEqualToAcronyms_areNotEntities() {
    assertThat(entities("Tell us who will help.")).isEmpty();
  }

  /* --------------- offsets and robustness --------------- */

  @Test
  void apply_seeds_offsetsExact() throws IOException {
    Path seeds = Path.of("../../shared/seeds");
    assumeTrue(Files.isDirectory(seeds), "shared seeds absent");
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path p : files.toList()) {
        String text = Files.readString(p);
        List<EntityMention> ms = entities(text);
        assertThat(ms).as(p.toString()).isNotEmpty();
        for (EntityMention m : ms) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }

  @Test
  void apply_randomText_neverThrowsAndOffsetsExact() {
    Random random = new Random(7);
    String alphabet = "aZxQ Кжй’'s.\n-:“NATOKyiv रूस\u0301";
    for (int i = 0; i < 1000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(120);
      for (int k = 0; k < n; k++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String text = b.toString();
      for (EntityMention m : entities(text)) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
  }
}
