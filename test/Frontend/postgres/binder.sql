-- Column references in view bodies are resolved against their scope, as
-- PostgreSQL resolves them when it creates the view (each rejected case was
-- checked against PostgreSQL 15), and what PostgreSQL accepts passes.
-- RUN: schemac --emit=ir -o /dev/null --verify-diagnostics %s
-- RUN: not schemac --emit=ir -o /dev/null %s 2>&1 | FileCheck %s --check-prefix=CARET

CREATE TABLE a (id int, name text);
CREATE TABLE b (id int, a_id int, note text);

-- CARET: binder.sql:[[@LINE+4]]:26: error: column 'nme' does not exist{{$}}
-- CARET-NEXT: CREATE VIEW v1 AS SELECT nme FROM a;
-- CARET-NEXT: {{^                         \^}}
-- expected-error@+1 {{column 'nme' does not exist}}
CREATE VIEW v1 AS SELECT nme FROM a;
-- expected-error@+1 {{column 'a.nme' does not exist}}
CREATE VIEW v2 AS SELECT a.nme FROM a;
-- expected-error@+1 {{column reference 'id' is ambiguous}}
CREATE VIEW v3 AS SELECT id FROM a, b;
-- expected-error@+1 {{missing FROM-clause entry for table 'c'}}
CREATE VIEW v4 AS SELECT c.id FROM a;
-- expected-error@+2 {{invalid reference to FROM-clause entry for table 'a'}}
-- expected-note@+1 {{perhaps you meant to reference the table alias 't'}}
CREATE VIEW v5 AS SELECT t.id FROM a t WHERE a.id = 1;
-- expected-error@+1 {{column 'x' does not exist}}
CREATE VIEW v6 AS SELECT id FROM a WHERE x > 1;
-- expected-error@+1 {{column 'name' does not exist}}
CREATE VIEW v7 AS SELECT s.nm FROM (SELECT id FROM a) s(nm) WHERE name > '';
-- expected-error@+1 {{column 'zz' does not exist}}
CREATE VIEW v8 AS SELECT id FROM a WHERE EXISTS (SELECT 1 FROM b WHERE b.a_id = a.id AND zz);
-- expected-error@+1 {{column 'q' specified in USING clause does not exist in left table}}
CREATE VIEW v9 AS SELECT 1 AS one FROM a JOIN b USING (q);
-- expected-error@+1 {{common column name 'id' appears more than once in left table}}
CREATE VIEW v10 AS SELECT 1 AS one FROM a CROSS JOIN b NATURAL JOIN a AS a2;
-- expected-error@+1 {{column 'a' specified more than once}}
CREATE VIEW v11 AS SELECT 1 AS a, 2 AS a;
-- expected-error@+1 {{column '?column?' specified more than once}}
CREATE VIEW v12 AS SELECT 1, 'x';
-- expected-error@+1 {{column 'id' specified more than once}}
CREATE VIEW v13 AS SELECT * FROM a JOIN b ON a.id = b.a_id;
-- expected-error@+1 {{column 'k' does not exist}}
CREATE VIEW v14 AS SELECT id AS k FROM a ORDER BY k + 1;

-- What PostgreSQL accepts.
CREATE VIEW ok1 AS
  SELECT a.id, a.name, b.note, id2, t.name AS tname, count(*) OVER w AS n, a.ctid AS row_id
    FROM a
    JOIN b USING (id)
    CROSS JOIN LATERAL (SELECT b.a_id AS id2) s
    LEFT JOIN a AS t ON t.id = s.id2
   WHERE EXISTS (SELECT 1 FROM b b2 WHERE b2.a_id = a.id AND note IS NOT NULL)
  WINDOW w AS (PARTITION BY a.name);
CREATE VIEW ok2 AS
  WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5),
       m AS (SELECT id AS mid FROM a)
  SELECT r.n, m.mid, k FROM r, m, generate_series(1, 3) AS k
   ORDER BY n, 2;
CREATE VIEW ok3 AS
  SELECT id AS k, count(*) AS c FROM a GROUP BY k HAVING count(*) > 1
  UNION ALL SELECT column1, column2 FROM (VALUES (1, 2)) v
  ORDER BY k;
CREATE VIEW ok4 AS
  SELECT true, 1::int, 'x'::varchar, CASE WHEN true THEN 1 END, now(),
         current_date, trim(both FROM 'x'), extract(year FROM now()),
         (SELECT 1 AS k), EXISTS (SELECT 1), ARRAY[1],
         coalesce(1, 2), a AS whole, (a).name AS field, a.name::text AS t2
    FROM a;
CREATE VIEW ok5 AS SELECT id, note FROM a NATURAL JOIN b;
CREATE VIEW ok6 AS SELECT ok1.n, ok1.row_id FROM ok1;

-- Where the module cannot know the columns (functions, catalogs, relations
-- it does not define), nothing is reported.
CREATE VIEW lenient1 AS SELECT x, y FROM unknown_function() AS f(x, y, z);
CREATE VIEW lenient2 AS SELECT anything FROM pg_class;

-- Inside the SQL/XML forms (sql-xml.sql): XMLTABLE sees the FROM items
-- before it and gives its columns.
CREATE TABLE xd (id int, x xml);
-- expected-error@+1 {{column 'nope' does not exist}}
CREATE VIEW xv1 AS SELECT * FROM xd, XMLTABLE('/r' PASSING x COLUMNS a int PATH nope);
-- expected-error@+1 {{column 'xt.b' does not exist}}
CREATE VIEW xv2 AS SELECT xt.b FROM xd, XMLTABLE('/r' PASSING x COLUMNS a int) xt;
-- expected-error@+1 {{column 'nope' does not exist}}
CREATE VIEW xv3 AS SELECT xmlelement(name a, xmlattributes(nope)) FROM xd;
-- expected-error@+1 {{column 'x' does not exist}}
CREATE VIEW xv4 AS SELECT xmlexists('/a' PASSING x) FROM (SELECT id FROM xd) s;
CREATE VIEW xv5 AS SELECT xt.a, xt.o FROM xd, XMLTABLE('/r' PASSING x COLUMNS a int, o FOR ORDINALITY) xt;
