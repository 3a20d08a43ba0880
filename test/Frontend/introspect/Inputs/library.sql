-- A schema applied to a live database by the introspection tests.
CREATE SCHEMA lib;
CREATE TYPE lib.mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN lib.posint AS integer CHECK (VALUE > 0);
CREATE TABLE lib.author (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  mood lib.mood DEFAULT 'ok'
);
CREATE TABLE lib.book (
  id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100) PRIMARY KEY,
  author_id integer REFERENCES lib.author (id) ON DELETE CASCADE,
  pages lib.posint,
  price numeric(8,2) CHECK (price > 0),
  total numeric GENERATED ALWAYS AS (price * 2) STORED
);
CREATE INDEX book_author_idx ON lib.book (author_id);
CREATE VIEW lib.expensive AS
  SELECT b.id, a.name FROM lib.book b JOIN lib.author a ON a.id = b.author_id
  WHERE b.price > 100;
CREATE SEQUENCE lib.ticket START 5 INCREMENT 2;
CREATE TABLE lib.event (at date NOT NULL, what text) PARTITION BY RANGE (at);
CREATE TABLE lib.event_2020 PARTITION OF lib.event
  FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
CREATE FUNCTION lib.double(x integer) RETURNS integer
  LANGUAGE sql IMMUTABLE AS $$ SELECT x * 2 $$;
COMMENT ON TABLE lib.author IS 'who''s writing';
COMMENT ON COLUMN lib.book.pages IS 'without the cover';
CREATE TABLE plain (a int);
