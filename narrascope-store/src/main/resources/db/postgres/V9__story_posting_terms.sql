-- Which postings each story has, kept beside the runs instead of as an index of story_postings.
-- Merging runs moves every row it merges to a new run: an index on story_id had to drop and re-insert
-- an entry per row, in story order against the merge's term order, so a merge's cost grew faster than
-- its rows (4.3 M postings: 100 s with the index, 8 s without; the merges at the 1,000,000th article,
-- 43 M postings and 42 M band keys, took 51 minutes). These rows are written once per posting and never move: a story's postings
-- are deleted and re-dated by looking its terms up here, then each in the runs that may hold it
-- (dev.narrascope.store.PostingRuns).
CREATE TABLE story_posting_terms (
  story_id  TEXT NOT NULL,
  term      TEXT NOT NULL,
  story_seq BIGINT NOT NULL,
  PRIMARY KEY (story_id, term)
);

INSERT INTO story_posting_terms (story_id, term, story_seq)
  SELECT story_id, term, story_seq FROM story_postings WHERE true ORDER BY story_id, term ON CONFLICT DO NOTHING;
DROP INDEX story_postings_story;
