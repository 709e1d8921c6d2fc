-- A later migration, as another developer would add it next to V1__init.sql (used by SchemaMigrationsTest only).
ALTER TABLE articles ADD COLUMN note TEXT;
