/**
 * The review queue: how unsure the model is of each stored article ({@link dev.narrascope.app.review.Uncertainty})
 * and the articles to check first ({@link dev.narrascope.app.review.ReviewQueue}), shared by the CLI and the API.
 */
package dev.narrascope.app.review;
