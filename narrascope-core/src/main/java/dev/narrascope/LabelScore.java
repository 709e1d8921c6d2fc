package dev.narrascope;

/** A taxonomy label (e.g. {@code "URW: Discrediting Ukraine"}) with a calibrated confidence in [0,1]. */
public record LabelScore(String label, double confidence) {}
