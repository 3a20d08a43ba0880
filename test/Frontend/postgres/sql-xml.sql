-- The SQL/XML special forms of PostgreSQL 15's gram.y (issue 6, item 8):
-- XMLCONCAT, XMLELEMENT with XMLATTRIBUTES, XMLEXISTS with PASSING [BY
-- REF|VALUE], XMLFOREST, XMLPARSE with DOCUMENT/CONTENT and STRIP/PRESERVE
-- WHITESPACE, XMLPI, XMLROOT with VERSION [NO VALUE] and STANDALONE,
-- XMLSERIALIZE, IS [NOT] DOCUMENT and XMLTABLE with XMLNAMESPACES, in view
-- bodies, defaults, CHECK constraints and index expressions. The fast path
-- and the grammar give the same IR; the DDL keeps the forms (BY REF/VALUE
-- are noise words PostgreSQL drops too). XMLSERIALIZE's [NO] INDENT is
-- PostgreSQL 16 and a syntax error here (sql-xml-errors.sql).
-- RUN: schemac --emit=ir %s > %t.fast
-- RUN: schemac -fno-fast-parse --emit=ir %s > %t.antlr
-- RUN: diff %t.fast %t.antlr
-- RUN: FileCheck %s --check-prefix=IR < %t.fast
-- RUN: schemac --emit=ddl %s | FileCheck %s --check-prefix=DDL
-- RUN: schemac -fno-fast-parse --emit=ddl %s | FileCheck %s --check-prefix=DDL
-- RUN: schemac-opt %t.fast | schemac-opt | FileCheck %s --check-prefix=IR

CREATE TABLE t (id int, n text, x xml, j jsonb);
CREATE VIEW v1 AS SELECT xmlelement(name foo, xmlattributes(id AS "id", n), 'text', n) AS e FROM t;
CREATE VIEW v2 AS SELECT xmlforest(id, n AS name) AS f, xmlconcat(x, x) AS c FROM t;
CREATE VIEW v3 AS SELECT xmlparse(document '<a/>') AS p, xmlserialize(content x AS text) AS s, xmlpi(name php, 'echo') AS pi FROM t;
CREATE VIEW v4 AS SELECT xmlroot(x, version '1.0', standalone yes) AS r, x IS DOCUMENT AS d, xmlexists('//a' PASSING BY REF x) AS ex FROM t;
-- (xpath and xmlagg are ordinary functions; the issue's single view mixing
-- them is rejected by PostgreSQL: x is neither grouped nor aggregated.)
CREATE VIEW v5 AS SELECT xpath('/a', x) AS xp FROM t;
CREATE VIEW v5a AS SELECT xmlagg(x ORDER BY id) AS ag FROM t;
CREATE VIEW v6 AS SELECT * FROM t, XMLTABLE('/rows/row' PASSING x COLUMNS rid int PATH '@id', ord FOR ORDINALITY) AS xt;

-- Every form of PostgreSQL 15's gram.y.
CREATE VIEW forms AS
SELECT xmlelement(name "Foo Bar") AS e1,
       xmlelement(name foo, xmlattributes('v' AS "a b", id + 1 AS k)) AS e2,
       xmlelement(name foo, 'a', xmlelement(name bar, n)) AS e3,
       xmlelement(name foo, xmlattributes(t.n)) AS e4,
       xmlforest(t.id, n || 'x' AS "Label", x) AS f,
       xmlconcat(x) AS c1,
       xmlparse(content n) AS p1,
       xmlparse(document n strip whitespace) AS p2,
       xmlparse(content '<a> </a>' preserve whitespace) AS p3,
       xmlpi(name target) AS pi1,
       xmlpi(name "Tgt", n || '?') AS pi2,
       xmlroot(x, version no value) AS r1,
       xmlroot(x, version NULL, standalone no) AS r2,
       xmlroot(x, version '1.1', standalone no value) AS r3,
       xmlroot(xmlparse(document '<a/>'), version n) AS r4,
       xmlserialize(document x AS varchar(100)) AS s1,
       xmlserialize(content x AS character varying) AS s2,
       xmlserialize(content xmlelement(name a, n) AS text) AS s3,
       x IS NOT DOCUMENT AS d1,
       (x IS DOCUMENT) = true AS d2,
       xmlexists('//a' PASSING x) AS ex1,
       xmlexists(('//' || n) PASSING BY VALUE x BY VALUE) AS ex2,
       xmlexists('//a' PASSING BY REF (x) BY REF) AS ex3,
       NOT xmlexists('/a' PASSING x) AS ex4
FROM t;
CREATE VIEW agg AS
SELECT n, xmlagg(xmlelement(name r, id) ORDER BY id DESC) AS ag FROM t GROUP BY n;

CREATE VIEW tables AS
SELECT t.id, xt.*, x2.*
FROM t
CROSS JOIN LATERAL XMLTABLE(XMLNAMESPACES('http://a.example' AS a, DEFAULT 'http://d.example'),
    '/a:rows/a:row' PASSING BY REF t.x BY REF
    COLUMNS rid int PATH '@id' NOT NULL,
            name text PATH 'a:name' DEFAULT 'none',
            note varchar(20) DEFAULT n NULL,
            "Ord" FOR ORDINALITY,
            body xml PATH '.') AS xt
JOIN XMLTABLE('/r' PASSING (SELECT x FROM t LIMIT 1) COLUMNS v numeric(10,2) "path" 'v' DEFAULT 1 + 1) x2(val) ON true;

CREATE VIEW bare AS SELECT xmltable.* FROM XMLTABLE('/r' PASSING '<r/>' COLUMNS a text);

-- Defaults, CHECK constraints and index expressions.
CREATE TABLE docs (
  id int,
  body xml DEFAULT xmlparse(document '<doc/>') CHECK (body IS DOCUMENT),
  title text DEFAULT xmlserialize(content xmlelement(name t) AS text),
  CONSTRAINT has_a CHECK (xmlexists('/doc' PASSING BY VALUE body))
);
CREATE INDEX docs_title_idx ON docs ((xmlserialize(document body AS text)));
CREATE INDEX docs_root_idx ON docs (xmlserialize(content xmlroot(body, version '1.0') AS varchar(200)));
CREATE INDEX docs_doc_idx ON docs ((body IS DOCUMENT)) WHERE body IS NOT DOCUMENT;

-- Column names that are SQL/XML key words stay names.
CREATE TABLE kw (xmlelement int, version int, "document" text, passing int, columns int, yes int, strip int, whitespace int, ref int, standalone int);
CREATE VIEW kwv AS SELECT xmlelement, version, document, passing, columns, yes, strip, whitespace, ref, standalone FROM kw;

-- IR-LABEL: table t {
-- IR-LABEL: view v1 {
-- IR: project [(call xmlelement (lit str "foo") (call xmlattributes id: (col id) (col n) syntax xmlattributes_as) (lit str "text") (col n) syntax xmlelement_name) as e]
-- IR-LABEL: view v2 {
-- IR: project [(call xmlforest (col id) name: (col n) syntax xmlforest_as) as f, (call xmlconcat (col x) (col x)) as c]
-- IR-LABEL: view v3 {
-- IR: project [(call xmlparse (lit str "DOCUMENT") (lit str "<a/>") syntax xmlparse_option) as p, (call xmlserialize (lit str "CONTENT") (cast (col x) text "text" cast_function) syntax xmlserialize_as) as s, (call xmlpi (lit str "php") (lit str "echo") syntax xmlpi_name) as pi]
-- IR-LABEL: view v4 {
-- IR: project [(call xmlroot (col x) (lit str "1.0") (lit str "YES") syntax xmlroot_version) as r, (is (col x) document) as d, (call xmlexists (lit str "//a") (col x) syntax xmlexists_passing) as ex]
-- IR-LABEL: view v5 {
-- IR: project [(call xpath (lit str "/a") (col x)) as xp]
-- IR-LABEL: view v5a {
-- IR: project [(call xmlagg (col x) order_by [(col id)]) as ag]
-- IR-LABEL: view v6 {
-- IR: project [(col *)]
-- IR: xmltable (lit str "/rows/row") passing (col x) columns [rid integer "int" path (lit str "@id"), ord integer for_ordinality] as xt
-- IR-LABEL: view forms {
-- IR: project [(call xmlelement (lit str "Foo Bar") syntax xmlelement_name) as e1, (call xmlelement (lit str "foo") (call xmlattributes "a b": (lit str "v") k: (binary "+" (col id) (lit int 1)) syntax xmlattributes_as) syntax xmlelement_name) as e2, (call xmlelement (lit str "foo") (lit str "a") (call xmlelement (lit str "bar") (col n) syntax xmlelement_name) syntax xmlelement_name) as e3, (call xmlelement (lit str "foo") (call xmlattributes (col t.n) syntax xmlattributes_as) syntax xmlelement_name) as e4, (call xmlforest (col t.id) Label: (binary "||" (col n) (lit str "x")) (col x) syntax xmlforest_as) as f, (call xmlconcat (col x)) as c1, (call xmlparse (lit str "CONTENT") (col n) syntax xmlparse_option) as p1, (call xmlparse (lit str "DOCUMENT") (col n) (lit str "STRIP") syntax xmlparse_option) as p2, (call xmlparse (lit str "CONTENT") (lit str "<a> </a>") (lit str "PRESERVE") syntax xmlparse_option) as p3, (call xmlpi (lit str "target") syntax xmlpi_name) as pi1, (call xmlpi (lit str "Tgt") (binary "||" (col n) (lit str "?")) syntax xmlpi_name) as pi2, (call xmlroot (col x) (lit null) syntax xmlroot_version) as r1, (call xmlroot (col x) (lit null) (lit str "NO") syntax xmlroot_version) as r2, (call xmlroot (col x) (lit str "1.1") (lit str "NO VALUE") syntax xmlroot_version) as r3, (call xmlroot (call xmlparse (lit str "DOCUMENT") (lit str "<a/>") syntax xmlparse_option) (col n) syntax xmlroot_version) as r4, (call xmlserialize (lit str "DOCUMENT") (cast (col x) varchar(100) "varchar(100)" cast_function) syntax xmlserialize_as) as s1, (call xmlserialize (lit str "CONTENT") (cast (col x) varchar "character varying" cast_function) syntax xmlserialize_as) as s2, (call xmlserialize (lit str "CONTENT") (cast (call xmlelement (lit str "a") (col n) syntax xmlelement_name) text "text" cast_function) syntax xmlserialize_as) as s3, (is (col x) not document) as d1, (binary "=" (is (col x) document) (lit true)) as d2, (call xmlexists (lit str "//a") (col x) syntax xmlexists_passing) as ex1, (call xmlexists (binary "||" (lit str "//") (col n)) (col x) syntax xmlexists_passing) as ex2, (call xmlexists (lit str "//a") (col x) syntax xmlexists_passing) as ex3, (unary "NOT" (call xmlexists (lit str "/a") (col x) syntax xmlexists_passing)) as ex4]
-- IR-LABEL: view agg {
-- IR: project [(col n), (call xmlagg (call xmlelement (lit str "r") (col id) syntax xmlelement_name) order_by [(col id) desc]) as ag]
-- IR-LABEL: view tables {
-- IR: project [(col t.id), (col xt.*), (col x2.*)]
-- IR: xmltable (lit str "/a:rows/a:row") passing (col t.x) namespaces [(lit str "http://a.example") as a, (lit str "http://d.example")] columns [rid integer "int" path (lit str "@id") not_null, name text "text" path (lit str "a:name") default (lit str "none"), note varchar(20) "varchar(20)" default (col n) null, Ord integer for_ordinality, body xml "xml" path (lit str ".")] as xt lateral
-- IR: xmltable (lit str "/r") passing (subquery scalar {
-- IR: project [(col x)]
-- IR-LABEL: view bare {
-- IR: project [(col "xmltable".*)]
-- IR: xmltable (lit str "/r") passing (lit str "<r/>") columns [a text "text"]
-- IR-LABEL: table docs {
-- IR: column body : xml "xml" default (call xmlparse (lit str "DOCUMENT") (lit str "<doc/>") syntax xmlparse_option)
-- IR: column title : text "text" default (call xmlserialize (lit str "CONTENT") (cast (call xmlelement (lit str "t") syntax xmlelement_name) text "text" cast_function) syntax xmlserialize_as)
-- IR: constraint docs_body_check check generated_name (is (col body) document) column_level body
-- IR: constraint has_a check (call xmlexists (lit str "/doc") (col body) syntax xmlexists_passing)
-- IR: index docs_title_idx on docs [(call xmlserialize (lit str "DOCUMENT") (cast (col body) text "text" cast_function) syntax xmlserialize_as)]
-- IR: index docs_root_idx on docs [(call xmlserialize (lit str "CONTENT") (cast (call xmlroot (col body) (lit str "1.0") syntax xmlroot_version) varchar(200) "varchar(200)" cast_function) syntax xmlserialize_as)]
-- IR: index docs_doc_idx on docs [(is (col body) document)] where (is (col body) not document)
-- IR-LABEL: table kw {
-- IR-LABEL: view kwv {
-- IR: project [(col xmlelement), (col version), (col "document"), (col "passing"), (col "columns"), (col yes), (col strip), (col whitespace), (col "ref"), (col standalone)]

-- DDL-LABEL: CREATE TABLE t (
-- DDL-NEXT:     id int,
-- DDL-NEXT:     n text,
-- DDL-NEXT:     x xml,
-- DDL-NEXT:     j jsonb
-- DDL-NEXT: );
-- DDL-LABEL: CREATE VIEW v1 AS
-- DDL-NEXT: SELECT XMLELEMENT(NAME foo, XMLATTRIBUTES(id AS id, n), 'text', n) AS e
-- DDL-NEXT: FROM t;
-- DDL-LABEL: CREATE VIEW v2 AS
-- DDL-NEXT: SELECT XMLFOREST(id, n AS name) AS f,
-- DDL-NEXT:     XMLCONCAT(x, x) AS c
-- DDL-NEXT: FROM t;
-- DDL-LABEL: CREATE VIEW v3 AS
-- DDL-NEXT: SELECT XMLPARSE(DOCUMENT '<a/>') AS p,
-- DDL-NEXT:     XMLSERIALIZE(CONTENT x AS text) AS s,
-- DDL-NEXT:     XMLPI(NAME php, 'echo') AS pi
-- DDL-NEXT: FROM t;
-- DDL-LABEL: CREATE VIEW v4 AS
-- DDL-NEXT: SELECT XMLROOT(x, VERSION '1.0', STANDALONE YES) AS r,
-- DDL-NEXT:     x IS DOCUMENT AS d,
-- DDL-NEXT:     XMLEXISTS('//a' PASSING x) AS ex
-- DDL-NEXT: FROM t;
-- DDL-LABEL: CREATE VIEW v5 AS
-- DDL-NEXT: SELECT xpath('/a', x) AS xp
-- DDL-NEXT: FROM t;
-- DDL-LABEL: CREATE VIEW v5a AS
-- DDL-NEXT: SELECT xmlagg(x ORDER BY id) AS ag
-- DDL-NEXT: FROM t;
-- DDL-LABEL: CREATE VIEW v6 AS
-- DDL-NEXT: SELECT *
-- DDL-NEXT: FROM t, XMLTABLE('/rows/row' PASSING x COLUMNS rid int PATH '@id', ord FOR ORDINALITY) xt;
-- DDL-LABEL: CREATE VIEW forms AS
-- DDL-NEXT: SELECT XMLELEMENT(NAME "Foo Bar") AS e1,
-- DDL-NEXT:     XMLELEMENT(NAME foo, XMLATTRIBUTES('v' AS "a b", id + 1 AS k)) AS e2,
-- DDL-NEXT:     XMLELEMENT(NAME foo, 'a', XMLELEMENT(NAME bar, n)) AS e3,
-- DDL-NEXT:     XMLELEMENT(NAME foo, XMLATTRIBUTES(t.n)) AS e4,
-- DDL-NEXT:     XMLFOREST(t.id, n || 'x' AS "Label", x) AS f,
-- DDL-NEXT:     XMLCONCAT(x) AS c1,
-- DDL-NEXT:     XMLPARSE(CONTENT n) AS p1,
-- DDL-NEXT:     XMLPARSE(DOCUMENT n STRIP WHITESPACE) AS p2,
-- DDL-NEXT:     XMLPARSE(CONTENT '<a> </a>' PRESERVE WHITESPACE) AS p3,
-- DDL-NEXT:     XMLPI(NAME target) AS pi1,
-- DDL-NEXT:     XMLPI(NAME "Tgt", n || '?') AS pi2,
-- DDL-NEXT:     XMLROOT(x, VERSION NO VALUE) AS r1,
-- DDL-NEXT:     XMLROOT(x, VERSION NO VALUE, STANDALONE NO) AS r2,
-- DDL-NEXT:     XMLROOT(x, VERSION '1.1', STANDALONE NO VALUE) AS r3,
-- DDL-NEXT:     XMLROOT(XMLPARSE(DOCUMENT '<a/>'), VERSION n) AS r4,
-- DDL-NEXT:     XMLSERIALIZE(DOCUMENT x AS varchar(100)) AS s1,
-- DDL-NEXT:     XMLSERIALIZE(CONTENT x AS character varying) AS s2,
-- DDL-NEXT:     XMLSERIALIZE(CONTENT XMLELEMENT(NAME a, n) AS text) AS s3,
-- DDL-NEXT:     x IS NOT DOCUMENT AS d1,
-- DDL-NEXT:     (x IS DOCUMENT) = true AS d2,
-- DDL-NEXT:     XMLEXISTS('//a' PASSING x) AS ex1,
-- DDL-NEXT:     XMLEXISTS(('//' || n) PASSING x) AS ex2,
-- DDL-NEXT:     XMLEXISTS('//a' PASSING x) AS ex3,
-- DDL-NEXT:     NOT XMLEXISTS('/a' PASSING x) AS ex4
-- DDL-NEXT: FROM t;
-- DDL-LABEL: CREATE VIEW agg AS
-- DDL-NEXT: SELECT n,
-- DDL-NEXT:     xmlagg(XMLELEMENT(NAME r, id) ORDER BY id DESC) AS ag
-- DDL-NEXT: FROM t
-- DDL-NEXT: GROUP BY n;
-- DDL-LABEL: CREATE VIEW tables AS
-- DDL-NEXT: SELECT t.id,
-- DDL-NEXT:     xt.*,
-- DDL-NEXT:     x2.*
-- DDL-NEXT: FROM t
-- DDL-NEXT:     CROSS JOIN LATERAL XMLTABLE(XMLNAMESPACES('http://a.example' AS a, DEFAULT 'http://d.example'), '/a:rows/a:row' PASSING t.x COLUMNS rid int PATH '@id' NOT NULL, name text PATH 'a:name' DEFAULT 'none', note varchar(20) DEFAULT n NULL, "Ord" FOR ORDINALITY, body xml PATH '.') xt
-- DDL-NEXT:     JOIN XMLTABLE('/r' PASSING (SELECT x
-- DDL-NEXT:         FROM t
-- DDL-NEXT:         LIMIT 1) COLUMNS v numeric(10,2) PATH 'v' DEFAULT 1 + 1) x2(val) ON true;
-- DDL-LABEL: CREATE VIEW bare AS
-- DDL-NEXT: SELECT "xmltable".*
-- DDL-NEXT: FROM XMLTABLE('/r' PASSING '<r/>' COLUMNS a text);
-- DDL-LABEL: CREATE TABLE docs (
-- DDL-NEXT:     id int,
-- DDL-NEXT:     body xml DEFAULT XMLPARSE(DOCUMENT '<doc/>') CHECK (body IS DOCUMENT),
-- DDL-NEXT:     title text DEFAULT XMLSERIALIZE(CONTENT XMLELEMENT(NAME t) AS text),
-- DDL-NEXT:     CONSTRAINT has_a CHECK (XMLEXISTS('/doc' PASSING body))
-- DDL-NEXT: );
-- DDL-LABEL: CREATE INDEX docs_title_idx ON docs (XMLSERIALIZE(DOCUMENT body AS text));
-- DDL-LABEL: CREATE INDEX docs_root_idx ON docs (XMLSERIALIZE(CONTENT XMLROOT(body, VERSION '1.0') AS varchar(200)));
-- DDL-LABEL: CREATE INDEX docs_doc_idx ON docs ((body IS DOCUMENT)) WHERE body IS NOT DOCUMENT;
-- DDL-LABEL: CREATE TABLE kw (
-- DDL-NEXT:     "xmlelement" int,
-- DDL-NEXT:     version int,
-- DDL-NEXT:     document text,
-- DDL-NEXT:     passing int,
-- DDL-NEXT:     columns int,
-- DDL-NEXT:     yes int,
-- DDL-NEXT:     strip int,
-- DDL-NEXT:     whitespace int,
-- DDL-NEXT:     ref int,
-- DDL-NEXT:     standalone int
-- DDL-NEXT: );
-- DDL-LABEL: CREATE VIEW kwv AS
-- DDL-NEXT: SELECT "xmlelement",
-- DDL-NEXT:     version,
-- DDL-NEXT:     document,
-- DDL-NEXT:     passing,
-- DDL-NEXT:     columns,
-- DDL-NEXT:     yes,
-- DDL-NEXT:     strip,
-- DDL-NEXT:     whitespace,
-- DDL-NEXT:     ref,
-- DDL-NEXT:     standalone
-- DDL-NEXT: FROM kw;
