-- Search across scripts, spellings and inflections: each article's search terms (see
-- dev.narrascope.store.SearchTerms: words, their stems in the article's language, name keys of its
-- entities) replace the 'simple' tsvector of title and text. The terms are already normalised, so
-- the 'simple' configuration only splits them, as SQLite's FTS5 does. The store fills the column of
-- existing rows in Java (stemming needs Lucene) when it opens them; NULL means "not computed yet".
DROP INDEX articles_search;
ALTER TABLE articles DROP COLUMN search;
ALTER TABLE articles ADD COLUMN search_terms TEXT;
ALTER TABLE articles ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', coalesce(search_terms, ''))) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);
