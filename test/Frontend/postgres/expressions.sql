-- Expressions with PostgreSQL's operator precedence and every special form:
-- BETWEEN [SYMMETRIC], LIKE/ILIKE/SIMILAR TO with ESCAPE, IS [NOT] DISTINCT
-- FROM, IS tests, ISNULL/NOTNULL, IN lists and subqueries, ANY/SOME/ALL,
-- subscripts and slices, CASE, typed literals, INTERVAL qualifiers, CAST,
-- EXTRACT, SUBSTRING, TRIM, POSITION, OVERLAY, COALESCE/NULLIF/GREATEST/LEAST,
-- CURRENT_* functions, user operators and OPERATOR(schema.op), ROW
-- constructors, field selection, COLLATE, AT TIME ZONE, named and VARIADIC
-- arguments, aggregates with DISTINCT, EXISTS/scalar/ARRAY/IN subqueries,
-- bit strings, numbers, parameters, prefix operators, VALUE in a domain.
-- RUN: schemac --emit=ir %s | FileCheck %s
-- ORACLE: skip expressions PostgreSQL rejects (field selection on jsonb)

CREATE TABLE t (
  a int, b int, c int, s text, d date, ts timestamptz, arr int[], j jsonb,
  -- Precedence: * over +, + over comparison, comparison over NOT, NOT over
  -- AND over OR; unary minus over ^; :: over everything.
  CHECK (a + b * c = 7 OR NOT a > b AND c IS NOT NULL),
  CHECK (- a ^ 2 < -a::numeric),
  CHECK (a BETWEEN SYMMETRIC 1 AND 2 AND b NOT BETWEEN c AND 10),
  CHECK (s LIKE 'a%' AND s NOT ILIKE 'b!%' ESCAPE '!' AND s SIMILAR TO '[xy]+'),
  CHECK (a IS DISTINCT FROM b AND b IS NOT DISTINCT FROM c),
  CHECK (a IS NULL OR b ISNULL OR c NOTNULL OR (a > 1) IS TRUE OR (b > 1) IS NOT UNKNOWN),
  CHECK (a IN (1, 2, 3) AND b NOT IN (4) AND c = ANY (ARRAY[1, 2]) AND a <> ALL ('{3}'::int[])),
  CHECK (s = ANY (ARRAY['x'::text, 'y'::text]) AND s ~~* SOME (ARRAY['z%']) AND arr[1] > 0 AND (arr[2:3])[1] IS NOT NULL),
  CHECK (CASE WHEN a > 0 THEN 'pos' WHEN a < 0 THEN 'neg' ELSE 'zero' END <> ''),
  CHECK (CASE a WHEN 1 THEN true ELSE false END),
  CHECK (d > DATE '2020-01-01' AND ts < timestamp with time zone '2030-01-01 00:00:00+00' AND d - INTERVAL '1 day' < now()),
  CHECK (INTERVAL '3' HOUR < INTERVAL(2) '1 minute' AND CAST(a AS bigint) > 0 AND '1 h'::interval > '0'::interval),
  CHECK (EXTRACT(YEAR FROM d) > 2000 AND SUBSTRING(s FROM 1 FOR 2) <> 'x' AND substring(s, 1, 2) <> 'y'),
  CHECK (TRIM(BOTH ' ' FROM s) <> '' AND TRIM(LEADING FROM s) <> '' AND trim(s) <> '' AND POSITION('a' IN s) > 0),
  CHECK (OVERLAY(s PLACING 'xx' FROM 2 FOR 1) <> '' AND COALESCE(a, b, 0) > NULLIF(b, 0) AND GREATEST(a, b) > LEAST(a, c)),
  CHECK (ts <= CURRENT_TIMESTAMP AND ts <= CURRENT_TIMESTAMP(3) AND d <= CURRENT_DATE AND ts < LOCALTIMESTAMP AND s <> CURRENT_USER AND s <> SESSION_USER),
  CHECK (j ->> 'k' = 'v' AND j @> '{"a": 1}' AND (j -> 'x') ? 'y' AND s || 'x' <> 'y' AND a OPERATOR(pg_catalog.+) 1 > 0),
  CHECK (ROW(a, b) = ROW(1, 2) AND (a, b) <> (3, 4) AND (j).x IS NULL),
  CHECK (s COLLATE "C" < 'm' AND ts AT TIME ZONE 'UTC' > '2000-01-01'),
  CHECK (f(a => 1, b := 2) AND g(VARIADIC ARRAY[1, 2]) AND pg_catalog.h(a) AND count(DISTINCT a) > 0),
  CHECK (EXISTS (SELECT 1) AND a = (SELECT max(b) FROM t) AND ARRAY(SELECT 1) <> '{}' AND a IN (SELECT 1)),
  CHECK (B'0101' <> X'1F' AND 1.5e10 > .5 AND -(a) < 0 AND +a > 0 AND |/ a > 0 AND ~ a <> 0)
);

CREATE DOMAIN positive AS int CHECK (VALUE > 0) DEFAULT 1 NOT NULL;

-- CHECK-LABEL: table t {
-- CHECK-NEXT:    column a : integer "int"
-- CHECK-NEXT:    column b : integer "int"
-- CHECK-NEXT:    column c : integer "int"
-- CHECK-NEXT:    column s : text "text"
-- CHECK-NEXT:    column d : date "date"
-- CHECK-NEXT:    column ts : timestamptz "timestamptz"
-- CHECK-NEXT:    column arr : integer[] "int[]"
-- CHECK-NEXT:    column j : jsonb "jsonb"
-- CHECK-NEXT:    constraint t_check check generated_name (binary "OR" (binary "=" (binary "+" (col a) (binary "*" (col b) (col c))) (lit int 7)) (binary "AND" (unary "NOT" (binary ">" (col a) (col b))) (is (col c) not null)))
-- CHECK-NEXT:    constraint t_a_check check generated_name (binary "<" (binary "^" (unary "-" (col a)) (lit int 2)) (unary "-" (cast (col a) decimal "numeric")))
-- CHECK-NEXT:    constraint t_check1 check generated_name (binary "AND" (between (col a) (lit int 1) (lit int 2) symmetric) (between (col b) (col c) (lit int 10) negated))
-- CHECK-NEXT:    constraint t_s_check check generated_name (chain (binary "LIKE" (col s) (lit str "a%")) "AND" (binary "NOT ILIKE" (col s) (lit str "b!%") escape (lit str "!")) "AND" (binary "SIMILAR TO" (col s) (lit str "[xy]+")))
-- CHECK-NEXT:    constraint t_check2 check generated_name (binary "AND" (binary "IS DISTINCT FROM" (col a) (col b)) (binary "IS NOT DISTINCT FROM" (col b) (col c)))
-- CHECK-NEXT:    constraint t_check3 check generated_name (chain (is (col a) null) "OR" (is (col b) null) "OR" (is (col c) not null) "OR" (is (binary ">" (col a) (lit int 1)) true) "OR" (is (binary ">" (col b) (lit int 1)) not unknown))
-- CHECK-NEXT:    constraint t_check4 check generated_name (chain (in (col a) [(lit int 1), (lit int 2), (lit int 3)]) "AND" (in (col b) [(lit int 4)] negated) "AND" (quantified "=" any (col c) (array [(lit int 1), (lit int 2)])) "AND" (quantified "<>" all (col a) (cast (lit str "{3}") integer[] "int[]")))
-- CHECK-NEXT:    constraint t_check5 check generated_name (chain (quantified "=" any (col s) (array [(cast (lit str "x") text "text"), (cast (lit str "y") text "text")])) "AND" (quantified "~~*" some (col s) (array [(lit str "z%")])) "AND" (binary ">" (subscript (col arr) (lit int 1) none) (lit int 0)) "AND" (is (subscript (subscript (col arr) (lit int 2) (lit int 3) slice) (lit int 1) none) not null))
-- CHECK-NEXT:    constraint t_a_check1 check generated_name (binary "<>" (case when (binary ">" (col a) (lit int 0)) then (lit str "pos") when (binary "<" (col a) (lit int 0)) then (lit str "neg") else (lit str "zero")) (lit str ""))
-- CHECK-NEXT:    constraint t_a_check2 check generated_name (case (col a) when (lit int 1) then (lit true) else (lit false))
-- CHECK-NEXT:    constraint t_check6 check generated_name (chain (binary ">" (col d) (cast (lit str "2020-01-01") date "DATE" typed_literal)) "AND" (binary "<" (col ts) (cast (lit str "2030-01-01 00:00:00+00") timestamptz "timestamp with time zone" typed_literal)) "AND" (binary "<" (binary "-" (col d) (cast (lit str "1 day") interval "INTERVAL" typed_literal)) (call now)))
-- CHECK-NEXT:    constraint t_a_check3 check generated_name (chain (binary "<" (cast (lit str "3") interval "INTERVAL HOUR" typed_literal) (cast (lit str "1 minute") interval(2) "INTERVAL(2)" typed_literal)) "AND" (binary ">" (cast (col a) bigint "bigint" cast_function) (lit int 0)) "AND" (binary ">" (cast (lit str "1 h") interval "interval") (cast (lit str "0") interval "interval")))
-- CHECK-NEXT:    constraint t_check7 check generated_name (chain (binary ">" (call extract (lit str "year") (col d) syntax extract_from) (lit int 2000)) "AND" (binary "<>" (call substring (col s) "from": (lit int 1) for: (lit int 2) syntax substring_from) (lit str "x")) "AND" (binary "<>" (call substring (col s) (lit int 1) (lit int 2)) (lit str "y")))
-- CHECK-NEXT:    constraint t_s_check1 check generated_name (chain (binary "<>" (call trim (col s) (lit str " ") syntax trim_from trim_spec "BOTH") (lit str "")) "AND" (binary "<>" (call trim (col s) syntax trim_from trim_spec "LEADING") (lit str "")) "AND" (binary "<>" (call trim (col s) syntax trim_from) (lit str "")) "AND" (binary ">" (call position (lit str "a") (col s) syntax position_in) (lit int 0)))
-- CHECK-NEXT:    constraint t_check8 check generated_name (chain (binary "<>" (call overlay (col s) (lit str "xx") (lit int 2) (lit int 1) syntax overlay_placing) (lit str "")) "AND" (binary ">" (call coalesce (col a) (col b) (lit int 0)) (call nullif (col b) (lit int 0))) "AND" (binary ">" (call greatest (col a) (col b)) (call least (col a) (col c))))
-- CHECK-NEXT:    constraint t_check9 check generated_name (chain (binary "<=" (col ts) (call current_timestamp syntax no_parens)) "AND" (binary "<=" (col ts) (call current_timestamp (lit int 3) syntax no_parens)) "AND" (binary "<=" (col d) (call current_date syntax no_parens)) "AND" (binary "<" (col ts) (call localtimestamp syntax no_parens)) "AND" (binary "<>" (col s) (call current_user syntax no_parens)) "AND" (binary "<>" (col s) (call session_user syntax no_parens)))
-- CHECK-NEXT:    constraint t_check10 check generated_name (chain (binary "=" (binary "->>" (col j) (lit str "k")) (lit str "v")) "AND" (binary "@>" (col j) (lit str "{\"a\": 1}")) "AND" (binary "?" (binary "->" (col j) (lit str "x")) (lit str "y")) "AND" (binary "<>" (binary "||" (col s) (lit str "x")) (lit str "y")) "AND" (binary ">" (binary "+" (col a) (lit int 1) op_schema pg_catalog) (lit int 0)))
-- CHECK-NEXT:    constraint t_check11 check generated_name (chain (binary "=" (row [(col a), (col b)] row_keyword) (row [(lit int 1), (lit int 2)] row_keyword)) "AND" (binary "<>" (row [(col a), (col b)]) (row [(lit int 3), (lit int 4)])) "AND" (is (field (col j) x) null))
-- CHECK-NEXT:    constraint t_check12 check generated_name (binary "AND" (binary "<" (collate (col s) C) (lit str "m")) (binary ">" (binary "AT TIME ZONE" (col ts) (lit str "UTC")) (lit str "2000-01-01")))
-- CHECK-NEXT:    constraint t_a_check4 check generated_name (chain (call f a: (lit int 1) b: (lit int 2)) "AND" (call g (array [(lit int 1), (lit int 2)]) variadic) "AND" (call pg_catalog.h (col a)) "AND" (binary ">" (call count (col a) distinct) (lit int 0)))
-- CHECK-NEXT:    constraint t_check13 check generated_name (chain (subquery exists {
-- CHECK-NEXT:        project [(lit int 1)]
-- CHECK-NEXT:          none
-- CHECK-NEXT:      }) "AND" (binary "=" (col a) (subquery scalar {
-- CHECK-NEXT:        project [(call max (col b))]
-- CHECK-NEXT:          scan t
-- CHECK-NEXT:      })) "AND" (binary "<>" (subquery array {
-- CHECK-NEXT:        project [(lit int 1)]
-- CHECK-NEXT:          none
-- CHECK-NEXT:      }) (lit str "{}")) "AND" (subquery in (col a) op "=" {
-- CHECK-NEXT:        project [(lit int 1)]
-- CHECK-NEXT:          none
-- CHECK-NEXT:      }))
-- CHECK-NEXT:    constraint t_a_check5 check generated_name (chain (binary "<>" (lit bits "b0101") (lit bits "x1F")) "AND" (binary ">" (lit num "1.5e10") (lit num ".5")) "AND" (binary "<" (unary "-" (col a)) (lit int 0)) "AND" (binary ">" (unary "+" (col a)) (lit int 0)) "AND" (binary ">" (unary "|/" (col a)) (lit int 0)) "AND" (binary "<>" (unary "~" (col a)) (lit int 0)))
-- CHECK-NEXT:  }
-- CHECK-LABEL: domain positive : integer "int" default (lit int 1) not_null {
-- CHECK-NEXT:    check positive_check (binary ">" (col value) (lit int 0)) generated_name
-- CHECK-NEXT:  }
