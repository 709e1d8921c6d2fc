/**
 * Trends over a list of articles: counts per day or week (timelines) and alerts on narratives and
 * actors whose share rises above their baseline. Pure functions of their inputs; time is a parameter.
 */
package dev.narrascope.trend;
