-- A later migration that fails half-way (used by SchemaMigrationsTest only): its first statement must be rolled back.
ALTER TABLE articles ADD COLUMN note TEXT;
ALTER TABLE no_such_table ADD COLUMN note TEXT;
