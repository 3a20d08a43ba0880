CREATE TABLE customer (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email TEXT NOT NULL UNIQUE,
  created TEXT DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE purchase (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
  amount NUMERIC CHECK (amount > 0)
);
CREATE INDEX purchase_customer ON purchase (customer_id);
CREATE VIEW big_purchase AS SELECT id, amount FROM purchase WHERE amount > 100;
