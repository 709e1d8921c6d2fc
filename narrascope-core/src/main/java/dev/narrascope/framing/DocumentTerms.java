package dev.narrascope.framing;

import dev.narrascope.text.AnalysedText;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A document's distinct analysed terms with the columns of their {@code d:} features (0 where the
 * feature space lacks one): what every entity framed in the document shares, so it is looked up once
 * per document instead of once per entity. Immutable once built.
 */
final class DocumentTerms {
  private final String[] terms;
  private final int[] columns;

  private DocumentTerms(String[] terms, int[] columns) {
    this.terms = terms;
    this.columns = columns;
  }

  static DocumentTerms of(AnalysedText doc, FeatureSpace space) {
    Set<String> distinct = new LinkedHashSet<>();
    for (int i = 0; i < doc.size(); i++) distinct.add(doc.term(i));
    String[] terms = distinct.toArray(String[]::new);
    int[] columns = new int[terms.length];
    for (int k = 0; k < terms.length; k++) columns[k] = space.documentColumn(terms[k]);
    return new DocumentTerms(terms, columns);
  }

  int size() {
    return terms.length;
  }

  String term(int k) {
    return terms[k];
  }

  /** The column of the {@code d:} feature of term {@code k}, or 0. */
  int column(int k) {
    return columns[k];
  }
}
