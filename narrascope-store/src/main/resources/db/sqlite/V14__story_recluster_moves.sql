-- `narrascope recluster` moves stored articles too: each article whose story it changed is logged in story_splits as
-- kind 'recluster' (the story it left, the story it is in now; article_id empty, since no new article caused it), so
-- a stored article's story id never changes without a record. The clusterer's splits are kind 'split'.
ALTER TABLE story_splits ADD COLUMN kind TEXT NOT NULL DEFAULT 'split';
