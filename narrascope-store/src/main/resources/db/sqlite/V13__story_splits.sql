-- Stored articles a split moved (StoryClusterer's split test: a new article and the stored member of its story
-- closest to it found a story of their own, and members closer to it follow): one row per moved article, with the
-- story it left, the story it joined, the new article that founded it and when (ISO text, stamped by the
-- application as in both stores). With story_merges this is a story's history: why an article's story id changed;
-- merges_before (the last story_merges.seq when it was written) orders the two logs, whose clocks may tie.
CREATE TABLE story_splits (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  story_id     TEXT NOT NULL,
  new_story_id TEXT NOT NULL,
  article_id   TEXT NOT NULL,
  moved_id     TEXT NOT NULL,
  split_at     TEXT NOT NULL,
  merges_before BIGINT NOT NULL
);
CREATE INDEX story_splits_story ON story_splits(story_id);
CREATE INDEX story_splits_new_story ON story_splits(new_story_id);
-- A story's history also lists the stories merged into it.
CREATE INDEX story_merges_survivor ON story_merges(survivor);
