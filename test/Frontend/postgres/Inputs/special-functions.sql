CREATE TABLE u (n text, ts timestamptz, d date);
CREATE INDEX u_n_idx ON u (lower(NORMALIZE(n, NFKC)));
CREATE INDEX u_n2_idx ON u (NORMALIZE(n));
CREATE VIEW v AS
SELECT n IS NFKC NORMALIZED AS a, n IS NOT NFD NORMALIZED AS b,
       n IS NORMALIZED AS c, NORMALIZE(n, NFC) AS c2,
       EXTRACT(year FROM d) AS e, EXTRACT('epoch' FROM ts) AS e2,
       OVERLAY(n PLACING 'x' FROM 2 FOR 3) AS o, OVERLAY(n PLACING 'x' FROM 2) AS o2,
       POSITION('a' IN n) AS p,
       SUBSTRING(n FROM 2 FOR 3) AS s1, SUBSTRING(n FOR 3) AS s2,
       SUBSTRING(n FROM 'a.c') AS s3, SUBSTRING(n, 2) AS s4,
       TRIM(BOTH 'x' FROM n) AS t1, TRIM(LEADING FROM n) AS t2, TRIM(n) AS t3,
       TRIM(TRAILING 'y' FROM n) AS t4,
       n COLLATE "C" AS l, ts AT TIME ZONE 'UTC' AS z,
       CAST(n AS varchar(3)) AS k
FROM u;
