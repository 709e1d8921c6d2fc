package dev.narrascope.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SemevalRoleDataTest {
  @TempDir Path dir;

  @Test
  void readLabelled_crlfDocument_keepsCarriageReturnsSoOffsetsHold() throws Exception {
    String text = "Headline\r\n\r\nThe council of Vessa met.\r\nVessa voted.\r\n";
    write("raw-documents/XX/XX_1.txt", text);
    int start = text.indexOf("Vessa");
    write("labels/XX/subtask-1-annotations.txt",
        "XX_1.txt\tVessa\t" + start + "\t" + (start + 4) + "\tProtagonist\tGuardian\tVirtuous\r\n"
            + "XX_1.txt\tbroken\tline\n"
            + "XX_2.txt\tNobody\t0\t5\tInnocent\tVictim\n"
            + "XX_1.txt\tVessa\t0\t4\tHero\tGuardian\n");

    List<LabelledMention> data = SemevalRoleData.readLabelled(dir, List.of("xx"));

    // The unparseable row, the missing document and the unknown main role are skipped.
    assertThat(data).hasSize(1);
    LabelledMention m = data.get(0);
    assertThat(m.language()).isEqualTo("xx");
    assertThat(m.text()).isEqualTo(text);
    assertThat(m.text().substring(m.mention().start(), m.mention().endInclusive() + 1)).isEqualTo("Vessa");
    assertThat(m.gold()).isEqualTo(new RoleLabel("Protagonist", List.of("Guardian", "Virtuous")));
  }

  @Test
  void readLabelled_languagesWithoutRoleAnnotations_areSkippedWhenListedButNotWhenNamed() throws Exception {
    write("raw-documents/XX/XX_1.txt", "Vessa voted.");
    write("labels/XX/subtask-1-annotations.txt", "XX_1.txt\tVessa\t0\t4\tProtagonist\tGuardian\n");
    write("labels/YY/subtask-2-annotations.txt", "YY_1.txt\tOther\tOther\n");

    assertThat(SemevalRoleData.readLabelled(dir, List.of())).hasSize(1);
    assertThat(SemevalRoleData.hasAnnotations(dir, List.of())).isTrue();
    assertThat(SemevalRoleData.hasAnnotations(dir, List.of("yy"))).isFalse();
    assertThatThrownBy(() -> SemevalRoleData.readLabelled(dir, List.of("yy"))).hasMessageContaining("No subtask-1 annotations");
  }

  @Test
  void parseMention_variants() {
    assertThat(SemevalRoleData.parseMention("D.txt\tOrvik\t3\t7\r"))
        .isEqualTo(new RoleMention("D.txt", "Orvik", 3, 7));
    assertThat(SemevalRoleData.parseMention("D.txt\tOrvik\t3")).isNull();
    assertThat(SemevalRoleData.parseMention("D.txt\tOrvik\tx\t7")).isNull();
  }

  private void write(String rel, String content) throws Exception {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.write(p, content.getBytes(StandardCharsets.UTF_8));
  }
}
