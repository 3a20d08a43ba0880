//===- MySQLLexer.g4 - MySQL and MariaDB token vocabulary -----------------===//
//
// Part of schemac. The token vocabulary of the MySQL grammar (MySQLParser.g4)
// and a reference lexer for it. The frontend does not run this lexer: its
// scanner (frontend/sql/mysql/MySQLScanner.h: the shared SQLScanner under
// MySQL's lexical traits, dialects/mysql/MySQLDialect.cpp, plus version
// comments) produces the same tokens with these types.
//
// The lexical rules are MySQL's: case-insensitive key words (fragment letters:
// ANTLR 4.7 ignores caseInsensitive), `backquoted` identifiers, '...' and
// "..." strings with backslash escapes, X'..' and 0x.. hexadecimal literals,
// B'..' bit strings, N'..' strings, ? parameters, @variables, #, "-- " and
// /* */ comments. Only the key words the grammar or the shared query parser
// needs are tokens; every other word is an IDENT (MySQL's type names among
// them). The tokens that are not reserved in MySQL are listed in the
// nonReserved rule of MySQLParser.g4; unittests/Frontend/MySQLScannerTest.cpp
// checks that the scanner knows every K_ token.
//
//===----------------------------------------------------------------------===//

lexer grammar MySQLLexer;

// Key words.

K_ACTION : A C T I O N;
K_ADD : A D D;
K_AFTER : A F T E R;
K_ALGORITHM : A L G O R I T H M;
K_ALL : A L L;
K_ALTER : A L T E R;
K_ALWAYS : A L W A Y S;
K_AND : A N D;
K_ANY : A N Y;
K_AS : A S;
K_ASC : A S C;
K_AUTO_INCREMENT : A U T O '_' I N C R E M E N T;
K_BETWEEN : B E T W E E N;
K_BINARY : B I N A R Y;
K_BOTH : B O T H;
K_BY : B Y;
K_CASCADE : C A S C A D E;
K_CASCADED : C A S C A D E D;
K_CASE : C A S E;
K_CAST : C A S T;
K_CHANGE : C H A N G E;
K_CHARACTER : C H A R A C T E R;
K_CHARSET : C H A R S E T;
K_CHECK : C H E C K;
K_COLLATE : C O L L A T E;
K_COLUMN : C O L U M N;
K_COLUMNS : C O L U M N S;
K_COMMENT : C O M M E N T;
K_CONSTRAINT : C O N S T R A I N T;
K_CONVERT : C O N V E R T;
K_CREATE : C R E A T E;
K_CROSS : C R O S S;
K_CURRENT_DATE : C U R R E N T '_' D A T E;
K_CURRENT_TIME : C U R R E N T '_' T I M E;
K_CURRENT_TIMESTAMP : C U R R E N T '_' T I M E S T A M P;
K_CURRENT_USER : C U R R E N T '_' U S E R;
K_DATA : D A T A;
K_DATABASE : D A T A B A S E;
K_DEFAULT : D E F A U L T;
K_DEFINER : D E F I N E R;
K_DELETE : D E L E T E;
K_DESC : D E S C;
K_DIRECTORY : D I R E C T O R Y;
K_DISABLE : D I S A B L E;
K_DISTINCT : D I S T I N C T;
K_DIV : D I V;
K_DROP : D R O P;
K_ELSE : E L S E;
K_ENABLE : E N A B L E;
K_END : E N D;
K_ENFORCED : E N F O R C E D;
K_ESCAPE : E S C A P E;
K_EXCEPT : E X C E P T;
K_EXISTS : E X I S T S;
K_EXTRACT : E X T R A C T;
K_FALSE : F A L S E;
K_FIRST : F I R S T;
K_FOR : F O R;
K_FORCE : F O R C E;
K_FOREIGN : F O R E I G N;
K_FROM : F R O M;
K_FULL : F U L L;
K_FULLTEXT : F U L L T E X T;
K_GENERATED : G E N E R A T E D;
K_GROUP : G R O U P;
K_HAVING : H A V I N G;
K_IF : I F;
K_IGNORE : I G N O R E;
K_IGNORED : I G N O R E D;
K_IN : I N;
K_INDEX : I N D E X;
K_INNER : I N N E R;
K_INTERSECT : I N T E R S E C T;
K_INTERVAL : I N T E R V A L;
K_INVISIBLE : I N V I S I B L E;
K_IS : I S;
K_JOIN : J O I N;
K_KEY : K E Y;
K_KEYS : K E Y S;
K_LAST : L A S T;
K_LEADING : L E A D I N G;
K_LEFT : L E F T;
K_LIKE : L I K E;
K_LIMIT : L I M I T;
K_LOCAL : L O C A L;
K_LOCALTIME : L O C A L T I M E;
K_LOCALTIMESTAMP : L O C A L T I M E S T A M P;
K_LOCK : L O C K;
K_MATCH : M A T C H;
K_MOD : M O D;
K_MODIFY : M O D I F Y;
K_NATURAL : N A T U R A L;
K_NO : N O;
K_NOT : N O T;
K_NULL : N U L L;
K_NULLS : N U L L S;
K_OFFLINE : O F F L I N E;
K_OFFSET : O F F S E T;
K_ON : O N;
K_ONLINE : O N L I N E;
K_OPTION : O P T I O N;
K_OR : O R;
K_ORDER : O R D E R;
K_OUTER : O U T E R;
K_OVER : O V E R;
K_PARSER : P A R S E R;
K_PARTITION : P A R T I T I O N;
K_PARTITIONING : P A R T I T I O N I N G;
K_PERSISTENT : P E R S I S T E N T;
K_PRIMARY : P R I M A R Y;
K_RECURSIVE : R E C U R S I V E;
K_REFERENCES : R E F E R E N C E S;
K_REGEXP : R E G E X P;
K_REMOVE : R E M O V E;
K_RENAME : R E N A M E;
K_REPLACE : R E P L A C E;
K_RESTRICT : R E S T R I C T;
K_RIGHT : R I G H T;
K_RLIKE : R L I K E;
K_ROWS : R O W S;
K_SCHEMA : S C H E M A;
K_SECURITY : S E C U R I T Y;
K_SELECT : S E L E C T;
K_SERIAL : S E R I A L;
K_SET : S E T;
K_SIGNED : S I G N E D;
K_SPATIAL : S P A T I A L;
K_SQL : S Q L;
K_STORED : S T O R E D;
K_STRAIGHT_JOIN : S T R A I G H T '_' J O I N;
K_TABLE : T A B L E;
K_TABLES : T A B L E S;
K_TEMPORARY : T E M P O R A R Y;
K_THEN : T H E N;
K_TO : T O;
K_TRAILING : T R A I L I N G;
K_TRUE : T R U E;
K_UNION : U N I O N;
K_UNIQUE : U N I Q U E;
K_UNSIGNED : U N S I G N E D;
K_UPDATE : U P D A T E;
K_USING : U S I N G;
K_VALUE : V A L U E;
K_VALUES : V A L U E S;
K_VIEW : V I E W;
K_VECTOR : V E C T O R;
K_VIRTUAL : V I R T U A L;
K_VISIBLE : V I S I B L E;
K_WHEN : W H E N;
K_WHERE : W H E R E;
K_WINDOW : W I N D O W;
K_WITH : W I T H;
K_XOR : X O R;
K_ZEROFILL : Z E R O F I L L;

// Punctuation and operators.
LPAREN : '(';
RPAREN : ')';
COMMA : ',';
SEMI : ';';
DOT : '.';
AT_AT : '@@';
AT : '@';
ASSIGN : ':=';
NULL_SAFE_EQUALS : '<=>';
JSON_GET_TEXT : '->>';
JSON_GET : '->';
LOGICAL_OR : '||';
LOGICAL_AND : '&&';
STAR : '*';
SLASH : '/';
PERCENT : '%';
PLUS : '+';
MINUS : '-';
SHIFT_LEFT : '<<';
SHIFT_RIGHT : '>>';
AMP : '&';
PIPE : '|';
CARET : '^';
TILDE : '~';
BANG : '!';
LESS_EQUALS : '<=';
GREATER_EQUALS : '>=';
NOT_EQUALS : '!=' | '<>';
LESS : '<';
GREATER : '>';
EQUALS : '=';

// Literals.
INTEGER : Digit+;
NUMERIC
  : Digit+ '.' Digit* Exponent?
  | '.' Digit+ Exponent?
  | Digit+ Exponent
  ;
fragment Digit : [0-9];
fragment HexDigit : [0-9a-fA-F];
fragment Exponent : [eE] [+-]? Digit+;

STRING
  : '\'' (~['\\] | '\\' . | '\'\'')* '\''
  | '"' (~["\\] | '\\' . | '""')* '"'
  ;
NATIONAL_STRING : [nN] '\'' (~['\\] | '\\' . | '\'\'')* '\'';
HEX_STRING : [xX] '\'' HexDigit* '\'' | '0x' HexDigit+;
BIT_STRING : [bB] '\'' [01]* '\'';
PARAM : '?';

// Identifiers.
IDENT : IdentStart IdentChar*;
QUOTED_IDENT : '`' (~'`' | '``')* '`';
fragment IdentStart : [a-zA-Z_$\u0080-\u{10FFFF}];
fragment IdentChar : [a-zA-Z_0-9$\u0080-\u{10FFFF}];

// Skipped.
WHITESPACE : [ \t\n\r\f\u000B]+ -> skip;
LINE_COMMENT : ('-- ' ~[\n\r]* | '#' ~[\n\r]*) -> skip;
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
