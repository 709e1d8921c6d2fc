/**
 * Text units every stage shares: the one sentence splitter ({@link dev.narrascope.text.Sentences}) and
 * character spans into an article's clean text ({@link dev.narrascope.text.TextSpan}).
 */
package dev.narrascope.text;
