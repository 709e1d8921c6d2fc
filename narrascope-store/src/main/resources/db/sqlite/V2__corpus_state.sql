-- The state the corpus stages keep between batches (see dev.narrascope.corpus.CorpusState), so a new
-- batch is looked up in indexes instead of re-clustering the stored corpus. Written in the batch's
-- transaction together with its articles.

-- Document frequencies of story terms (title + lead) over every stored article; 'documents' counts them.
CREATE TABLE corpus_terms (
  term TEXT PRIMARY KEY,
  df   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE corpus_meta (
  name  TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);

-- MinHash LSH band keys of article bodies: articles sharing a key are repost candidates.
CREATE TABLE repost_bands (
  band_key   INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;

-- Per story: its founding order and centroid state (JSON of dev.narrascope.corpus.StoryEntry).
ALTER TABLE stories ADD COLUMN seq INTEGER;
ALTER TABLE stories ADD COLUMN state_json TEXT;

-- Postings term -> stories whose centroid holds it, newest stories first when scanned.
CREATE TABLE story_postings (
  term      TEXT NOT NULL,
  story_seq INTEGER NOT NULL,
  story_id  TEXT NOT NULL,
  PRIMARY KEY (term, story_seq)
) WITHOUT ROWID;
CREATE INDEX story_postings_story ON story_postings(story_id);

-- Stories merged because a new article bridged them: the absorbed id now reads as the survivor.
CREATE TABLE story_merges (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  absorbed   TEXT NOT NULL,
  survivor   TEXT NOT NULL,
  article_id TEXT NOT NULL,
  merged_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX story_merges_absorbed ON story_merges(absorbed);
