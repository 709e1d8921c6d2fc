/**
 * The analysis pipeline as an Apache Spark job: {@link dev.narrascope.spark.AnalyzeJob} reads inputs through
 * Hadoop file systems, runs the pipeline's per-article and batch stages on the executors, its stateful
 * tail (reposts, stories) on the driver, and writes Parquet tables and optionally a store.
 */
package dev.narrascope.spark;
