-- The people (canonical PERSON names in its first 500 characters) each article named when it joined its story, one a
-- line, so that a story with stored members can be parted into two events told apart by who they are about
-- (StoryClusterer's name split, dev.narrascope.story.NameSplit). NULL for members stored before: a story holding one
-- is not tested.
ALTER TABLE member_embeddings ADD COLUMN people TEXT;
