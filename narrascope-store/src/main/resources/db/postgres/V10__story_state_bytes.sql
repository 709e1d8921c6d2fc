-- A story's index state as bytes (dev.narrascope.corpus.StoryStateBytes) instead of JSON: a batch into a big
-- store reads about a thousand stored states per 100 articles, and decoding the JSON was most of reading them.
-- New and changed stories are written as bytes (state_json NULL); states written before stay JSON and are
-- read as JSON until their story changes. A story with neither was stored before the story index existed.
ALTER TABLE stories ADD COLUMN state_bytes BYTEA;
