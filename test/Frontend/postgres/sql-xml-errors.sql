-- Bad SQL/XML forms give located errors with the fast path and without it
-- (the fast path declines them; the grammar and its lowering report them,
-- with PostgreSQL 15's checks). The SQL/JSON forms PostgreSQL 15 does not
-- have (IS JSON, JSON_OBJECT, JSON_ARRAY, JSON_TABLE ...: PostgreSQL 16 and
-- later) are syntax errors, not misread; XMLSERIALIZE's INDENT is 16 too.
-- RUN: schemac --emit=ir -o /dev/null --verify-diagnostics %s
-- RUN: schemac -fno-fast-parse --emit=ir -o /dev/null --verify-diagnostics %s
-- RUN: not schemac --emit=ir -o /dev/null -ferror-limit=0 %s 2>&1 | FileCheck %s --check-prefix=CARET

CREATE TABLE t (id int, n text, x xml, j jsonb);

-- expected-error@+1 {{unnamed XML element value must be a column reference}}
CREATE VIEW b1 AS SELECT xmlforest(id + 1) FROM t;
-- expected-error@+1 {{unnamed XML attribute value must be a column reference}}
CREATE VIEW b2 AS SELECT xmlelement(name a, xmlattributes('v')) FROM t;
-- expected-error@+1 {{XML attribute name 'id' appears more than once}}
CREATE VIEW b3 AS SELECT xmlelement(name a, xmlattributes(id, n AS id)) FROM t;
-- expected-error@+1 {{conflicting or redundant PATH values for column 'a'}}
CREATE VIEW b4 AS SELECT * FROM t, XMLTABLE('/r' PASSING x COLUMNS a int PATH 'a' PATH 'b');
-- CARET: sql-xml-errors.sql:[[@LINE+4]]:74: error: unrecognized column option 'pth'{{$}}
-- CARET-NEXT: CREATE VIEW b5 AS SELECT * FROM t, XMLTABLE('/r' PASSING x COLUMNS a int pth 'a');
-- CARET-NEXT: {{^                                                                         \^}}
-- expected-error@+1 {{unrecognized column option 'pth'}}
CREATE VIEW b5 AS SELECT * FROM t, XMLTABLE('/r' PASSING x COLUMNS a int pth 'a');
-- expected-error@+2 {{conflicting or redundant NULL / NOT NULL declarations for column 'a'}}
-- expected-error@+1 {{conflicting or redundant DEFAULT values for column 'b'}}
CREATE VIEW b6 AS SELECT * FROM t, XMLTABLE('/r' PASSING x COLUMNS a int NULL NOT NULL, b int DEFAULT 1 DEFAULT 2);
-- expected-error@+2 {{only one FOR ORDINALITY column is allowed}}
-- expected-error@+1 {{column name 'a' is not unique}}
CREATE VIEW b7 AS SELECT * FROM t, XMLTABLE('/r' PASSING x COLUMNS a FOR ORDINALITY, b FOR ORDINALITY, a int);
-- expected-error@+1 {{only one default namespace is allowed}}
CREATE VIEW b8 AS SELECT * FROM t, XMLTABLE(XMLNAMESPACES(DEFAULT 'a', DEFAULT 'b'), '/r' PASSING x COLUMNS a int);
-- Syntax PostgreSQL 15 rejects.
-- expected-error@+1 {{syntax error at or near '['}}
CREATE VIEW s1 AS SELECT xmlserialize(content x AS text[]) FROM t;
-- expected-error@+1 {{syntax error at or near 'INDENT'}}
CREATE VIEW s2 AS SELECT xmlserialize(content x AS text INDENT) FROM t;
-- The PASSING argument is a c_expr: x::xml needs parentheses.
-- expected-error@+1 {{syntax error at or near '::'}}
CREATE VIEW s3 AS SELECT xmlexists('//a' PASSING x::xml) FROM t;
-- expected-error@+1 {{syntax error at or near 'foo'; expected 'NAME'}}
CREATE VIEW s4 AS SELECT xmlelement(foo) FROM t;
-- expected-error@+1 {{syntax error at or near ''1.0''; expected 'VERSION'}}
CREATE VIEW s5 AS SELECT xmlroot(x, '1.0') FROM t;
-- expected-error@+1 {{syntax error at or near ')'}}
CREATE VIEW s6 AS SELECT xmlconcat() FROM t;
-- expected-error@+1 {{syntax error at or near 'x'}}
CREATE VIEW s7 AS SELECT xmlparse(x) FROM t;

-- SQL/JSON of PostgreSQL 16 and later.
-- CARET: sql-xml-errors.sql:[[@LINE+4]]:31: error: syntax error at or near 'JSON'{{$}}
-- CARET-NEXT: CREATE VIEW j1 AS SELECT j IS JSON FROM t;
-- CARET-NEXT: {{^                              \^~~~$}}
-- expected-error@+1 {{syntax error at or near 'JSON'}}
CREATE VIEW j1 AS SELECT j IS JSON FROM t;
-- expected-error@+1 {{syntax error at or near 'JSON'}}
CREATE VIEW j2 AS SELECT n IS NOT JSON OBJECT FROM t;
-- expected-error@+1 {{syntax error at or near 'VALUE'}}
CREATE VIEW j3 AS SELECT JSON_OBJECT('a' VALUE 1) FROM t;
-- expected-error@+1 {{syntax error at or near ':'}}
CREATE VIEW j4 AS SELECT JSON_OBJECT('a': 1) FROM t;
-- expected-error@+1 {{syntax error at or near 'RETURNING'}}
CREATE VIEW j5 AS SELECT JSON_ARRAY(1, 2 RETURNING jsonb) FROM t;
-- expected-error@+1 {{syntax error at or near 'COLUMNS'}}
CREATE VIEW j6 AS SELECT * FROM JSON_TABLE(j, '$' COLUMNS (a int));
-- expected-error@+1 {{syntax error at or near 'RETURNING'}}
CREATE VIEW j7 AS SELECT JSON_VALUE(j, '$.a' RETURNING int) FROM t;
