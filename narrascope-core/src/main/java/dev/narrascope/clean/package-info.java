/**
 * Main-content extraction from HTML, boilerplate removal from scraped text, and removal of lines an
 * outlet repeats in most of its articles. {@link dev.narrascope.clean.ArticleExtractor} is the entry
 * point; {@link dev.narrascope.clean.ExtractionMetric} scores it on the article-extraction benchmark.
 */
package dev.narrascope.clean;
