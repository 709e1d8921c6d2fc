-- Search across scripts, spellings and inflections: each article's search terms (see
-- dev.narrascope.store.SearchTerms: words, their stems in the article's language, name keys of its
-- entities) are indexed instead of the raw title and text. The store fills the column of existing
-- rows in Java (stemming needs Lucene) when it opens them; NULL means "not computed yet".
ALTER TABLE articles ADD COLUMN search_terms TEXT;

DROP TRIGGER articles_ai;
DROP TRIGGER articles_ad;
DROP TRIGGER articles_au;
DROP TABLE articles_fts;

CREATE VIRTUAL TABLE articles_fts USING fts5(search_terms, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, search_terms) VALUES (new.rowid, new.search_terms);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, search_terms) VALUES ('delete', old.rowid, old.search_terms);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF search_terms ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, search_terms) VALUES ('delete', old.rowid, old.search_terms);
  INSERT INTO articles_fts(rowid, search_terms) VALUES (new.rowid, new.search_terms);
END;
-- Every row gets an (empty) index entry, so the update trigger's 'delete' always finds the one it removes.
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
