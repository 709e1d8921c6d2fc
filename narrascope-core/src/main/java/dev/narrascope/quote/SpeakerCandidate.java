package dev.narrascope.quote;

import java.util.List;

/**
 * One possible speaker of a direct quote: the name it would give and the binary features
 * ({@link SpeakerCandidates}) the {@link SpeakerRanker} scores it by.
 */
record SpeakerCandidate(String name, List<String> features) {}
