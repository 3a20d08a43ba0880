-- Input of the harness self-tests (harness-*.test).
CREATE TABLE item (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(8,2) CHECK (price >= 0)
);
CREATE INDEX item_name_idx ON item (name);
CREATE VIEW cheap_item AS SELECT id, name FROM item WHERE price < 10;
