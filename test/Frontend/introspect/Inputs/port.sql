-- A schema SQLite can hold, ported from a live database by basic.test.
CREATE TABLE author (id serial PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE book (
  id integer PRIMARY KEY,
  author_id integer REFERENCES author (id),
  title text DEFAULT 'untitled'
);
CREATE INDEX book_author_idx ON book (author_id);
