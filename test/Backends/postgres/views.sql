-- Views and materialized views: the canonical SELECT block (DISTINCT ON,
-- joins of every kind, WHERE, GROUP BY with grouping sets, HAVING, WINDOW,
-- ORDER BY, LIMIT/OFFSET, FETCH FIRST), set operations with their
-- precedence, CTEs, VALUES, LATERAL, function scans, and view options. The
-- same catalog as the input on PostgreSQL 15 (see live.test).
-- RUN: schemac %s --emit=ddl | FileCheck %s
-- RUN: schemac %s --emit=ddl -o %t.1.sql
-- RUN: schemac %t.1.sql --emit=ddl -o %t.2.sql
-- RUN: diff %t.1.sql %t.2.sql

-- CHECK-LABEL: CREATE VIEW v_agg AS
-- CHECK-NEXT:  SELECT a,
-- CHECK-NEXT:      count(*) AS n,
-- CHECK-NEXT:      count(DISTINCT b) AS nb,
-- CHECK-NEXT:      string_agg(c, ',' ORDER BY c DESC NULLS LAST) AS s,
-- CHECK-NEXT:      sum(b) FILTER (WHERE b > 0) AS sp,
-- CHECK-NEXT:      percentile_cont(0.5) WITHIN GROUP (ORDER BY b) AS med,
-- CHECK-NEXT:      rank() OVER (PARTITION BY a ORDER BY b ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS r,
-- CHECK-NEXT:      sum(b) OVER w AS sw,
-- CHECK-NEXT:      array_agg(b) AS ab
-- CHECK-NEXT:  FROM t
-- CHECK-NEXT:  WHERE a > 0
-- CHECK-NEXT:  GROUP BY a, b
-- CHECK-NEXT:  HAVING count(*) > 1
-- CHECK-NEXT:  WINDOW w AS (PARTITION BY a)
-- CHECK-NEXT:  ORDER BY a DESC, 2
-- CHECK-NEXT:  LIMIT 10
-- CHECK-NEXT:  OFFSET 5;

-- CHECK-LABEL: CREATE VIEW v_join AS
-- CHECK-NEXT:  SELECT t.a,
-- CHECK-NEXT:      u.x,
-- CHECK-NEXT:      s.n,
-- CHECK-NEXT:      u2.x AS x2
-- CHECK-NEXT:  FROM t
-- CHECK-NEXT:      JOIN u ON t.a = u.a
-- CHECK-NEXT:      LEFT JOIN (SELECT a,
-- CHECK-NEXT:              count(*) AS n
-- CHECK-NEXT:          FROM u
-- CHECK-NEXT:          GROUP BY a) s ON s.a = t.a
-- CHECK-NEXT:      CROSS JOIN generate_series(1, 3) g(i)
-- CHECK-NEXT:      RIGHT JOIN (u u2 NATURAL JOIN (SELECT 1 AS zz) z) ON u2.a = t.a
-- CHECK-NEXT:      FULL JOIN u u3 ON u3.x = u.x;

-- CHECK-LABEL: CREATE VIEW v_set AS
-- CHECK-NEXT:  SELECT a
-- CHECK-NEXT:  FROM t
-- CHECK-NEXT:  UNION
-- CHECK-NEXT:  SELECT a
-- CHECK-NEXT:  FROM u
-- CHECK-NEXT:  EXCEPT
-- CHECK-NEXT:  SELECT 1
-- CHECK-NEXT:  INTERSECT
-- CHECK-NEXT:  SELECT 2
-- CHECK-NEXT:  UNION ALL
-- CHECK-NEXT:  (SELECT 3
-- CHECK-NEXT:      ORDER BY 1
-- CHECK-NEXT:      LIMIT 1);

-- CHECK-LABEL: CREATE VIEW v_cte AS
-- CHECK-NEXT:  WITH RECURSIVE r(n) AS (
-- CHECK-NEXT:      SELECT 1
-- CHECK-NEXT:      UNION ALL
-- CHECK-NEXT:      SELECT n + 1
-- CHECK-NEXT:      FROM r
-- CHECK-NEXT:      WHERE n < 5
-- CHECK-NEXT:  ), m AS MATERIALIZED (
-- CHECK-NEXT:      SELECT *
-- CHECK-NEXT:      FROM u
-- CHECK-NEXT:  )
-- CHECK-NEXT:  SELECT DISTINCT ON (r.n) r.n,
-- CHECK-NEXT:      m.x
-- CHECK-NEXT:  FROM r, m
-- CHECK-NEXT:  ORDER BY r.n, m.x;

-- CHECK-LABEL: CREATE VIEW v_vals AS
-- CHECK-NEXT:  SELECT *
-- CHECK-NEXT:  FROM (VALUES (1, 'a'),
-- CHECK-NEXT:          (2, 'b')) v(k, l);

-- CHECK-LABEL: CREATE VIEW v_fetch AS
-- CHECK-NEXT:  SELECT a
-- CHECK-NEXT:  FROM t
-- CHECK-NEXT:  ORDER BY a
-- CHECK-NEXT:  FETCH FIRST 3 ROWS WITH TIES;

-- CHECK-LABEL: CREATE VIEW v_lat AS
-- CHECK-NEXT:  SELECT t.a,
-- CHECK-NEXT:      l.x
-- CHECK-NEXT:  FROM t, LATERAL (SELECT u.x
-- CHECK-NEXT:      FROM u
-- CHECK-NEXT:      WHERE u.a = t.a) l;

-- CHECK-LABEL: CREATE VIEW v_field AS
-- CHECK-NEXT:  SELECT (pr).p AS pp,
-- CHECK-NEXT:      (w.pr).q AS qq,
-- CHECK-NEXT:      (pr).*
-- CHECK-NEXT:  FROM w;

-- CHECK-LABEL: CREATE VIEW v_grp AS
-- CHECK-NEXT:  SELECT a,
-- CHECK-NEXT:      b,
-- CHECK-NEXT:      sum(a) AS s
-- CHECK-NEXT:  FROM t
-- CHECK-NEXT:  GROUP BY ROLLUP (a, b), CUBE ((a, b)), GROUPING SETS (a, ());

-- CHECK-LABEL: CREATE VIEW v_cols (x, y) AS
-- CHECK-NEXT:  SELECT a,
-- CHECK-NEXT:      b
-- CHECK-NEXT:  FROM t
-- CHECK-NEXT:  WHERE (a, b) = (1, 2) OR (a, b) IN (SELECT 1,
-- CHECK-NEXT:          2);

-- CHECK-LABEL: CREATE VIEW v_only AS
-- CHECK-NEXT:  SELECT *
-- CHECK-NEXT:  FROM ONLY t;

-- CHECK-LABEL: CREATE MATERIALIZED VIEW mv AS
-- CHECK-NEXT:  SELECT a,
-- CHECK-NEXT:      count(*)
-- CHECK-NEXT:  FROM t
-- CHECK-NEXT:  GROUP BY a
-- CHECK-NEXT:  WITH NO DATA;

-- CHECK-LABEL: CREATE VIEW v_check AS
-- CHECK-NEXT:  SELECT *
-- CHECK-NEXT:  FROM t
-- CHECK-NEXT:  WHERE a > 0
-- CHECK-NEXT:  WITH LOCAL CHECK OPTION;

-- CHECK-LABEL: CREATE VIEW v_opts
-- CHECK-NEXT:  WITH (security_barrier = true) AS
-- CHECK-NEXT:  SELECT a
-- CHECK-NEXT:  FROM t;

-- CHECK-LABEL: CREATE VIEW s_values AS
-- CHECK-NEXT:  VALUES (1, 'x'),
-- CHECK-NEXT:      (2, 'y');

-- CHECK-LABEL: CREATE VIEW s_setop_order AS
-- CHECK-NEXT:  SELECT a
-- CHECK-NEXT:  FROM t
-- CHECK-NEXT:  UNION ALL
-- CHECK-NEXT:  SELECT 2
-- CHECK-NEXT:  ORDER BY 1 DESC
-- CHECK-NEXT:  LIMIT 5;

-- CHECK-LABEL: CREATE RECURSIVE VIEW s_recursive (n) AS
-- CHECK-NEXT:  SELECT 1
-- CHECK-NEXT:  UNION ALL
-- CHECK-NEXT:  SELECT n + 1
-- CHECK-NEXT:  FROM s_recursive
-- CHECK-NEXT:  WHERE n < 10;

-- CHECK-LABEL: CREATE VIEW s_paren AS
-- CHECK-NEXT:  (SELECT a
-- CHECK-NEXT:      FROM t
-- CHECK-NEXT:      ORDER BY a
-- CHECK-NEXT:      LIMIT 1)
-- CHECK-NEXT:  UNION
-- CHECK-NEXT:  (SELECT a
-- CHECK-NEXT:      FROM t
-- CHECK-NEXT:      ORDER BY a DESC
-- CHECK-NEXT:      LIMIT 1);

-- CHECK-LABEL: CREATE VIEW s_sub AS
-- CHECK-NEXT:  SELECT *
-- CHECK-NEXT:  FROM t
-- CHECK-NEXT:  WHERE a IN (SELECT a
-- CHECK-NEXT:      FROM t
-- CHECK-NEXT:      UNION
-- CHECK-NEXT:      SELECT 1) AND EXISTS (WITH q AS (
-- CHECK-NEXT:          SELECT 1 AS x
-- CHECK-NEXT:      )
-- CHECK-NEXT:      SELECT x
-- CHECK-NEXT:      FROM q);

-- CHECK-LABEL: CREATE VIEW s_derived AS
-- CHECK-NEXT:  SELECT x.*
-- CHECK-NEXT:  FROM (SELECT a,
-- CHECK-NEXT:          count(*) AS c
-- CHECK-NEXT:      FROM t
-- CHECK-NEXT:      GROUP BY a) x
-- CHECK-NEXT:  WHERE x.c > 1
-- CHECK-NEXT:  ORDER BY 1;

-- CHECK-LABEL: CREATE VIEW s_fetch AS
-- CHECK-NEXT:  SELECT a,
-- CHECK-NEXT:      b
-- CHECK-NEXT:  FROM t
-- CHECK-NEXT:  GROUP BY GROUPING SETS ((a, b), a, ())
-- CHECK-NEXT:  HAVING count(*) >= 0
-- CHECK-NEXT:  ORDER BY a NULLS FIRST
-- CHECK-NEXT:  OFFSET 1 ROWS
-- CHECK-NEXT:  FETCH FIRST 2 ROWS ONLY;

CREATE TABLE t (a int, b int, c text, d date, arr int[], j jsonb, ts timestamptz);
CREATE TABLE u (a int, x text);
CREATE TYPE pair AS (p int, q int);
CREATE TABLE w (pr pair);
CREATE VIEW v_agg AS SELECT a, count(*) AS n, count(DISTINCT b) AS nb, string_agg(c, ',' ORDER BY c DESC NULLS LAST) AS s,
  sum(b) FILTER (WHERE b > 0) AS sp, percentile_cont(0.5) WITHIN GROUP (ORDER BY b) AS med,
  rank() OVER (PARTITION BY a ORDER BY b ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS r,
  sum(b) OVER w AS sw, array_agg(b) AS ab
FROM t WHERE a > 0 GROUP BY a, b HAVING count(*) > 1 WINDOW w AS (PARTITION BY a) ORDER BY a DESC, 2 LIMIT 10 OFFSET 5;
CREATE VIEW v_join AS SELECT t.a, u.x, s.n, u2.x AS x2 FROM t JOIN u ON t.a = u.a LEFT JOIN (SELECT a, count(*) AS n FROM u GROUP BY a) s ON s.a = t.a
  CROSS JOIN generate_series(1, 3) g(i) RIGHT JOIN (u u2 NATURAL JOIN (SELECT 1 AS zz) z) ON u2.a = t.a FULL JOIN u u3 ON u3.x = u.x;
CREATE VIEW v_set AS SELECT a FROM t UNION SELECT a FROM u EXCEPT SELECT 1 INTERSECT SELECT 2 UNION ALL (SELECT 3 ORDER BY 1 LIMIT 1);
CREATE VIEW v_cte AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5), m AS MATERIALIZED (SELECT * FROM u)
  SELECT DISTINCT ON (r.n) r.n, m.x FROM r, m ORDER BY r.n, m.x;
CREATE VIEW v_vals AS SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS v(k, l);
CREATE VIEW v_fetch AS SELECT a FROM t ORDER BY a FETCH FIRST 3 ROWS WITH TIES;
CREATE VIEW v_lat AS SELECT t.a, l.x FROM t, LATERAL (SELECT u.x FROM u WHERE u.a = t.a) l;
CREATE VIEW v_field AS SELECT (pr).p AS pp, (w.pr).q AS qq, (pr).* FROM w;
CREATE VIEW v_grp AS SELECT a, b, sum(a) AS s FROM t GROUP BY ROLLUP (a, b), CUBE ((a, b)), GROUPING SETS ((a), ());
CREATE VIEW v_cols (x, y) AS SELECT a, b FROM t WHERE (a, b) = (1, 2) OR (a, b) IN (SELECT 1, 2);
CREATE VIEW v_only AS SELECT * FROM ONLY t;
CREATE MATERIALIZED VIEW mv AS SELECT a, count(*) FROM t GROUP BY a WITH NO DATA;
CREATE VIEW v_check AS SELECT * FROM t WHERE a > 0 WITH LOCAL CHECK OPTION;
CREATE VIEW v_opts WITH (security_barrier = true) AS SELECT a FROM t;
CREATE VIEW s_values AS VALUES (1, 'x'), (2, 'y');
CREATE VIEW s_setop_order AS SELECT a FROM t UNION ALL SELECT 2 ORDER BY 1 DESC LIMIT 5;
CREATE RECURSIVE VIEW s_recursive (n) AS SELECT 1 UNION ALL SELECT n + 1 FROM s_recursive WHERE n < 10;
CREATE VIEW s_paren AS (SELECT a FROM t ORDER BY a LIMIT 1) UNION (SELECT a FROM t ORDER BY a DESC LIMIT 1);
CREATE VIEW s_sub AS SELECT * FROM t WHERE a IN (SELECT a FROM t UNION SELECT 1) AND EXISTS (WITH q AS (SELECT 1 AS x) SELECT x FROM q);
CREATE VIEW s_derived AS SELECT x.* FROM (SELECT a, count(*) AS c FROM t GROUP BY a) x WHERE x.c > 1 ORDER BY 1;
CREATE VIEW s_fetch AS SELECT a, b FROM t GROUP BY GROUPING SETS ((a, b), (a), ()) HAVING count(*) >= 0 ORDER BY a NULLS FIRST OFFSET 1 ROWS FETCH FIRST 2 ROWS ONLY;
