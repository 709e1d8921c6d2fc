/**
 * How unsure the model is of an article's labels ({@link dev.narrascope.review.Uncertainty}): the
 * order of the analysts' review queue, computed when an article is stored.
 */
package dev.narrascope.review;
