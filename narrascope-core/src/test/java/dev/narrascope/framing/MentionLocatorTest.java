package dev.narrascope.framing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class MentionLocatorTest {

  /* --------------- offsets as given --------------- */

  @Test
  void locate_crlfText_offsetsCountCarriageReturns() {
    String text = "Title\r\n\r\nThe minister Alva Brenn spoke.\r\n";
    int start = text.indexOf("Alva Brenn"); // 9 chars of "Title\r\n\r\n" before "The"
    assertThat(start).isEqualTo(22);

    MentionLocator.Span s = MentionLocator.locate(text, "Alva Brenn", 22, 31);

    assertThat(s).isEqualTo(new MentionLocator.Span(22, 32, MentionLocator.Match.EXACT));
  }

  @Test
  void locate_offsetsCountingNewlinesOnly_fallsBackToNearestOccurrence() {
    String text = "Title\r\n\r\nThe minister Alva Brenn spoke.\r\n";

    // Offsets as a tool that dropped the \r would count them: two chars too early.
    MentionLocator.Span s = MentionLocator.locate(text, "Alva Brenn", 20, 29);

    assertThat(s).isEqualTo(new MentionLocator.Span(22, 32, MentionLocator.Match.NEAREST));
  }

  /* --------------- mismatched offsets --------------- */

  @Test
  void locate_mismatch_takesOccurrenceNearestToGivenStart() {
    String text = "Orvik came. Later Orvik left. Much later Orvik returned.";

    MentionLocator.Span s = MentionLocator.locate(text, "Orvik", 35, 39);

    assertThat(s.start()).isEqualTo(text.lastIndexOf("Orvik"));
    assertThat(s.match()).isEqualTo(MentionLocator.Match.NEAREST);
  }

  @Test
  void locate_caseDiffers_matchesIgnoringCase() {
    MentionLocator.Span s = MentionLocator.locate("the NATO summit", "Nato", 0, 3);

    assertThat(s).isEqualTo(new MentionLocator.Span(4, 8, MentionLocator.Match.NEAREST));
  }

  @Test
  void locate_pastEndAndAbsent_clampsIntoText() {
    MentionLocator.Span s = MentionLocator.locate("short text", "Orvik", 500, 504);

    assertThat(s).isEqualTo(new MentionLocator.Span(10, 10, MentionLocator.Match.CLAMPED));
  }

  @Test
  void locate_emptyTextOrEntity_neverThrows() {
    assertThat(MentionLocator.locate("", "Orvik", 3, 7).match()).isEqualTo(MentionLocator.Match.CLAMPED);
    assertThat(MentionLocator.locate("abc", "", -5, -9)).isEqualTo(new MentionLocator.Span(0, 0, MentionLocator.Match.CLAMPED));
  }
}
