/**
 * Story clustering: groups articles that tell the same event, across outlets and languages, with
 * stable story ids; plus the clustering metrics (B-cubed, pairwise) and labelled/synthetic data.
 */
package dev.narrascope.story;
