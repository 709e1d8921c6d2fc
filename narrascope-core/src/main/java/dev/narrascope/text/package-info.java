/**
 * Text units every stage shares: the one sentence splitter ({@link dev.narrascope.text.Sentences}),
 * character spans into an article's clean text ({@link dev.narrascope.text.TextSpan}), and a text's
 * analysed terms with their offsets ({@link dev.narrascope.text.AnalysedText}), which the narrative,
 * framing and explanation stages share for an article's body.
 */
package dev.narrascope.text;
