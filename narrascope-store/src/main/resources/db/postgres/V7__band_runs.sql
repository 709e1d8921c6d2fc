-- Repost band keys stored as immutable runs, one per written batch (an LSM tree's layout): a batch's
-- keys are appended in key order under a new run number, so its write dirties tens of pages instead of
-- one random leaf of a big B-tree per key. A store keeps a Bloom filter per run in memory and looks a
-- key up only in the runs whose filter may hold it; runs of one size level are merged into one when
-- there are ten (dev.narrascope.store.BandRuns).

-- One row per run. An identity: a run number is never used again once its run was deleted, so a
-- store instance's filter of a run number stays the filter of that run. level: the run's size tier,
-- floor(log10(keys)); keys: its rows.
CREATE TABLE band_runs (
  run   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  level INTEGER NOT NULL,
  keys  BIGINT NOT NULL
);

CREATE TABLE repost_band_runs (
  run        BIGINT NOT NULL,
  band_key   BIGINT NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (run, band_key, article_id)
);

-- The stored keys become the first run.
INSERT INTO band_runs (level, keys)
  SELECT length(CAST(count(*) AS TEXT)) - 1, count(*) FROM repost_bands HAVING count(*) > 0;
INSERT INTO repost_band_runs (run, band_key, article_id)
  SELECT (SELECT max(run) FROM band_runs), band_key, article_id FROM repost_bands ORDER BY band_key, article_id;
DROP TABLE repost_bands;
DELETE FROM corpus_meta WHERE name = 'band_version';
