CREATE TABLE e (k INT) WITHOUT foo;
-- -----
CREATE TABLE f (k INT) bar;
