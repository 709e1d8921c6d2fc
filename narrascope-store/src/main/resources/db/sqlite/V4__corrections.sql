-- Analysts' corrections: an append-only audit trail (rows are never updated or deleted). The latest
-- row per (article_id, kind, target) is in force; the store applies those to the article's analysis,
-- its facet rows and its story whenever the article is written (analysis, re-analysis, re-clustering).
CREATE TABLE corrections (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id TEXT NOT NULL REFERENCES articles(id),
  kind       TEXT NOT NULL,           -- narratives | role | speaker | story | reviewed
  target     TEXT,                    -- role: the actor; speaker: the quote index; else NULL
  value      TEXT NOT NULL,           -- JSON object, its fields by kind (see dev.narrascope.store.Correction)
  author     TEXT NOT NULL,
  created_at TEXT NOT NULL            -- UTC ISO-8601
);
CREATE INDEX corrections_article ON corrections(article_id, id);
