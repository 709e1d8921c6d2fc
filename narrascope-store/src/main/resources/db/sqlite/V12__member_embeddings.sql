-- The sentence embedding each article joined its story with (dev.narrascope.corpus.MemberEmbeddings, 8-bit; empty
-- for an article without one), so that a later article of the same event can pair with a stored member and split a
-- story that took in two events (StoryClusterer's split test). Reposts join without vectors and have no row; stories
-- with members stored before this table are never split.
CREATE TABLE member_embeddings (
  article_id TEXT PRIMARY KEY,
  embedding BLOB NOT NULL
);
