//===- OracleLexer.g4 - Oracle token vocabulary ---------------------------===//
//
// Part of schemac. The token vocabulary of the Oracle grammar and a reference
// lexer for it. The frontend does not run this lexer: the shared SQLScanner
// (frontend/sql/SQLScanner.h), driven by Oracle's lexical traits
// (dialects/oracle/OracleDialect.cpp), produces the same tokens with these
// types.
//
// Oracle's lexical rules: case-insensitive key words (fragment letters: ANTLR
// 4.7 ignores caseInsensitive), "quoted" identifiers, '' strings without
// backslash escapes, N'' national strings, :name bind variables, -- and
// non-nesting /* */ comments. Every row of dialects/oracle/OracleKeywords.def
// has a token K_<WORD> here; unittests/Dialects/OracleDialectTest.cpp checks
// that the two agree.
//
//===----------------------------------------------------------------------===//

lexer grammar OracleLexer;

// Key words (reserved words and the grammar's other key words).

K_ACCESS : A C C E S S;
K_ADD : A D D;
K_ALL : A L L;
K_ALTER : A L T E R;
K_ALWAYS : A L W A Y S;
K_AND : A N D;
K_ANY : A N Y;
K_AS : A S;
K_ASC : A S C;
K_AUDIT : A U D I T;
K_BETWEEN : B E T W E E N;
K_BITMAP : B I T M A P;
K_BODY : B O D Y;
K_BY : B Y;
K_BYTE : B Y T E;
K_CACHE : C A C H E;
K_CASCADE : C A S C A D E;
K_CASE : C A S E;
K_CHAR : C H A R;
K_CHARACTER : C H A R A C T E R;
K_CHECK : C H E C K;
K_CLUSTER : C L U S T E R;
K_COLLATE : C O L L A T E;
K_COLUMN : C O L U M N;
K_COLUMN_VALUE : C O L U M N '_' V A L U E;
K_COMMENT : C O M M E N T;
K_COMPRESS : C O M P R E S S;
K_CONNECT : C O N N E C T;
K_CONSTRAINT : C O N S T R A I N T;
K_CONSTRAINTS : C O N S T R A I N T S;
K_CREATE : C R E A T E;
K_CURRENT : C U R R E N T;
K_CURRENT_DATE : C U R R E N T '_' D A T E;
K_CURRENT_TIMESTAMP : C U R R E N T '_' T I M E S T A M P;
K_CYCLE : C Y C L E;
K_DATE : D A T E;
K_DAY : D A Y;
K_DECIMAL : D E C I M A L;
K_DEFAULT : D E F A U L T;
K_DEFERRABLE : D E F E R R A B L E;
K_DEFERRED : D E F E R R E D;
K_DELETE : D E L E T E;
K_DESC : D E S C;
K_DISABLE : D I S A B L E;
K_DISTINCT : D I S T I N C T;
K_DOUBLE : D O U B L E;
K_DROP : D R O P;
K_EDITIONABLE : E D I T I O N A B L E;
K_ELSE : E L S E;
K_ENABLE : E N A B L E;
K_END : E N D;
K_EXCLUSIVE : E X C L U S I V E;
K_EXISTS : E X I S T S;
K_FILE : F I L E;
K_FLOAT : F L O A T;
K_FOR : F O R;
K_FORCE : F O R C E;
K_FOREIGN : F O R E I G N;
K_FROM : F R O M;
K_GENERATED : G E N E R A T E D;
K_GLOBAL : G L O B A L;
K_GRANT : G R A N T;
K_GROUP : G R O U P;
K_HAVING : H A V I N G;
K_IDENTIFIED : I D E N T I F I E D;
K_IDENTITY : I D E N T I T Y;
K_IMMEDIATE : I M M E D I A T E;
K_IN : I N;
K_INCREMENT : I N C R E M E N T;
K_INDEX : I N D E X;
K_INITIAL : I N I T I A L;
K_INITIALLY : I N I T I A L L Y;
K_INSERT : I N S E R T;
K_INTEGER : I N T E G E R;
K_INTERSECT : I N T E R S E C T;
K_INTERVAL : I N T E R V A L;
K_INTO : I N T O;
K_INVISIBLE : I N V I S I B L E;
K_IS : I S;
K_KEEP : K E E P;
K_KEY : K E Y;
K_LEVEL : L E V E L;
K_LIKE : L I K E;
K_LOCAL : L O C A L;
K_LOCALTIMESTAMP : L O C A L T I M E S T A M P;
K_LOCK : L O C K;
K_LONG : L O N G;
K_MAXEXTENTS : M A X E X T E N T S;
K_MAXVALUE : M A X V A L U E;
K_MINUS : M I N U S;
K_MINVALUE : M I N V A L U E;
K_MLSLABEL : M L S L A B E L;
K_MODE : M O D E;
K_MODIFY : M O D I F Y;
K_MONTH : M O N T H;
K_NATIONAL : N A T I O N A L;
K_NCHAR : N C H A R;
K_NESTED_TABLE_ID : N E S T E D '_' T A B L E '_' I D;
K_NO : N O;
K_NOAUDIT : N O A U D I T;
K_NOCACHE : N O C A C H E;
K_NOCOMPRESS : N O C O M P R E S S;
K_NOCYCLE : N O C Y C L E;
K_NOFORCE : N O F O R C E;
K_NOKEEP : N O K E E P;
K_NOMAXVALUE : N O M A X V A L U E;
K_NOMINVALUE : N O M I N V A L U E;
K_NONEDITIONABLE : N O N E D I T I O N A B L E;
K_NOORDER : N O O R D E R;
K_NORELY : N O R E L Y;
K_NOSCALE : N O S C A L E;
K_NOT : N O T;
K_NOVALIDATE : N O V A L I D A T E;
K_NOWAIT : N O W A I T;
K_NULL : N U L L;
K_NULLS : N U L L S;
K_NUMBER : N U M B E R;
K_OF : O F;
K_OFFLINE : O F F L I N E;
K_ON : O N;
K_ONLINE : O N L I N E;
K_ONLY : O N L Y;
K_OPTION : O P T I O N;
K_OR : O R;
K_ORDER : O R D E R;
K_PACKAGE : P A C K A G E;
K_PCTFREE : P C T F R E E;
K_PRECISION : P R E C I S I O N;
K_PRIMARY : P R I M A R Y;
K_PRIOR : P R I O R;
K_PRIVATE : P R I V A T E;
K_PUBLIC : P U B L I C;
K_PURGE : P U R G E;
K_RAW : R A W;
K_READ : R E A D;
K_REFERENCES : R E F E R E N C E S;
K_RELY : R E L Y;
K_RENAME : R E N A M E;
K_REPLACE : R E P L A C E;
K_RESOURCE : R E S O U R C E;
K_REVOKE : R E V O K E;
K_ROW : R O W;
K_ROWID : R O W I D;
K_ROWNUM : R O W N U M;
K_ROWS : R O W S;
K_SCALE : S C A L E;
K_SECOND : S E C O N D;
K_SELECT : S E L E C T;
K_SEQUENCE : S E Q U E N C E;
K_SESSION : S E S S I O N;
K_SET : S E T;
K_SHARE : S H A R E;
K_SHARING : S H A R I N G;
K_SIZE : S I Z E;
K_SMALLINT : S M A L L I N T;
K_SORT : S O R T;
K_START : S T A R T;
K_SUCCESSFUL : S U C C E S S F U L;
K_SYNONYM : S Y N O N Y M;
K_SYSDATE : S Y S D A T E;
K_SYSTIMESTAMP : S Y S T I M E S T A M P;
K_TABLE : T A B L E;
K_TEMPORARY : T E M P O R A R Y;
K_THEN : T H E N;
K_TIME : T I M E;
K_TIMESTAMP : T I M E S T A M P;
K_TO : T O;
K_TRIGGER : T R I G G E R;
K_TYPE : T Y P E;
K_UID : U I D;
K_UNION : U N I O N;
K_UNIQUE : U N I Q U E;
K_UPDATE : U P D A T E;
K_USER : U S E R;
K_USING : U S I N G;
K_VALIDATE : V A L I D A T E;
K_VALUES : V A L U E S;
K_VARCHAR : V A R C H A R;
K_VARCHAR2 : V A R C H A R '2';
K_VARYING : V A R Y I N G;
K_VIEW : V I E W;
K_VIRTUAL : V I R T U A L;
K_VISIBLE : V I S I B L E;
K_WHEN : W H E N;
K_WHENEVER : W H E N E V E R;
K_WHERE : W H E R E;
K_WITH : W I T H;
K_YEAR : Y E A R;
K_ZONE : Z O N E;

// Symbols.
LPAREN : '(';
RPAREN : ')';
COMMA : ',';
SEMI : ';';
DOT : '.';
CONCAT : '||';
STAR : '*';
SLASH : '/';
PLUS : '+';
MINUS : '-';
LESS_EQUALS : '<=';
GREATER_EQUALS : '>=';
NOT_EQUALS : '!=' | '<>' | '^=';
LESS : '<';
GREATER : '>';
EQUALS : '=';
ASSIGN : ':=';
ARROW : '=>';
PERCENT : '%';
AT_SIGN : '@';

// Literals.
INTEGER : Digit+;
NUMERIC
  : Digit+ '.' Digit* Exponent? [fFdD]?
  | '.' Digit+ Exponent? [fFdD]?
  | Digit+ Exponent [fFdD]?
  ;
fragment Digit : [0-9];
fragment Exponent : [eE] [+-]? Digit+;

STRING : '\'' ~'\''* '\'' ('\'' ~'\''* '\'')*;
NATIONAL_STRING : [nN] '\'' ~'\''* '\'' ('\'' ~'\''* '\'')*;
PARAM : ':' IdentChar+;

// Identifiers.
IDENT : IdentStart IdentChar*;
QUOTED_IDENT : '"' ~'"'+ '"';
fragment IdentStart : [a-zA-Z\u0080-\u{10FFFF}];
fragment IdentChar : [a-zA-Z_0-9$#\u0080-\u{10FFFF}];

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
