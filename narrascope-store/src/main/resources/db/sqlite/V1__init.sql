-- Articles: the core fields as columns (for filters), the analysis as JSON (one source of truth).
CREATE TABLE articles (
  id                  TEXT PRIMARY KEY,
  origin              TEXT,
  url                 TEXT,
  title               TEXT NOT NULL,
  outlet              TEXT,
  published           TEXT,
  language            TEXT NOT NULL,
  language_confidence REAL NOT NULL,
  text                TEXT NOT NULL,
  metadata_json       TEXT NOT NULL,
  analysis_json       TEXT NOT NULL,
  story_id            TEXT,
  ingested_at         TEXT NOT NULL
);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_story ON articles(story_id);

-- Facets derived from analysis_json on every put, so filters by narrative/actor use an index.
CREATE TABLE article_labels (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL,           -- narrative | subNarrative | actor
  label      TEXT NOT NULL,
  role       TEXT,                    -- actor main role
  score      REAL,
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
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  stage      TEXT NOT NULL,
  code       TEXT NOT NULL,
  input      TEXT,
  message    TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
