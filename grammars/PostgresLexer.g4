//===- PostgresLexer.g4 - PostgreSQL token vocabulary ---------------------===//
//
// Part of schemac. The token vocabulary of the PostgreSQL grammar and a
// reference lexer for it. The frontend does not run this lexer: it uses the
// hand-written PostgresScanner, which produces the same (type, text)
// sequence much faster (a unit test runs both over the PostgreSQL corpora).
//
// The lexical rules are PostgreSQL's scan.l: case-insensitive keywords
// (fragment letters: ANTLR 4.7 ignores caseInsensitive), identifiers with
// non-ASCII bytes, "quoted" and U&"quoted" identifiers, '' strings with
// newline continuation, E'', N'', B'', X'', U&'' strings, $tag$ dollar
// quotes, nested /* */ comments, and operator lexing: an operator stops
// before "--" or "/*", and loses a trailing + or - unless it contains one of
// ~ ! @ # ^ & | ` ? %.
//
// Tokens that only the scanner can know are handled by members:
// StandardConformingStrings (SET standard_conforming_strings = off makes
// backslashes escapes in '' strings) and dollar-quote bodies.
//
//===----------------------------------------------------------------------===//

lexer grammar PostgresLexer;

@members {
  /// False after SET standard_conforming_strings = off: backslashes escape
  /// characters in plain '...' strings, as in E'...' strings.
  bool StandardConformingStrings = true;

  /// Consumes the body and the closing tag of a dollar-quoted string whose
  /// opening tag (dollar, optional tag, dollar) was just matched.
  void consumeDollarQuotedBody() {
    size_t TagLen = _input->index() - tokenStartCharIndex;
    std::vector<size_t> Tag(TagLen);
    for (size_t I = 0; I < TagLen; ++I)
      Tag[I] = _input->LA(-static_cast<ssize_t>(TagLen - I));
    auto *Sim = getInterpreter<antlr4::atn::LexerATNSimulator>();
    while (_input->LA(1) != antlr4::Token::EOF) {
      bool AtTag = true;
      for (size_t I = 0; I < TagLen && AtTag; ++I)
        AtTag = _input->LA(static_cast<ssize_t>(I + 1)) == Tag[I];
      if (AtTag) {
        for (size_t I = 0; I < TagLen; ++I)
          Sim->consume(_input);
        return;
      }
      Sim->consume(_input);
    }
  }
}

// Keywords. Every keyword is also listed in one of the keyword category
// rules of PostgresParser.g4, which say where it may be used as a name.
K_ACCESS : A C C E S S;
K_ACTION : A C T I O N;
K_ADD : A D D;
K_AFTER : A F T E R;
K_ALL : A L L;
K_ALTER : A L T E R;
K_ALWAYS : A L W A Y S;
K_ANALYSE : A N A L Y S E;
K_ANALYZE : A N A L Y Z E;
K_AND : A N D;
K_ANY : A N Y;
K_ARRAY : A R R A Y;
K_AS : A S;
K_ASC : A S C;
K_ASYMMETRIC : A S Y M M E T R I C;
K_AT : A T;
K_ATTACH : A T T A C H;
K_AUTHORIZATION : A U T H O R I Z A T I O N;
K_BEFORE : B E F O R E;
K_BETWEEN : B E T W E E N;
K_BIGINT : B I G I N T;
K_BINARY : B I N A R Y;
K_BIT : B I T;
K_BOOLEAN : B O O L E A N;
K_BOTH : B O T H;
K_BY : B Y;
K_CACHE : C A C H E;
K_CASCADE : C A S C A D E;
K_CASCADED : C A S C A D E D;
K_CASE : C A S E;
K_CAST : C A S T;
K_CHAR : C H A R;
K_CHARACTER : C H A R A C T E R;
K_CHECK : C H E C K;
K_CLUSTER : C L U S T E R;
K_COALESCE : C O A L E S C E;
K_COLLATE : C O L L A T E;
K_COLLATION : C O L L A T I O N;
K_COLUMN : C O L U M N;
K_COLUMNS : C O L U M N S;
K_COMMENT : C O M M E N T;
K_COMMENTS : C O M M E N T S;
K_COMMIT : C O M M I T;
K_COMPRESSION : C O M P R E S S I O N;
K_CONCURRENTLY : C O N C U R R E N T L Y;
K_CONSTRAINT : C O N S T R A I N T;
K_CONSTRAINTS : C O N S T R A I N T S;
K_CONTENT : C O N T E N T;
K_CREATE : C R E A T E;
K_CROSS : C R O S S;
K_CUBE : C U B E;
K_CURRENT : C U R R E N T;
K_CURRENT_CATALOG : C U R R E N T '_' C A T A L O G;
K_CURRENT_DATE : C U R R E N T '_' D A T E;
K_CURRENT_ROLE : C U R R E N T '_' R O L E;
K_CURRENT_SCHEMA : C U R R E N T '_' S C H E M A;
K_CURRENT_TIME : C U R R E N T '_' T I M E;
K_CURRENT_TIMESTAMP : C U R R E N T '_' T I M E S T A M P;
K_CURRENT_USER : C U R R E N T '_' U S E R;
K_CYCLE : C Y C L E;
K_DATA : D A T A;
K_DAY : D A Y;
K_DEC : D E C;
K_DECIMAL : D E C I M A L;
K_DEFAULT : D E F A U L T;
K_DEFAULTS : D E F A U L T S;
K_DEFERRABLE : D E F E R R A B L E;
K_DEFERRED : D E F E R R E D;
K_DELETE : D E L E T E;
K_DESC : D E S C;
K_DETACH : D E T A C H;
K_DISABLE : D I S A B L E;
K_DISTINCT : D I S T I N C T;
K_DO : D O;
K_DOCUMENT : D O C U M E N T;
K_DOMAIN : D O M A I N;
K_DOUBLE : D O U B L E;
K_DROP : D R O P;
K_ELSE : E L S E;
K_ENABLE : E N A B L E;
K_END : E N D;
K_ENFORCED : E N F O R C E D;
K_ENUM : E N U M;
K_ESCAPE : E S C A P E;
K_EXCEPT : E X C E P T;
K_EXCLUDE : E X C L U D E;
K_EXCLUDING : E X C L U D I N G;
K_EXISTS : E X I S T S;
K_EXPRESSION : E X P R E S S I O N;
K_EXTRACT : E X T R A C T;
K_FALSE : F A L S E;
K_FETCH : F E T C H;
K_FILTER : F I L T E R;
K_FINALIZE : F I N A L I Z E;
K_FIRST : F I R S T;
K_FLOAT : F L O A T;
K_FOLLOWING : F O L L O W I N G;
K_FOR : F O R;
K_FORCE : F O R C E;
K_FOREIGN : F O R E I G N;
K_FREEZE : F R E E Z E;
K_FROM : F R O M;
K_FULL : F U L L;
K_GENERATED : G E N E R A T E D;
K_GLOBAL : G L O B A L;
K_GRANT : G R A N T;
K_GREATEST : G R E A T E S T;
K_GROUP : G R O U P;
K_GROUPING : G R O U P I N G;
K_GROUPS : G R O U P S;
K_HAVING : H A V I N G;
K_HOUR : H O U R;
K_IDENTITY : I D E N T I T Y;
K_IF : I F;
K_ILIKE : I L I K E;
K_IMMEDIATE : I M M E D I A T E;
K_IN : I N;
K_INCLUDE : I N C L U D E;
K_INCLUDING : I N C L U D I N G;
K_INCREMENT : I N C R E M E N T;
K_INDEX : I N D E X;
K_INDEXES : I N D E X E S;
K_INHERIT : I N H E R I T;
K_INHERITS : I N H E R I T S;
K_INITIALLY : I N I T I A L L Y;
K_INNER : I N N E R;
K_INOUT : I N O U T;
K_INT : I N T;
K_INTEGER : I N T E G E R;
K_INTERSECT : I N T E R S E C T;
K_INTERVAL : I N T E R V A L;
K_INTO : I N T O;
K_IS : I S;
K_ISNULL : I S N U L L;
K_JOIN : J O I N;
K_KEY : K E Y;
K_LAST : L A S T;
K_LATERAL : L A T E R A L;
K_LEADING : L E A D I N G;
K_LEAST : L E A S T;
K_LEFT : L E F T;
K_LEVEL : L E V E L;
K_LIKE : L I K E;
K_LIMIT : L I M I T;
K_LOCAL : L O C A L;
K_LOCALTIME : L O C A L T I M E;
K_LOCALTIMESTAMP : L O C A L T I M E S T A M P;
K_LOCKED : L O C K E D;
K_LOGGED : L O G G E D;
K_MATCH : M A T C H;
K_MATERIALIZED : M A T E R I A L I Z E D;
K_MAXVALUE : M A X V A L U E;
K_METHOD : M E T H O D;
K_MINUTE : M I N U T E;
K_MINVALUE : M I N V A L U E;
K_MONTH : M O N T H;
K_NAME : N A M E;
K_NAMES : N A M E S;
K_NATIONAL : N A T I O N A L;
K_NATURAL : N A T U R A L;
K_NCHAR : N C H A R;
K_NEXT : N E X T;
K_NFC : N F C;
K_NFD : N F D;
K_NFKC : N F K C;
K_NFKD : N F K D;
K_NO : N O;
K_NONE : N O N E;
K_NORMALIZE : N O R M A L I Z E;
K_NORMALIZED : N O R M A L I Z E D;
K_NOT : N O T;
K_NOTHING : N O T H I N G;
K_NOTNULL : N O T N U L L;
K_NOWAIT : N O W A I T;
K_NULL : N U L L;
K_NULLIF : N U L L I F;
K_NULLS : N U L L S;
K_NUMERIC : N U M E R I C;
K_OF : O F;
K_OFFSET : O F F S E T;
K_OIDS : O I D S;
K_ON : O N;
K_ONLY : O N L Y;
K_OPERATOR : O P E R A T O R;
K_OPTION : O P T I O N;
K_OPTIONS : O P T I O N S;
K_OR : O R;
K_ORDER : O R D E R;
K_ORDINALITY : O R D I N A L I T Y;
K_OTHERS : O T H E R S;
K_OUT : O U T;
K_OUTER : O U T E R;
K_OVER : O V E R;
K_OVERLAPS : O V E R L A P S;
K_OVERLAY : O V E R L A Y;
K_OWNED : O W N E D;
K_OWNER : O W N E R;
K_PARTIAL : P A R T I A L;
K_PARTITION : P A R T I T I O N;
K_PASSING : P A S S I N G;
K_PERIOD : P E R I O D;
K_PLACING : P L A C I N G;
K_POSITION : P O S I T I O N;
K_PRECEDING : P R E C E D I N G;
K_PRECISION : P R E C I S I O N;
K_PRESERVE : P R E S E R V E;
K_PRIMARY : P R I M A R Y;
K_RANGE : R A N G E;
K_REAL : R E A L;
K_RECURSIVE : R E C U R S I V E;
K_REF : R E F;
K_REFERENCES : R E F E R E N C E S;
K_RENAME : R E N A M E;
K_REPLACE : R E P L A C E;
K_REPLICA : R E P L I C A;
K_RESET : R E S E T;
K_RESTART : R E S T A R T;
K_RESTRICT : R E S T R I C T;
K_RETURNING : R E T U R N I N G;
K_RIGHT : R I G H T;
K_ROLE : R O L E;
K_ROLLUP : R O L L U P;
K_ROW : R O W;
K_ROWS : R O W S;
K_RULE : R U L E;
K_SCHEMA : S C H E M A;
K_SECOND : S E C O N D;
K_SECURITY : S E C U R I T Y;
K_SELECT : S E L E C T;
K_SEQUENCE : S E Q U E N C E;
K_SESSION : S E S S I O N;
K_SESSION_USER : S E S S I O N '_' U S E R;
K_SET : S E T;
K_SETOF : S E T O F;
K_SETS : S E T S;
K_SHARE : S H A R E;
K_SIMILAR : S I M I L A R;
K_SIMPLE : S I M P L E;
K_SKIP : S K I P;
K_SMALLINT : S M A L L I N T;
K_SOME : S O M E;
K_STANDALONE : S T A N D A L O N E;
K_START : S T A R T;
K_STATISTICS : S T A T I S T I C S;
K_STORAGE : S T O R A G E;
K_STORED : S T O R E D;
K_STRIP : S T R I P;
K_SUBSTRING : S U B S T R I N G;
K_SYMMETRIC : S Y M M E T R I C;
K_SYSTEM_USER : S Y S T E M '_' U S E R;
K_TABLE : T A B L E;
K_TABLESAMPLE : T A B L E S A M P L E;
K_TABLESPACE : T A B L E S P A C E;
K_TEMP : T E M P;
K_TEMPORARY : T E M P O R A R Y;
K_THEN : T H E N;
K_TIES : T I E S;
K_TIME : T I M E;
K_TIMESTAMP : T I M E S T A M P;
K_TO : T O;
K_TRAILING : T R A I L I N G;
K_TREAT : T R E A T;
K_TRIGGER : T R I G G E R;
K_TRIM : T R I M;
K_TRUE : T R U E;
K_TYPE : T Y P E;
K_UNBOUNDED : U N B O U N D E D;
K_UNION : U N I O N;
K_UNIQUE : U N I Q U E;
K_UNKNOWN : U N K N O W N;
K_UNLOGGED : U N L O G G E D;
K_UPDATE : U P D A T E;
K_USER : U S E R;
K_USING : U S I N G;
K_VALID : V A L I D;
K_VALIDATE : V A L I D A T E;
K_VALUE : V A L U E;
K_VALUES : V A L U E S;
K_VARCHAR : V A R C H A R;
K_VARIADIC : V A R I A D I C;
K_VARYING : V A R Y I N G;
K_VERBOSE : V E R B O S E;
K_VERSION : V E R S I O N;
K_VIEW : V I E W;
K_VIRTUAL : V I R T U A L;
K_WHEN : W H E N;
K_WHERE : W H E R E;
K_WHITESPACE : W H I T E S P A C E;
K_WINDOW : W I N D O W;
K_WITH : W I T H;
K_WITHIN : W I T H I N;
K_WITHOUT : W I T H O U T;
K_XML : X M L;
K_XMLATTRIBUTES : X M L A T T R I B U T E S;
K_XMLCONCAT : X M L C O N C A T;
K_XMLELEMENT : X M L E L E M E N T;
K_XMLEXISTS : X M L E X I S T S;
K_XMLFOREST : X M L F O R E S T;
K_XMLNAMESPACES : X M L N A M E S P A C E S;
K_XMLPARSE : X M L P A R S E;
K_XMLPI : X M L P I;
K_XMLROOT : X M L R O O T;
K_XMLSERIALIZE : X M L S E R I A L I Z E;
K_XMLTABLE : X M L T A B L E;
K_YEAR : Y E A R;
K_YES : Y E S;
K_ZONE : Z O N E;

// Punctuation and the operators with their own tokens.
TYPECAST : '::';
COLON_EQUALS : ':=';
EQUALS_GREATER : '=>';
DOT_DOT : '..';
LESS_EQUALS : '<=';
GREATER_EQUALS : '>=';
NOT_EQUALS : '<>' | '!=';
SEMI : ';';
COMMA : ',';
DOT : '.';
LPAREN : '(';
RPAREN : ')';
LBRACKET : '[';
RBRACKET : ']';
COLON : ':';
PLUS : '+';
MINUS : '-';
STAR : '*';
SLASH : '/';
PERCENT : '%';
CARET : '^';
LT : '<';
GT : '>';
EQ : '=';

// Any other operator (Op of gram.y).
OPERATOR
  : OpChar* OpSpecialChar OpChar*
  | OpSimpleChar* OpSimpleLastChar
  ;

fragment OpChar : OpSimpleChar | OpSpecialChar;
fragment OpSpecialChar : [~!@#^&|`?%];
fragment OpSimpleChar
  : [+*<>=]
  | '-' {_input->LA(1) != '-'}?
  | '/' {_input->LA(1) != '*'}?
  ;
fragment OpSimpleLastChar
  : [*<>=]
  | '/' {_input->LA(1) != '*'}?
  ;

// Literals.
PARAM : '$' Digit+;
INTEGER : Digit+;
NUMERIC
  : Digit+ '.' {_input->LA(1) != '.'}? Digit* Exponent?
  | '.' Digit+ Exponent?
  | Digit+ Exponent
  ;
fragment Digit : [0-9];
fragment Exponent : [eE] [+-]? Digit+;

STRING : '\'' StringBody '\'' (QuoteContinue '\'' StringBody '\'')*;
ESCAPE_STRING : [eE] '\'' EscapeBody '\'' (QuoteContinue '\'' EscapeBody '\'')*;
NATIONAL_STRING : [nN] '\'' StringBody '\'' (QuoteContinue '\'' StringBody '\'')*;
UNICODE_STRING : [uU] '&\'' StringBody '\'' (QuoteContinue '\'' StringBody '\'')*;
BIT_STRING : [bB] '\'' ~'\''* '\'' (QuoteContinue '\'' ~'\''* '\'')*;
HEX_STRING : [xX] '\'' ~'\''* '\'' (QuoteContinue '\'' ~'\''* '\'')*;
DOLLAR_STRING : '$' DollarTag? '$' { consumeDollarQuotedBody(); };

fragment StringBody
  : ( ~['\\] | '\'\'' | '\\' {StandardConformingStrings}?
    | '\\' {!StandardConformingStrings}? . )*
  ;
fragment EscapeBody : ( ~['\\] | '\'\'' | '\\' . )*;
fragment QuoteContinue : HorizWhitespace* [\n\r] SpecialWhitespace*;
fragment HorizWhitespace : [ \t\f] | '--' ~[\n\r]*;
fragment SpecialWhitespace : [ \t\n\r\f\u000B]+ | '--' ~[\n\r]* [\n\r];
fragment DollarTag : IdentStart DollarTagChar*;
fragment DollarTagChar : [a-zA-Z_0-9\u0080-\u{10FFFF}];

// Identifiers.
IDENT : IdentStart IdentChar*;
QUOTED_IDENT : '"' (~'"' | '""')* '"';
UNICODE_QUOTED_IDENT : [uU] '&"' (~'"' | '""')* '"';
fragment IdentStart : [a-zA-Z_\u0080-\u{10FFFF}];
fragment IdentChar : [a-zA-Z_0-9$\u0080-\u{10FFFF}];

// Skipped.
WHITESPACE : [ \t\n\r\f\u000B]+ -> skip;
LINE_COMMENT : '--' ~[\n\r]* -> skip;
BLOCK_COMMENT : '/*' (BLOCK_COMMENT | .)*? '*/' -> skip;

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
