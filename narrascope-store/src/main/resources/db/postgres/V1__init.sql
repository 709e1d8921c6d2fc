-- Same tables as the SQLite schema (dates stay ISO strings so filters and ordering read the same),
-- plus a generated tsvector column for full-text search. The 'simple' configuration does no
-- stemming, like SQLite's unicode61 tokenizer, so both stores match the same words.
CREATE TABLE articles (
  id                  TEXT PRIMARY KEY,
  origin              TEXT,
  url                 TEXT,
  title               TEXT NOT NULL,
  outlet              TEXT,
  published           TEXT,
  language            TEXT NOT NULL,
  language_confidence DOUBLE PRECISION NOT NULL,
  text                TEXT NOT NULL,
  metadata_json       TEXT NOT NULL,
  analysis_json       TEXT NOT NULL,
  story_id            TEXT,
  ingested_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
  search              TSVECTOR GENERATED ALWAYS AS
                        (setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', text), 'B')) STORED
);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_search ON articles USING GIN (search);

CREATE TABLE article_labels (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL,
  label      TEXT NOT NULL,
  role       TEXT,
  score      DOUBLE PRECISION,
  PRIMARY KEY (article_id, kind, label)
);
CREATE INDEX article_labels_label ON article_labels(kind, label);

CREATE TABLE stories (
  id         TEXT PRIMARY KEY,
  headline   TEXT NOT NULL,
  size       INTEGER NOT NULL,
  first_date TEXT,
  last_date  TEXT,
  story_json TEXT NOT NULL
);

CREATE TABLE findings (
  seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  stage      TEXT NOT NULL,
  code       TEXT NOT NULL,
  input      TEXT,
  message    TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
