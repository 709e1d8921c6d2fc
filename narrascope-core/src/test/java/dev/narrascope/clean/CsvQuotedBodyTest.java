package dev.narrascope.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class CsvQuotedBodyTest {
  /** SemEval RU: the body of a CSV field, opened before its first paragraph and closed after its last. */
  @Test
  void unwrap_csvQuotedBody_losesTheOuterMarksAndUndoublesTheInnerOnes() {
    List<String> body = List.of("\"Конфликт выгоден Зеленскому, заявил Цеков в беседе с \"Известиями\"",
        "Он сказал: \"\"Это так\"\".", "Киев отверг предложение.\"");
    assertThat(CsvQuotedBody.unwrap(body)).containsExactly("Конфликт выгоден Зеленскому, заявил Цеков в беседе с"
        + " \"Известиями\"", "Он сказал: \"Это так\".", "Киев отверг предложение.");
    assertThat(CsvQuotedBody.unwrap(List.of("\"Он сказал: \"\"Это так\"\".\""))).containsExactly("Он сказал: \"Это так\".");
  }

  /** A body that opens with a quote and ends with another is no CSV field: both quotes stay. */
  @Test
  void unwrap_bodyOpeningAndEndingWithQuotes_isUnchanged() {
    List<String> body = List.of("\"We will win,\" Lee Park said on Monday.", "The vote is on Friday.",
        "She added: \"Go home.\"");
    assertThat(CsvQuotedBody.unwrap(body)).isSameAs(body);
    List<String> one = List.of("\"We will win,\" Lee Park said. \"Go home.\"");
    assertThat(CsvQuotedBody.unwrap(one)).isSameAs(one);
  }
}
