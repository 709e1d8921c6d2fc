package dev.narrascope;

/** A span of the article's clean text that supports a finding; {@code end} is exclusive. */
public record Evidence(int start, int end, String text) {}
