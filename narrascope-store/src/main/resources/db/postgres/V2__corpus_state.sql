-- The state the corpus stages keep between batches (see dev.narrascope.corpus.CorpusState), so a new
-- batch is looked up in indexes instead of re-clustering the stored corpus. Written in the batch's
-- transaction together with its articles.

-- Document frequencies of story terms (title + lead) over every stored article; 'documents' counts them.
CREATE TABLE corpus_terms (
  term TEXT PRIMARY KEY,
  df   BIGINT NOT NULL
);
CREATE TABLE corpus_meta (
  name  TEXT PRIMARY KEY,
  value BIGINT NOT NULL
);

-- MinHash LSH band keys of article bodies: articles sharing a key are repost candidates.
CREATE TABLE repost_bands (
  band_key   BIGINT NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (band_key, article_id)
);

-- Per story: its founding order and centroid state (JSON of dev.narrascope.corpus.StoryEntry).
ALTER TABLE stories ADD COLUMN seq BIGINT;
ALTER TABLE stories ADD COLUMN state_json TEXT;

-- Postings term -> stories whose centroid holds it, newest stories first when scanned.
CREATE TABLE story_postings (
  term      TEXT NOT NULL,
  story_seq BIGINT NOT NULL,
  story_id  TEXT NOT NULL,
  PRIMARY KEY (term, story_seq)
);
CREATE INDEX story_postings_story ON story_postings(story_id);

-- Stories merged because a new article bridged them: the absorbed id now reads as the survivor.
CREATE TABLE story_merges (
  seq        BIGSERIAL PRIMARY KEY,
  absorbed   TEXT NOT NULL,
  survivor   TEXT NOT NULL,
  article_id TEXT NOT NULL,
  merged_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX story_merges_absorbed ON story_merges(absorbed);
