-- Foreign keys: inline when the referenced table exists, a table moves after
-- the table it references, cycles and data statements add them after
-- creation with ALTER TABLE.
-- RUN: schemac %s --split-input-file --emit=ddl | FileCheck %s
-- RUN: schemac %s --split-input-file --emit=ddl -o %t.1.sql
-- RUN: schemac %t.1.sql --split-input-file --emit=ddl -o %t.2.sql
-- RUN: diff %t.1.sql %t.2.sql

-- The referenced table is created first, even if written later; the
-- foreign key stays inline.
-- CHECK-LABEL: CREATE TABLE parent (
-- CHECK-NEXT:      id integer PRIMARY KEY
-- CHECK-NEXT:  );
-- CHECK-EMPTY:
-- CHECK-NEXT:  CREATE TABLE child (
-- CHECK-NEXT:      p integer REFERENCES parent ON DELETE CASCADE,
-- CHECK-NEXT:      q integer,
-- CHECK-NEXT:      CONSTRAINT child_q_fkey FOREIGN KEY (q) REFERENCES parent(id) MATCH FULL ON UPDATE SET NULL ON DELETE SET NULL (q) DEFERRABLE INITIALLY DEFERRED
-- CHECK-NEXT:  );
-- CHECK-NOT:   ALTER TABLE
CREATE TABLE child (
  p integer REFERENCES parent ON DELETE CASCADE,
  q integer,
  CONSTRAINT child_q_fkey FOREIGN KEY (q) REFERENCES parent(id)
    MATCH FULL ON UPDATE SET NULL ON DELETE SET NULL (q) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE parent (id integer PRIMARY KEY);

-- ORACLE: skip forward references (the backend orders them)
-- -----
-- A cycle: the reference to the later table is added after both exist.
-- CHECK-LABEL: CREATE TABLE a (
-- CHECK-NEXT:      id integer PRIMARY KEY,
-- CHECK-NEXT:      b_id integer
-- CHECK-NEXT:  );
-- CHECK-EMPTY:
-- CHECK-NEXT:  CREATE TABLE b (
-- CHECK-NEXT:      id integer PRIMARY KEY,
-- CHECK-NEXT:      a_id integer REFERENCES a
-- CHECK-NEXT:  );
-- CHECK-EMPTY:
-- CHECK-NEXT:  ALTER TABLE ONLY a
-- CHECK-NEXT:      ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b;
-- CHECK-NEXT:  COMMENT ON CONSTRAINT a_b_fk ON a IS 'a to b';
CREATE TABLE a (id integer PRIMARY KEY, b_id integer);
CREATE TABLE b (id integer PRIMARY KEY, a_id integer REFERENCES a);
ALTER TABLE a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b;
COMMENT ON CONSTRAINT a_b_fk ON a IS 'a to b';

-- -----
-- A self-reference is inline; a self-reference through a unique index
-- created after the table is added after the index.
-- CHECK-LABEL: CREATE TABLE tree (
-- CHECK-NEXT:      id integer PRIMARY KEY,
-- CHECK-NEXT:      code integer,
-- CHECK-NEXT:      parent integer REFERENCES tree,
-- CHECK-NEXT:      parent_code integer
-- CHECK-NEXT:  );
-- CHECK-EMPTY:
-- CHECK-NEXT:  CREATE UNIQUE INDEX tree_code ON tree (code);
-- CHECK-EMPTY:
-- CHECK-NEXT:  ALTER TABLE ONLY tree
-- CHECK-NEXT:      ADD FOREIGN KEY (parent_code) REFERENCES tree(code);
CREATE TABLE tree (
  id integer PRIMARY KEY,
  code integer,
  parent integer REFERENCES tree,
  parent_code integer
);
CREATE UNIQUE INDEX tree_code ON tree (code);
ALTER TABLE tree ADD FOREIGN KEY (parent_code) REFERENCES tree (code);

-- -----
-- NOT VALID keys are added after creation, like pg_dump does.
-- CHECK-LABEL: CREATE TABLE nv (
-- CHECK-NEXT:      id integer PRIMARY KEY,
-- CHECK-NEXT:      up integer
-- CHECK-NEXT:  );
-- CHECK-EMPTY:
-- CHECK-NEXT:  ALTER TABLE ONLY nv
-- CHECK-NEXT:      ADD CONSTRAINT nv_up FOREIGN KEY (up) REFERENCES nv NOT VALID;
CREATE TABLE nv (id integer PRIMARY KEY, up integer);
ALTER TABLE nv ADD CONSTRAINT nv_up FOREIGN KEY (up) REFERENCES nv NOT VALID;

-- -----
-- ORACLE: skip rows that violate a foreign key until later rows arrive (the backend adds foreign keys after the data)
-- With data statements, every foreign key comes after the data, so that
-- loading it cannot violate them (as pg_dump does).
-- CHECK-LABEL: CREATE TABLE artist (
-- CHECK-NEXT:      id integer PRIMARY KEY
-- CHECK-NEXT:  );
-- CHECK-EMPTY:
-- CHECK-NEXT:  CREATE TABLE album (
-- CHECK-NEXT:      id integer PRIMARY KEY,
-- CHECK-NEXT:      artist_id integer
-- CHECK-NEXT:  );
-- CHECK-EMPTY:
-- CHECK-NEXT:  CREATE INDEX album_artist_id_idx ON album (artist_id);
-- CHECK-EMPTY:
-- CHECK-NEXT:  INSERT INTO album VALUES (1, 7);
-- CHECK-EMPTY:
-- CHECK-NEXT:  INSERT INTO artist VALUES (7);
-- CHECK-EMPTY:
-- CHECK-NEXT:  ALTER TABLE ONLY album
-- CHECK-NEXT:      ADD CONSTRAINT album_artist_fk FOREIGN KEY (artist_id) REFERENCES artist(id);
CREATE TABLE artist (id integer PRIMARY KEY);
CREATE TABLE album (id integer PRIMARY KEY, artist_id integer);
ALTER TABLE album ADD CONSTRAINT album_artist_fk FOREIGN KEY (artist_id) REFERENCES artist (id);
CREATE INDEX album_artist_id_idx ON album (artist_id);
INSERT INTO album VALUES (1, 7);
INSERT INTO artist VALUES (7);

-- -----
-- A key added to a partitioned table cannot use ONLY.
-- CHECK-LABEL: CREATE TABLE events (
-- CHECK:       INSERT INTO kinds VALUES (1);
-- CHECK-EMPTY:
-- CHECK-NEXT:  ALTER TABLE events
-- CHECK-NEXT:      ADD FOREIGN KEY (kind) REFERENCES kinds;
CREATE TABLE kinds (id integer PRIMARY KEY);
CREATE TABLE events (kind integer REFERENCES kinds, at date) PARTITION BY RANGE (at);
INSERT INTO kinds VALUES (1);
