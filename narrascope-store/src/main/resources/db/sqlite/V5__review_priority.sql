-- The review queue's order, computed by the application whenever an article is written
-- (dev.narrascope.review.Uncertainty): the probability that the model's least sure decision on the
-- article is wrong, and that decision. review_reason is '' and review_priority NULL for an article
-- without model output; both NULL for rows written before this version, until the store backfills them
-- when it opens.
ALTER TABLE articles ADD COLUMN review_priority REAL;
ALTER TABLE articles ADD COLUMN review_reason TEXT;
CREATE INDEX articles_review ON articles (review_priority DESC, id);
