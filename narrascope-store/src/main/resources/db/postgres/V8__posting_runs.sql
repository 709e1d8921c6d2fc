-- Story postings stored as immutable runs, one per written batch, as the band keys are since V7: a
-- batch's postings are appended in key order under a new run number, so its write dirties tens of
-- pages instead of one leaf per distinct term. A store keeps a filter of term hashes per run and reads
-- a term's newest postings from the runs that may hold it, merged by story_seq; runs of one size level
-- are merged into one when there are ten (dev.narrascope.store.PostingRuns, Runs). story_id keeps its
-- index: a story's postings are deleted and re-dated by story, whichever runs hold them.

-- One row per run, as band_runs (an identity: a run number is never used again).
CREATE TABLE posting_runs (
  run   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  level INTEGER NOT NULL,
  keys  BIGINT NOT NULL
);

CREATE TABLE story_postings_runs (
  run       BIGINT NOT NULL,
  term      TEXT NOT NULL,
  story_seq BIGINT NOT NULL,
  story_id  TEXT NOT NULL,
  first_day INTEGER,
  CONSTRAINT story_postings_runs_pkey PRIMARY KEY (run, term, story_seq)
);

-- The stored postings become the first run.
INSERT INTO posting_runs (level, keys)
  SELECT length(CAST(count(*) AS TEXT)) - 1, count(*) FROM story_postings HAVING count(*) > 0;
INSERT INTO story_postings_runs (run, term, story_seq, story_id, first_day)
  SELECT (SELECT max(run) FROM posting_runs), term, story_seq, story_id, first_day FROM story_postings ORDER BY term, story_seq;
DROP TABLE story_postings;
ALTER TABLE story_postings_runs RENAME TO story_postings;
CREATE INDEX story_postings_story ON story_postings(story_id);
