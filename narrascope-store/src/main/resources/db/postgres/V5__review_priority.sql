-- The review queue's order, computed by the application whenever an article is written
-- (dev.narrascope.review.Uncertainty): the probability that the model's least sure decision on the
-- article is wrong, and that decision. review_reason is '' and review_priority NULL for an article
-- without model output; both NULL for rows written before this version, until the store backfills them
-- when it opens.
ALTER TABLE articles ADD COLUMN review_priority DOUBLE PRECISION;
ALTER TABLE articles ADD COLUMN review_reason TEXT;
CREATE INDEX articles_review ON articles (review_priority DESC, id);

-- Case-insensitive filters on names that are not ASCII (dev.narrascope.store.Where): PostgreSQL's lower()
-- already folds every script; SQLite's folds ASCII only, so the SQLite store registers a Java function of
-- this name on its connection. One name, so the filter SQL is the same in both stores.
CREATE FUNCTION unicode_lower(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT lower($1)';
