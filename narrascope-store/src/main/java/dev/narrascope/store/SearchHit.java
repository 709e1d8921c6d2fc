package dev.narrascope.store;

import dev.narrascope.Article;

/** A full-text search result: the article and a snippet around the match (match wrapped in [ ]). */
public record SearchHit(Article article, String snippet, double score) {}
