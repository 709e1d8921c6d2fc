package dev.narrascope.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FramingModelTest {
  private static FramingModel model;

  @BeforeAll
  static void train() {
    model = FramingFixtures.model();
  }

  @Test
  void predict_unseenDocument_learnsRolesFromContext() {
    String text = "Brief\r\nKravex lied again and spread false claims.\r\nBrave Oskar defended the town.\r\n"
        + "The farmers suffered terribly.\r\n";

    List<RolePrediction> p = model.predictAll("en", text, List.of(
        mention(text, "Kravex"), mention(text, "Oskar"), mention(text, "farmers")));

    assertThat(p).extracting(RolePrediction::mainRole).containsExactly("Antagonist", "Protagonist", "Innocent");
    assertThat(p).extracting(RolePrediction::fineRoles)
        .containsExactly(List.of("Deceiver"), List.of("Guardian"), List.of("Victim"));
  }

  @Test
  void predict_anyInput_fineRolesBelongToMainRole() {
    for (String entity : List.of("Kravex", "unknown thing", "")) {
      RolePrediction p = model.predict("en", "Some unrelated text about " + entity + ".", entity, 26, 26 + entity.length() - 1);

      assertThat(p.fineRoles()).isNotEmpty();
      assertThat(p.fineRoles()).allSatisfy(f -> assertThat(Roles.mainOf(f)).isEqualTo(p.mainRole()));
      assertThat(p.mainConfidence()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void predict_offsetsPastEnd_stillPredicts() {
    RolePrediction p = model.predict("en", "Elmira defended the town.", "Elmira", 900, 905);

    assertThat(p.mainRole()).isEqualTo("Protagonist");
  }

  @Test
  void saveAndLoad_roundTrip_predictsTheSameUpToWeightRounding(@TempDir Path dir) throws Exception {
    Path file = model.save(dir);
    FramingModel loaded = FramingModel.load(dir);

    assertThat(file.getFileName().toString()).isEqualTo(FramingModel.FILE_NAME);
    String text = "Molgrath lied. The children suffered. Sunniva protected them.";
    List<RoleMention> ms = List.of(mention(text, "Molgrath"), mention(text, "children"), mention(text, "Sunniva"));
    List<RolePrediction> before = model.predictAll("en", text, ms);
    List<RolePrediction> after = loaded.predictAll("en", text, ms);
    assertThat(after).extracting(RolePrediction::label).isEqualTo(before.stream().map(RolePrediction::label).toList());
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).mainConfidence()).isCloseTo(before.get(i).mainConfidence(), within(1e-4));
    }
  }

  @Test
  void saveAndLoad_withSalience_keepsWhichActorsAreFramed(@TempDir Path dir) throws Exception {
    FramingModel withSalience = model.withSalience(SalienceModelTest.mentionCountModel(0.5));
    String text = "Zorgan lied. Zorgan lied again in Oslo. Zorgan spread false claims.";
    List<ActorCandidates.Candidate> candidates = ActorCandidates.of(List.of(
        new dev.narrascope.EntityMention("Zorgan", "Zorgan", "PERSON", 0, 6),
        new dev.narrascope.EntityMention("Zorgan", "Zorgan", "PERSON", 13, 19),
        new dev.narrascope.EntityMention("Oslo", "Oslo", "LOCATION", 34, 38),
        new dev.narrascope.EntityMention("Zorgan", "Zorgan", "PERSON", 40, 46)));

    withSalience.save(dir);
    FramingModel loaded = FramingModel.load(dir);

    assertThat(loaded.salience("en", "", text, candidates, 8).framed()).containsExactly(true, false);
    assertThat(loaded.salience("en", "", text, candidates, 8).probabilities()[0])
        .isCloseTo(withSalience.salience("en", "", text, candidates, 8).probabilities()[0], within(1e-3));
  }

  @Test
  void load_previousFormatWithoutSalience_framesEveryCandidate(@TempDir Path dir) throws Exception {
    // A model folder trained before the framed-actor decision: the same layout without its last section.
    byte[] current;
    try (var in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(
        model.withSalience(SalienceModel.FRAMES_ALL).save(dir)))) {
      current = in.readAllBytes();
    }
    String text = new String(current, 0, 22, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(text).endsWith("narrascope-framing-6");
    byte[] previous = java.util.Arrays.copyOf(current, current.length - 1);  // without the "no salience" flag
    previous[21] = '5';
    Path old = dir.resolve("old").resolve(FramingModel.FILE_NAME);
    java.nio.file.Files.createDirectories(old.getParent());
    try (var out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(old))) {
      out.write(previous);
    }

    FramingModel loaded = FramingModel.load(old.getParent());

    List<ActorCandidates.Candidate> candidates = ActorCandidates.of(List.of(
        new dev.narrascope.EntityMention("Zorgan", "Zorgan", "PERSON", 0, 6),
        new dev.narrascope.EntityMention("Oslo", "Oslo", "LOCATION", 10, 14)));
    assertThat(loaded.salience("en", "", "Zorgan in Oslo.", candidates, 8).framed()).containsExactly(true, true);
  }

  private static RoleMention mention(String text, String entity) {
    int start = text.indexOf(entity);
    return new RoleMention("T.txt", entity, start, start + entity.length() - 1);
  }
}
