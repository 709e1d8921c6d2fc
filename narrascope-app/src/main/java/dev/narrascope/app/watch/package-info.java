/**
 * Live ingestion ({@code narrascope watch}, {@code serve --watch}): folders and RSS/Atom feeds polled
 * every interval, article pages fetched politely (per-host rate limit, robots.txt, size limit), new
 * documents handed to a {@link dev.narrascope.app.watch.DocumentSink}, rising-narrative alerts printed
 * and posted to a webhook once. {@link dev.narrascope.app.watch.Watcher#runCycle()} is one cycle;
 * {@link dev.narrascope.app.watch.WatchLoop} repeats it. What has been seen lives in a
 * {@link dev.narrascope.app.watch.WatchState} file, so a restart fetches nothing twice.
 */
package dev.narrascope.app.watch;
