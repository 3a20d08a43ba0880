-- Views: queries through the shared query parser with SQLite's operators.
-- SQLite's LIKE ignores the case of ASCII letters: the IR's ILIKE, written
-- back as LIKE for SQLite and as ILIKE for PostgreSQL.
-- RUN: schemac --from=sqlite --emit=ir %s | FileCheck %s
-- RUN: schemac --from=sqlite --emit=ir %s | schemac-opt | FileCheck %s
-- RUN: schemac --from=sqlite --target=sqlite %s | FileCheck %s --check-prefix=LITE
-- RUN: schemac --from=sqlite %s | FileCheck %s --check-prefix=PG

CREATE TABLE actor (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT);
CREATE TABLE film (id INTEGER PRIMARY KEY, title TEXT, rating TEXT, len INT);
CREATE TABLE film_actor (actor_id INT REFERENCES actor, film_id INT REFERENCES film);

CREATE VIEW actor_info AS
SELECT a.id, a.first_name || ' ' || a.last_name AS name, count(fa.film_id) AS films
FROM actor a LEFT JOIN film_actor AS fa ON fa.actor_id = a.id
WHERE a.last_name LIKE 'A%' AND a.first_name NOT LIKE '%x%'
GROUP BY a.id, a.first_name, a.last_name
HAVING count(*) > 1
ORDER BY name DESC
LIMIT 10;
-- CHECK-LABEL: view actor_info {
-- CHECK: (binary "ILIKE" (col a.last_name) (lit str "A%")) (binary "NOT ILIKE" (col a.first_name) (lit str "%x%"))
-- CHECK: }

CREATE VIEW long_films (title, kind) AS
SELECT title, CASE WHEN len > 120 THEN 'long' ELSE 'short' END FROM film
WHERE rating IN ('G', 'PG') AND len BETWEEN 60 AND 240
UNION ALL
SELECT title, 'unrated' FROM film WHERE rating IS NULL;
-- CHECK-LABEL: view long_films
-- CHECK-NEXT: setop union all

-- LITE-LABEL: CREATE VIEW actor_info AS
-- LITE: WHERE a.last_name LIKE 'A%' AND a.first_name NOT LIKE '%x%'
-- PG-LABEL: CREATE VIEW actor_info AS
-- PG: WHERE a.last_name ILIKE 'A%' AND a.first_name NOT ILIKE '%x%'
