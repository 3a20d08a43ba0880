-- PostgreSQL tables, indexes and views written for SQLite (--target=sqlite,
-- docs/Dialects.md): a serial primary key is SQLite's AUTOINCREMENT rowid,
-- primary key columns say NOT NULL (SQLite lets a non-rowid key hold NULL
-- otherwise), an enum column is text with a CHECK of its values, foreign
-- keys are written in CREATE TABLE, an unnamed index gets PostgreSQL's name,
-- DEFAULT NULL is no default, a string default of a boolean column is TRUE or
-- FALSE (SQLite would keep the text), and the default schema is written
-- unqualified. The script loads into SQLite, whose catalog the SQLite oracle
-- compares with PostgreSQL's (test/Oracle/sqlite.test).
-- RUN: schemac --target=sqlite -Wno-lossy-conversion %s -o %t.sql
-- RUN: FileCheck %s < %t.sql
-- RUN: rm -f %t.db && sqlite3 -bail %t.db < %t.sql
-- RUN: sqlite3 %t.db "PRAGMA table_info(author)" | FileCheck %s --check-prefix=INFO
-- RUN: not sqlite3 %t.db "INSERT INTO author (name, feeling) VALUES ('x', 'angry')" 2>&1 | FileCheck %s --check-prefix=ENUM
-- RUN: sqlite3 %t.db "INSERT INTO author (name) VALUES ('y'); SELECT id, feeling, active FROM author" | FileCheck %s --check-prefix=ROW

CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE public.author (
  id serial PRIMARY KEY,
  name varchar(100) NOT NULL UNIQUE,
  born date DEFAULT NULL,
  rating numeric(3,1) CHECK (rating >= 0),
  feeling mood DEFAULT 'ok',
  "order" int,
  active boolean DEFAULT 'yes'
);
CREATE TABLE book (
  isbn text PRIMARY KEY,
  author_id integer NOT NULL REFERENCES author (id) ON DELETE CASCADE,
  title text NOT NULL,
  pages integer DEFAULT 100 CHECK (pages > 0 AND pages < 10000),
  tags text[],
  CONSTRAINT title_per_author UNIQUE (author_id, title)
);
CREATE INDEX ON book (author_id);
CREATE UNIQUE INDEX book_title ON book (title DESC) WHERE pages > 10;
CREATE VIEW long_books (title, author) AS
  SELECT b.title, a.name FROM book b JOIN author a ON a.id = b.author_id
  WHERE b.pages > 500 AND b.isbn IS NOT NULL;

-- CHECK-LABEL: CREATE TABLE author (
-- CHECK-NEXT:      id integer PRIMARY KEY AUTOINCREMENT,
-- CHECK-NEXT:      name varchar(100) NOT NULL,
-- CHECK-NEXT:      born date,
-- CHECK-NEXT:      rating numeric(3, 1),
-- CHECK-NEXT:      feeling text DEFAULT ('ok') CHECK (feeling IN ('sad', 'ok', 'happy')),
-- CHECK-NEXT:      "order" integer,
-- CHECK-NEXT:      active boolean DEFAULT TRUE,
-- CHECK-NEXT:      UNIQUE (name),
-- CHECK-NEXT:      CHECK (rating >= 0)
-- CHECK-NEXT:  );
-- CHECK-LABEL: CREATE TABLE book (
-- CHECK-NEXT:      isbn text NOT NULL,
-- CHECK-NEXT:      author_id integer NOT NULL,
-- CHECK-NEXT:      title text NOT NULL,
-- CHECK-NEXT:      pages integer DEFAULT (100),
-- CHECK-NEXT:      tags text,
-- CHECK-NEXT:      PRIMARY KEY (isbn),
-- CHECK-NEXT:      FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE,
-- CHECK-NEXT:      CHECK (pages > 0 AND pages < 10000),
-- CHECK-NEXT:      CONSTRAINT title_per_author UNIQUE (author_id, title)
-- CHECK-NEXT:  );
-- CHECK-DAG:   CREATE INDEX book_author_id_idx ON book (author_id);
-- CHECK-DAG:   CREATE UNIQUE INDEX book_title ON book (title DESC) WHERE pages > 10;
-- CHECK-LABEL: CREATE VIEW long_books (title, author) AS
-- CHECK-NEXT:  SELECT b.title,
-- CHECK-NEXT:      a.name
-- CHECK-NEXT:  FROM book b
-- CHECK-NEXT:      JOIN author a ON a.id = b.author_id
-- CHECK-NEXT:  WHERE b.pages > 500 AND b.isbn IS NOT NULL;
-- CHECK-NOT:   SEQUENCE

-- INFO:      0|id|INTEGER|0||1
-- INFO-NEXT: 1|name|varchar(100)|1||0
-- INFO-NEXT: 2|born|date|0||0
-- INFO-NEXT: 3|rating|numeric(3, 1)|0||0
-- INFO-NEXT: 4|feeling|{{TEXT|text}}|0|'ok'|0
-- INFO-NEXT: 5|order|{{INTEGER|integer}}|0||0

-- ENUM: CHECK constraint failed
-- ROW: 1|ok|1
