//===- SQLiteLexer.g4 - SQLite token vocabulary ---------------------------===//
//
// Part of schemac. The token vocabulary of the SQLite grammar and a reference
// lexer for it. The frontend does not run this lexer: the shared SQLScanner
// (frontend/sql/SQLScanner.h), driven by SQLite's lexical traits
// (dialects/sqlite/SQLiteDialect.cpp), produces the same tokens with these
// types.
//
// The lexical rules are SQLite's tokenize.c: case-insensitive key words
// (fragment letters: ANTLR 4.7 ignores caseInsensitive), "quoted", [bracketed]
// and `backquoted` identifiers, '' strings without backslash escapes, X''
// blobs, hexadecimal integers, ?NNN :name @name $name parameters, -- and
// non-nesting /* */ comments. Every key word of SQLite 3.40
// (sqlite3_keyword_name(), dialects/sqlite/SQLiteKeywords.def) has a token;
// unittests/Frontend/SQLiteFrontendTest.cpp checks that the two agree.
//
//===----------------------------------------------------------------------===//

lexer grammar SQLiteLexer;

// Key words. Those SQLite also takes as names are listed in the fallbackKeyword
// rule of SQLiteParser.g4.

K_ABORT : A B O R T;
K_ACTION : A C T I O N;
K_ADD : A D D;
K_AFTER : A F T E R;
K_ALL : A L L;
K_ALTER : A L T E R;
K_ALWAYS : A L W A Y S;
K_ANALYZE : A N A L Y Z E;
K_AND : A N D;
K_AS : A S;
K_ASC : A S C;
K_ATTACH : A T T A C H;
K_AUTOINCREMENT : A U T O I N C R E M E N T;
K_BEFORE : B E F O R E;
K_BEGIN : B E G I N;
K_BETWEEN : B E T W E E N;
K_BY : B Y;
K_CASCADE : C A S C A D E;
K_CASE : C A S E;
K_CAST : C A S T;
K_CHECK : C H E C K;
K_COLLATE : C O L L A T E;
K_COLUMN : C O L U M N;
K_COMMIT : C O M M I T;
K_CONFLICT : C O N F L I C T;
K_CONSTRAINT : C O N S T R A I N T;
K_CREATE : C R E A T E;
K_CROSS : C R O S S;
K_CURRENT : C U R R E N T;
K_CURRENT_DATE : C U R R E N T '_' D A T E;
K_CURRENT_TIME : C U R R E N T '_' T I M E;
K_CURRENT_TIMESTAMP : C U R R E N T '_' T I M E S T A M P;
K_DATABASE : D A T A B A S E;
K_DEFAULT : D E F A U L T;
K_DEFERRABLE : D E F E R R A B L E;
K_DEFERRED : D E F E R R E D;
K_DELETE : D E L E T E;
K_DESC : D E S C;
K_DETACH : D E T A C H;
K_DISTINCT : D I S T I N C T;
K_DO : D O;
K_DROP : D R O P;
K_EACH : E A C H;
K_ELSE : E L S E;
K_END : E N D;
K_ESCAPE : E S C A P E;
K_EXCEPT : E X C E P T;
K_EXCLUDE : E X C L U D E;
K_EXCLUSIVE : E X C L U S I V E;
K_EXISTS : E X I S T S;
K_EXPLAIN : E X P L A I N;
K_FAIL : F A I L;
K_FILTER : F I L T E R;
K_FIRST : F I R S T;
K_FOLLOWING : F O L L O W I N G;
K_FOR : F O R;
K_FOREIGN : F O R E I G N;
K_FROM : F R O M;
K_FULL : F U L L;
K_GENERATED : G E N E R A T E D;
K_GLOB : G L O B;
K_GROUP : G R O U P;
K_GROUPS : G R O U P S;
K_HAVING : H A V I N G;
K_IF : I F;
K_IGNORE : I G N O R E;
K_IMMEDIATE : I M M E D I A T E;
K_IN : I N;
K_INDEX : I N D E X;
K_INDEXED : I N D E X E D;
K_INITIALLY : I N I T I A L L Y;
K_INNER : I N N E R;
K_INSERT : I N S E R T;
K_INSTEAD : I N S T E A D;
K_INTERSECT : I N T E R S E C T;
K_INTO : I N T O;
K_IS : I S;
K_ISNULL : I S N U L L;
K_JOIN : J O I N;
K_KEY : K E Y;
K_LAST : L A S T;
K_LEFT : L E F T;
K_LIKE : L I K E;
K_LIMIT : L I M I T;
K_MATCH : M A T C H;
K_MATERIALIZED : M A T E R I A L I Z E D;
K_NATURAL : N A T U R A L;
K_NO : N O;
K_NOT : N O T;
K_NOTHING : N O T H I N G;
K_NOTNULL : N O T N U L L;
K_NULL : N U L L;
K_NULLS : N U L L S;
K_OF : O F;
K_OFFSET : O F F S E T;
K_ON : O N;
K_OR : O R;
K_ORDER : O R D E R;
K_OTHERS : O T H E R S;
K_OUTER : O U T E R;
K_OVER : O V E R;
K_PARTITION : P A R T I T I O N;
K_PLAN : P L A N;
K_PRAGMA : P R A G M A;
K_PRECEDING : P R E C E D I N G;
K_PRIMARY : P R I M A R Y;
K_QUERY : Q U E R Y;
K_RAISE : R A I S E;
K_RANGE : R A N G E;
K_RECURSIVE : R E C U R S I V E;
K_REFERENCES : R E F E R E N C E S;
K_REGEXP : R E G E X P;
K_REINDEX : R E I N D E X;
K_RELEASE : R E L E A S E;
K_RENAME : R E N A M E;
K_REPLACE : R E P L A C E;
K_RESTRICT : R E S T R I C T;
K_RETURNING : R E T U R N I N G;
K_RIGHT : R I G H T;
K_ROLLBACK : R O L L B A C K;
K_ROW : R O W;
K_ROWS : R O W S;
K_SAVEPOINT : S A V E P O I N T;
K_SELECT : S E L E C T;
K_SET : S E T;
K_TABLE : T A B L E;
K_TEMP : T E M P;
K_TEMPORARY : T E M P O R A R Y;
K_THEN : T H E N;
K_TIES : T I E S;
K_TO : T O;
K_TRANSACTION : T R A N S A C T I O N;
K_TRIGGER : T R I G G E R;
K_UNBOUNDED : U N B O U N D E D;
K_UNION : U N I O N;
K_UNIQUE : U N I Q U E;
K_UPDATE : U P D A T E;
K_USING : U S I N G;
K_VACUUM : V A C U U M;
K_VALUES : V A L U E S;
K_VIEW : V I E W;
K_VIRTUAL : V I R T U A L;
K_WHEN : W H E N;
K_WHERE : W H E R E;
K_WINDOW : W I N D O W;
K_WITH : W I T H;
K_WITHOUT : W I T H O U T;

// Punctuation and operators.
LPAREN : '(';
RPAREN : ')';
COMMA : ',';
SEMI : ';';
DOT : '.';
CONCAT : '||';
JSON_GET_TEXT : '->>';
JSON_GET : '->';
STAR : '*';
SLASH : '/';
PERCENT : '%';
PLUS : '+';
MINUS : '-';
SHIFT_LEFT : '<<';
SHIFT_RIGHT : '>>';
AMP : '&';
PIPE : '|';
TILDE : '~';
LESS_EQUALS : '<=';
GREATER_EQUALS : '>=';
NOT_EQUALS : '!=' | '<>';
LESS : '<';
GREATER : '>';
EQUALS : '=' | '==';

// Literals.
INTEGER : Digit+ | '0' [xX] HexDigit+;
NUMERIC
  : Digit+ '.' Digit* Exponent?
  | '.' Digit+ Exponent?
  | Digit+ Exponent
  ;
fragment Digit : [0-9];
fragment HexDigit : [0-9a-fA-F];
fragment Exponent : [eE] [+-]? Digit+;

STRING : '\'' ~'\''* '\'' ('\'' ~'\''* '\'')*;
HEX_STRING : [xX] '\'' HexDigit* '\'';
PARAM : '?' Digit* | [:@$] IdentChar+;

// Identifiers.
IDENT : IdentStart IdentChar*;
QUOTED_IDENT
  : '"' (~'"' | '""')* '"'
  | '[' ~']'* ']'
  | '`' (~'`' | '``')* '`'
  ;
fragment IdentStart : [a-zA-Z_\u0080-\u{10FFFF}];
fragment IdentChar : [a-zA-Z_0-9$\u0080-\u{10FFFF}];

// Skipped.
WHITESPACE : [ \t\n\r\f\u000B]+ -> skip;
LINE_COMMENT : '--' ~[\n\r]* -> skip;
BLOCK_COMMENT : '/*' .*? ('*/' | EOF) -> skip;

// Anything else is a stray character that the parser reports.
ERROR_CHAR : .;

fragment A : [aA];
fragment B : [bB];
fragment C : [cC];
fragment D : [dD];
fragment E : [eE];
fragment F : [fF];
fragment G : [gG];
fragment H : [hH];
fragment I : [iI];
fragment J : [jJ];
fragment K : [kK];
fragment L : [lL];
fragment M : [mM];
fragment N : [nN];
fragment O : [oO];
fragment P : [pP];
fragment Q : [qQ];
fragment R : [rR];
fragment S : [sS];
fragment T : [tT];
fragment U : [uU];
fragment V : [vV];
fragment W : [wW];
fragment X : [xX];
fragment Y : [yY];
fragment Z : [zZ];
