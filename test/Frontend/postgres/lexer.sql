-- Lexical details: identifier case folding (non-ASCII bytes kept), quoted
-- and U&"" identifiers, '' strings with doubled quotes and continuation
-- over a newline (comments allowed), E'' escapes, U&'' escapes, dollar
-- quotes with tags, N'', B'', X'', numbers, nested comments, and
-- standard_conforming_strings changing how later statements are scanned.
-- RUN: schemac --emit=ir %s | FileCheck %s

-- Identifiers: unquoted names fold ASCII letters to lower case and keep
-- other bytes; quoted names keep case and doubled quotes; U&"" escapes.
CREATE TABLE Lexer_Test (
  "CamelCase" int,
  bıgınt int,
  "with ""quotes""" int,
  U&"d\0061t\+000061" int,
  _under$dollar int,
  "select" int,
  c01 text DEFAULT 'it''s',
  c02 text DEFAULT E'tab\tnew\nline\\ \x41\101\u00e9',
  c03 text DEFAULT U&'\0041\+01F600',
  c04 text DEFAULT $$dollar 'quoted'$$,
  c05 text DEFAULT $tag$with $$ inside$tag$,
  c06 text DEFAULT 'con'
      -- a comment between the parts
    'tinued',
  c07 text DEFAULT N'national',
  c08 bit(4) DEFAULT B'1010',
  c09 bit varying DEFAULT X'F0',
  c10 numeric DEFAULT 1.5e3,
  c11 numeric DEFAULT .25,
  c12 int DEFAULT 0/*nested /* comment */ here*/ + 1
);

-- With standard_conforming_strings off, a backslash escapes in '...'.
SET standard_conforming_strings = off;
CREATE TABLE lexer_off (c text DEFAULT 'back\'slash\\');
SET standard_conforming_strings = on;
CREATE TABLE lexer_on (c text DEFAULT 'back\slash');

-- CHECK-LABEL: table lexer_test {
-- CHECK-NEXT:    column CamelCase : integer "int"
-- CHECK-NEXT:    column "bıgınt" : integer "int"
-- CHECK-NEXT:    column "with \"quotes\"" : integer "int"
-- CHECK-NEXT:    column data : integer "int"
-- CHECK-NEXT:    column "_under$dollar" : integer "int"
-- CHECK-NEXT:    column select : integer "int"
-- CHECK-NEXT:    column c01 : text "text" default (lit str "it's")
-- CHECK-NEXT:    column c02 : text "text" default (lit str "tab\tnew\nline\\ AAé")
-- CHECK-NEXT:    column c03 : text "text" default (lit str "A😀")
-- CHECK-NEXT:    column c04 : text "text" default (lit str "dollar 'quoted'")
-- CHECK-NEXT:    column c05 : text "text" default (lit str "with $$ inside")
-- CHECK-NEXT:    column c06 : text "text" default (lit str "continued")
-- CHECK-NEXT:    column c07 : text "text" default (cast (lit str "national") char "nchar" typed_literal)
-- CHECK-NEXT:    column c08 : bit(4) "bit(4)" default (lit bits "b1010")
-- CHECK-NEXT:    column c09 : varbit "bit varying" default (lit bits "xF0")
-- CHECK-NEXT:    column c10 : decimal "numeric" default (lit num "1.5e3")
-- CHECK-NEXT:    column c11 : decimal "numeric" default (lit num ".25")
-- CHECK-NEXT:    column c12 : integer "int" default (binary "+" (lit int 0) (lit int 1))
-- CHECK-NEXT:  }
-- CHECK-LABEL: set standard_conforming_strings = "off"
-- CHECK-LABEL: table lexer_off {
-- CHECK-NEXT:    column c : text "text" default (lit str "back'slash\\")
-- CHECK-NEXT:  }
-- CHECK-LABEL: set standard_conforming_strings = "on"
-- CHECK-LABEL: table lexer_on {
-- CHECK-NEXT:    column c : text "text" default (lit str "back\\slash")
-- CHECK-NEXT:  }
