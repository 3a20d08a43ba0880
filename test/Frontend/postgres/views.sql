-- View bodies in the relational algebra: joins (LEFT ... USING, CROSS,
-- NATURAL, comma lists), WHERE, GROUP BY (grouping sets, ROLLUP, CUBE, ()),
-- HAVING, DISTINCT ON, ORDER BY, LIMIT/OFFSET, FETCH FIRST WITH TIES, set
-- operations with PostgreSQL's precedence, WITH [RECURSIVE] (references to
-- CTEs are marked cte), MATERIALIZED, LATERAL subqueries and function scans
-- WITH ORDINALITY, window functions and WINDOW clauses, FILTER, WITHIN GROUP,
-- TABLE, VALUES, SELECT without FROM, materialized view options.
-- RUN: schemac --emit=ir %s | FileCheck %s
-- ORACLE: skip a join PostgreSQL rejects (common column name appears twice)

CREATE TABLE a (x int, y int, z text);
CREATE TABLE b (x int, w text);

CREATE VIEW v1 AS
 SELECT DISTINCT ON (a.x) a.x, b.w AS label, count(*) AS n, y total
   FROM (a
     LEFT JOIN b USING (x))
  WHERE ((a.y > 0) AND (b.w IS NOT NULL))
  GROUP BY a.x, b.w, a.y
 HAVING (count(*) > 1)
  ORDER BY a.x DESC NULLS LAST, 2
 LIMIT 10 OFFSET 5;

CREATE OR REPLACE TEMP VIEW v2 (p, q) WITH (security_barrier = true) AS
  WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5),
       m AS MATERIALIZED (SELECT y FROM a)
  SELECT r.n, m.y FROM r, m CROSS JOIN b NATURAL JOIN a
  WITH CASCADED CHECK OPTION;

CREATE VIEW v3 AS
  SELECT x FROM a INTERSECT SELECT x FROM b
  EXCEPT ALL (SELECT 1 UNION DISTINCT VALUES (2), (3))
  ORDER BY 1 FETCH FIRST 3 ROWS WITH TIES;

CREATE VIEW v4 AS
  SELECT g.n, s.total, t.*, row_number() OVER w AS rn,
         sum(x) OVER (PARTITION BY y ORDER BY x ROWS BETWEEN 1 PRECEDING AND
                      UNBOUNDED FOLLOWING EXCLUDE TIES) AS running,
         string_agg(z, ',' ORDER BY z) FILTER (WHERE z <> '') AS zs,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY x) AS med
    FROM a t,
         LATERAL generate_series(1, t.x) WITH ORDINALITY AS g(n, o),
         LATERAL (SELECT sum(y) AS total FROM a WHERE a.x = t.x) s
   GROUP BY GROUPING SETS ((g.n, s.total), ROLLUP (t.x), CUBE (t.y), ())
  WINDOW w AS (ORDER BY t.x);

CREATE MATERIALIZED VIEW IF NOT EXISTS mv (k) USING heap WITH (fillfactor = 50)
  TABLESPACE pg_default AS
  SELECT x FROM ONLY a WHERE x IN (SELECT x FROM b) WITH NO DATA;

CREATE VIEW v5 AS TABLE a;
CREATE VIEW v6 AS VALUES (1, 'one'), (2, 'two');
CREATE VIEW v7 AS SELECT 1 AS one;

-- CHECK-LABEL: table a {
-- CHECK-NEXT:    column x : integer "int"
-- CHECK-NEXT:    column y : integer "int"
-- CHECK-NEXT:    column z : text "text"
-- CHECK-NEXT:  }
-- CHECK-LABEL: table b {
-- CHECK-NEXT:    column x : integer "int"
-- CHECK-NEXT:    column w : text "text"
-- CHECK-NEXT:  }
-- CHECK-LABEL: view v1 {
-- CHECK-NEXT:    limit (lit int 10) offset (lit int 5)
-- CHECK-NEXT:      sort [(col a.x) desc nulls_last, (lit int 2)]
-- CHECK-NEXT:        project [(col a.x), (col b.w) as label, (call count *) as n, (col y) alias total] distinct_on [(col a.x)]
-- CHECK-NEXT:          filter (binary ">" (call count *) (lit int 1))
-- CHECK-NEXT:            aggregate [(col a.x), (col b.w), (col a.y)]
-- CHECK-NEXT:              filter (binary "AND" (binary ">" (col a.y) (lit int 0)) (is (col b.w) not null))
-- CHECK-NEXT:                join left using [x]
-- CHECK-NEXT:                  scan a
-- CHECK-NEXT:                  scan b
-- CHECK-NEXT:  }
-- CHECK-LABEL: view v2 or_replace temporary columns [p, q] with [security_barrier = "true"] check_option "CASCADED" with_check_option {
-- CHECK-NEXT:    with recursive
-- CHECK-NEXT:      cte r [n] {
-- CHECK-NEXT:        setop union all
-- CHECK-NEXT:          project [(lit int 1)]
-- CHECK-NEXT:            none
-- CHECK-NEXT:          project [(binary "+" (col n) (lit int 1))]
-- CHECK-NEXT:            filter (binary "<" (col n) (lit int 5))
-- CHECK-NEXT:              scan r cte
-- CHECK-NEXT:      }
-- CHECK-NEXT:      cte m materialized {
-- CHECK-NEXT:        project [(col y)]
-- CHECK-NEXT:          scan a
-- CHECK-NEXT:      }
-- CHECK-NEXT:      project [(col r.n), (col m.y)]
-- CHECK-NEXT:        join cross comma
-- CHECK-NEXT:          scan r cte
-- CHECK-NEXT:          join inner natural
-- CHECK-NEXT:            join cross
-- CHECK-NEXT:              scan m cte
-- CHECK-NEXT:              scan b
-- CHECK-NEXT:            scan a
-- CHECK-NEXT:  }
-- CHECK-LABEL: view v3 {
-- CHECK-NEXT:    limit (lit int 3) with_ties fetch_first
-- CHECK-NEXT:      sort [(lit int 1)]
-- CHECK-NEXT:        setop except all
-- CHECK-NEXT:          setop intersect
-- CHECK-NEXT:            project [(col x)]
-- CHECK-NEXT:              scan a
-- CHECK-NEXT:            project [(col x)]
-- CHECK-NEXT:              scan b
-- CHECK-NEXT:          setop union distinct
-- CHECK-NEXT:            project [(lit int 1)]
-- CHECK-NEXT:              none
-- CHECK-NEXT:            values [(lit int 2)] [(lit int 3)]
-- CHECK-NEXT:  }
-- CHECK-LABEL: view v4 {
-- CHECK-NEXT:    project [(col g.n), (col s.total), (col t.*), (call row_number over (window ref w)) as rn, (call sum (col x) over (window partition_by [(col y)] order_by [(col x)] frame rows frame_start preceding (lit int 1) frame_end unbounded_following exclude ties)) as running, (call string_agg (col z) (lit str ",") order_by [(col z)] filter (binary "<>" (col z) (lit str ""))) as zs, (call percentile_cont (lit num 0.5) order_by [(col x)] within_group) as med] windows [w (window order_by [(col t.x)])]
-- CHECK-NEXT:      aggregate [(grouping sets [(row [(col g.n), (col s.total)]), (grouping rollup [(col t.x)]), (grouping cube [(col t.y)]), (grouping empty [])])]
-- CHECK-NEXT:        join cross comma
-- CHECK-NEXT:          join cross comma
-- CHECK-NEXT:            scan a as t
-- CHECK-NEXT:            function_scan (call generate_series (lit int 1) (col t.x)) as g [n, o] with_ordinality lateral
-- CHECK-NEXT:          subquery_scan as s lateral
-- CHECK-NEXT:            project [(call sum (col y)) as total]
-- CHECK-NEXT:              filter (binary "=" (col a.x) (col t.x))
-- CHECK-NEXT:                scan a
-- CHECK-NEXT:  }
-- CHECK-LABEL: view mv materialized if_not_exists columns [k] with [fillfactor = "50"] using heap tablespace pg_default with_no_data {
-- CHECK-NEXT:    project [(col x)]
-- CHECK-NEXT:      filter (subquery in (col x) op "=" {
-- CHECK-NEXT:          project [(col x)]
-- CHECK-NEXT:            scan b
-- CHECK-NEXT:        })
-- CHECK-NEXT:        scan a only
-- CHECK-NEXT:  }
-- CHECK-LABEL: view v5 {
-- CHECK-NEXT:    project [(col *)]
-- CHECK-NEXT:      scan a
-- CHECK-NEXT:  }
-- CHECK-LABEL: view v6 {
-- CHECK-NEXT:    values [(lit int 1), (lit str "one")] [(lit int 2), (lit str "two")]
-- CHECK-NEXT:  }
-- CHECK-LABEL: view v7 {
-- CHECK-NEXT:    project [(lit int 1) as one]
-- CHECK-NEXT:      none
-- CHECK-NEXT:  }
