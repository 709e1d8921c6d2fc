-- Analysts' corrections: an append-only audit trail (rows are never updated or deleted). The latest
-- row per (article_id, kind, target) is in force; the store applies those to the article's analysis,
-- its facet rows and its story whenever the article is written (analysis, re-analysis, re-clustering).
-- created_at is ISO text as in SQLite, stamped by the application, so both stores read the same.
CREATE TABLE corrections (
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id),
  kind       TEXT NOT NULL,
  target     TEXT,
  value      TEXT NOT NULL,
  author     TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX corrections_article ON corrections(article_id, id);
