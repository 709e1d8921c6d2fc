package dev.narrascope.store;

/** The stored runs one write transaction of the corpus state sees: band keys and story postings. */
record CorpusRuns(BandRuns bands, PostingRuns postings) {}
