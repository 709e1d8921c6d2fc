-- Each posting carries its story's first day (days since 1970-01-01, NULL: undated), so candidate
-- lookup skips stories that began too long before or after an article for it to join them, without
-- reading the stories. Kept current when a story's first date moves (StoreCorpusState.flush).
ALTER TABLE story_postings ADD COLUMN first_day INTEGER;
UPDATE story_postings SET first_day = (
  SELECT CAST(julianday(s.first_date) - 2440587.5 AS INTEGER) FROM stories s WHERE s.id = story_postings.story_id);

-- A new story's sequence number is max(seq) + 1: an index lookup instead of a scan of every story.
CREATE INDEX stories_seq ON stories(seq);
