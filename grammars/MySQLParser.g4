//===- MySQLParser.g4 - MySQL and MariaDB DDL grammar ---------------------===//
//
// Part of schemac. The statements the IR models, parsed one statement at a
// time: the frontend splits a script into statements the way the mysql
// client does (DELIMITER), reads version comments (/*!50001 ... */) as code,
// classifies each statement by its leading key words
// (dialects/mysql/MySQLStatementKinds.def) and enters the statement's rule
// directly. Statements the IR does not model (triggers, routines, events,
// data, SET, LOCK TABLES) never reach this parser.
//
// The rules follow MySQL 8.0's and MariaDB 10.11's CREATE TABLE, ALTER TABLE,
// CREATE INDEX, CREATE VIEW, DROP and RENAME TABLE. Expressions (defaults,
// checks, generated columns, key parts) and view queries are kept here as
// balanced token sequences: the lowering reads them with the shared query
// parser (frontend/sql/FastQueryParser.h) under MySQL's hooks, so that one
// expression parser serves every place.
//
//===----------------------------------------------------------------------===//

parser grammar MySQLParser;

options {
  tokenVocab = MySQLLexer;
  superClass = AntlrParserBase;
  contextSuperClass = AntlrRuleContext;
}

@parser::header {
#include "AntlrParserBase.h"
#include "AntlrRuleContext.h"
}

@parser::postinclude {
using schemac::sql::AntlrParserBase;
using schemac::sql::AntlrRuleContext;
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

stmtEnd
  : ';'? EOF
  ;

createTableStmt
  : K_CREATE (K_OR K_REPLACE)? K_TEMPORARY? K_TABLE ifNotExists? tableName
    ( '(' tableElement (',' tableElement)* ')' tableOptions? partitionClause?
      (K_IGNORE | K_REPLACE)? (K_AS? queryExpr)?
    | tableOptions? partitionClause? (K_IGNORE | K_REPLACE)? K_AS? queryExpr
    | K_LIKE tableName
    | '(' K_LIKE tableName ')'
    ) stmtEnd
  ;

tableElement
  : columnDef
  | tableConstraint
  ;

createIndexStmt
  : K_CREATE (K_OR K_REPLACE)? (K_ONLINE | K_OFFLINE)?
    indexKind=(K_UNIQUE | K_FULLTEXT | K_SPATIAL | K_VECTOR)? K_INDEX ifNotExists? name
    indexType? K_ON tableName keyParts indexOption* lockOption* stmtEnd
  ;

lockOption
  : (K_ALGORITHM | K_LOCK) '='? (name | K_DEFAULT)
  ;

createViewStmt
  : K_CREATE (K_OR K_REPLACE)? viewOption* K_VIEW ifNotExists? tableName
    ('(' name (',' name)* ')')? K_AS queryExpr
    (K_WITH (K_CASCADED | K_LOCAL)? K_CHECK K_OPTION)? stmtEnd
  ;

viewOption
  : K_ALGORITHM '=' name                # ViewAlgorithm
  | K_DEFINER '=' userName              # ViewDefiner
  | K_SQL K_SECURITY name               # ViewSecurity
  ;

userName
  : (name | STRING) (AT (name | STRING) | AT_AT name)?
  | K_CURRENT_USER ('(' ')')?
  ;

alterTableStmt
  : K_ALTER (K_ONLINE | K_OFFLINE)? K_IGNORE? K_TABLE ifExists? tableName
    (alterSpec (',' alterSpec)*)? partitionClause? stmtEnd
  ;

alterSpec
  : K_ADD K_COLUMN? ifNotExists? columnDef columnPosition?          # AddColumn
  | K_ADD K_COLUMN? ifNotExists? '(' columnDef (',' columnDef)* ')' # AddColumns
  | K_ADD tableConstraint                                          # AddConstraint
  | K_DROP K_COLUMN? ifExists? name (K_RESTRICT | K_CASCADE)?      # DropColumn
  | K_DROP K_PRIMARY K_KEY                                         # DropPrimaryKey
  | K_DROP (K_INDEX | K_KEY) ifExists? name                        # DropIndex
  | K_DROP K_FOREIGN K_KEY ifExists? name                          # DropForeignKey
  | K_DROP (K_CHECK | K_CONSTRAINT) ifExists? name                 # DropConstraint
  | K_MODIFY K_COLUMN? ifExists? columnDef columnPosition?         # ModifyColumn
  | K_CHANGE K_COLUMN? ifExists? name columnDef columnPosition?    # ChangeColumn
  | K_ALTER K_COLUMN? name
    ( K_SET K_DEFAULT defaultValue
    | K_DROP K_DEFAULT
    | K_SET (K_VISIBLE | K_INVISIBLE)
    )                                                              # AlterColumn
  | K_ALTER (K_INDEX | K_KEY) name (K_VISIBLE | K_INVISIBLE | K_IGNORED
    | K_NOT K_IGNORED)                                             # AlterIndex
  | K_RENAME K_COLUMN ifExists? name K_TO name                     # RenameColumn
  | K_RENAME (K_INDEX | K_KEY) name K_TO name                      # RenameIndex
  | K_RENAME (K_TO | K_AS)? tableName                              # RenameTable
  | (K_DISABLE | K_ENABLE) K_KEYS                                  # Keys
  | K_CONVERT K_TO charsetWords (name | K_DEFAULT)
    (K_COLLATE name)?                                              # ConvertCharset
  | K_FORCE                                                        # Force
  | lockOption                                                     # AlterLock
  | K_ORDER K_BY balanced+                                         # OrderBy
  | partitionWord K_PARTITION balanced*                            # PartitionOp
  | K_REMOVE K_PARTITIONING                                        # PartitionOp
  | tableOption+                                                   # AlterOptions
  ;

// ADD, DROP, TRUNCATE, COALESCE, REORGANIZE, EXCHANGE, ANALYZE, CHECK,
// OPTIMIZE, REBUILD, REPAIR, DISCARD, IMPORT ... PARTITION.
partitionWord
  : K_ADD | K_DROP | K_CHECK | IDENT
  ;

columnPosition
  : K_FIRST
  | K_AFTER name
  ;

renameTableStmt
  : K_RENAME (K_TABLE | K_TABLES) renamePair (',' renamePair)* stmtEnd
  ;

renamePair
  : tableName K_TO tableName
  ;

dropStmt
  : K_DROP K_TEMPORARY? (K_TABLE | K_VIEW) ifExists? tableName
    (',' tableName)* (K_RESTRICT | K_CASCADE)? stmtEnd
  | K_DROP K_INDEX ifExists? name K_ON tableName lockOption* stmtEnd
  ;

ifNotExists
  : K_IF K_NOT K_EXISTS
  ;

ifExists
  : K_IF K_EXISTS
  ;

//===----------------------------------------------------------------------===//
// Tables
//===----------------------------------------------------------------------===//

columnDef
  : name dataType columnAttribute*
  ;

// The type's words (MySQL's type names are not key words here), up to two
// of them (DOUBLE PRECISION, LONG VARCHAR, NATIONAL CHAR), its arguments
// (lengths, or the values of ENUM and SET), then UNSIGNED, ZEROFILL, ...
dataType
  : typeWord typeWord? ('(' typeArg (',' typeArg)* ')')? typeSuffix*
  ;

typeWord
  : IDENT
  | K_CHARACTER
  | K_BINARY
  | K_SET
  | K_SERIAL
  | K_VECTOR
  ;

typeArg
  : INTEGER
  | STRING
  | NATIONAL_STRING
  ;

typeSuffix
  : K_UNSIGNED
  | K_SIGNED
  | K_ZEROFILL
  ;

columnAttribute
  : K_NOT K_NULL                                                  # ColNotNull
  | K_NULL                                                        # ColNull
  | K_DEFAULT defaultValue                                        # ColDefault
  | K_AUTO_INCREMENT                                              # ColAutoIncrement
  | K_PRIMARY? K_KEY                                              # ColPrimaryKey
  | K_UNIQUE K_KEY?                                               # ColUnique
  | K_COMMENT STRING                                              # ColComment
  | K_COLLATE (name | STRING)                                     # ColCollate
  | charsetWords (name | STRING | K_BINARY)                       # ColCharset
  | K_BINARY                                                      # ColBinary
  | typeSuffix                                                    # ColSuffix
  | K_ON K_UPDATE onUpdateValue                                   # ColOnUpdate
  | (K_GENERATED K_ALWAYS)? K_AS parenExpr
    genKind=(K_VIRTUAL | K_STORED | K_PERSISTENT)?                # ColGenerated
  | (K_INVISIBLE | K_VISIBLE)                                     # ColVisibility
  | IDENT (name | INTEGER | '(' INTEGER (',' INTEGER)? ')')?      # ColOption
  | (K_CONSTRAINT name?)? K_CHECK parenExpr (K_NOT? K_ENFORCED)?  # ColCheck
  | references                                                    # ColReferences
  | K_SERIAL K_DEFAULT K_VALUE                                    # ColSerialDefault
  ;

// A value, a function call (CURRENT_TIMESTAMP(6), uuid(), nextval(s)), or
// an expression in parentheses.
defaultValue
  : ('+' | '-')? (INTEGER | NUMERIC)
  | IDENT? (STRING | NATIONAL_STRING)
  | HEX_STRING
  | BIT_STRING
  | K_NULL
  | K_TRUE
  | K_FALSE
  | parenExpr
  | functionWord ('(' balanced* ')')?
  ;

functionWord
  : IDENT
  | K_CURRENT_TIMESTAMP
  | K_CURRENT_DATE
  | K_CURRENT_TIME
  | K_LOCALTIME
  | K_LOCALTIMESTAMP
  | K_CURRENT_USER
  ;

onUpdateValue
  : functionWord ('(' INTEGER? ')')?
  ;

charsetWords
  : K_CHARACTER K_SET
  | K_CHARSET
  ;

tableConstraint
  : (K_CONSTRAINT name?)? K_PRIMARY K_KEY indexType? keyParts
    indexOption*                                                  # TabPrimaryKey
  | (K_CONSTRAINT name?)? K_UNIQUE (K_INDEX | K_KEY)? name? indexType?
    keyParts indexOption*                                         # TabUnique
  | (K_INDEX | K_KEY) ifNotExists? name? indexType? keyParts
    indexOption*                                                  # TabIndex
  | kind=(K_FULLTEXT | K_SPATIAL | K_VECTOR) (K_INDEX | K_KEY)? name? keyParts
    indexOption*                                                  # TabFulltext
  | (K_CONSTRAINT name?)? K_FOREIGN K_KEY ifNotExists? name?
    '(' name (',' name)* ')' references                           # TabForeignKey
  | (K_CONSTRAINT name?)? K_CHECK parenExpr (K_NOT? K_ENFORCED)?  # TabCheck
  ;

keyParts
  : '(' keyPart (',' keyPart)* ')'
  ;

// A column with an optional prefix length, or an expression (MySQL 8.0.13).
keyPart
  : name ('(' INTEGER ')')? (K_ASC | K_DESC)?
  | parenExpr (K_ASC | K_DESC)?
  ;

indexType
  : K_USING name
  ;

indexOption
  : indexType
  | K_COMMENT STRING
  | K_VISIBLE
  | K_INVISIBLE
  | K_IGNORED
  | K_NOT K_IGNORED
  | K_WITH K_PARSER name
  | IDENT '='? (INTEGER | name | STRING)
  ;

references
  : K_REFERENCES tableName ('(' name (',' name)* ')')?
    (K_MATCH (K_FULL | name))?
    (K_ON (K_DELETE | K_UPDATE) referenceAction)*
  ;

referenceAction
  : K_RESTRICT
  | K_CASCADE
  | K_SET K_NULL
  | K_SET K_DEFAULT
  | K_NO K_ACTION
  ;

tableOptions
  : tableOption (','? tableOption)*
  ;

// ENGINE=InnoDB, DEFAULT CHARSET=utf8mb4, COLLATE=..., AUTO_INCREMENT=16,
// COMMENT='...', ROW_FORMAT=..., UNION=(a, b), DATA DIRECTORY='...', ...
tableOption
  : K_DEFAULT? charsetWords '='? (name | STRING | K_DEFAULT | K_BINARY)   # OptCharset
  | K_DEFAULT? K_COLLATE '='? (name | STRING | K_DEFAULT)   # OptCollate
  | K_COMMENT '='? STRING                                   # OptComment
  | K_AUTO_INCREMENT '='? INTEGER                           # OptAutoIncrement
  | K_UNION '='? '(' (tableName (',' tableName)*)? ')'      # OptUnion
  | (K_DATA | K_INDEX) K_DIRECTORY '='? STRING              # OptDirectory
  | IDENT '='? optionValue                                  # OptGeneric
  ;

optionValue
  : name
  | STRING
  | INTEGER
  | NUMERIC
  | K_DEFAULT
  ;

// Kept whole, as a table attribute.
partitionClause
  : K_PARTITION K_BY balanced+
  ;

//===----------------------------------------------------------------------===//
// Expressions and queries: balanced tokens for the shared query parser
//===----------------------------------------------------------------------===//

parenExpr
  : '(' balanced+ ')'
  ;

balanced
  : '(' balanced* ')'
  | ~('(' | ')' | ';')
  ;

// A query: SELECT, WITH, or a query in parentheses, to the end of the
// statement.
queryExpr
  : (K_SELECT | K_WITH | K_VALUES) balanced*
  | '(' queryExpr ')' balanced*
  ;

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

tableName
  : name ('.' name)?
  ;

name
  : IDENT
  | QUOTED_IDENT
  | nonReserved
  ;

// Key words MySQL does not reserve, which name things.
nonReserved
  : K_ACTION | K_AFTER | K_ALGORITHM | K_ALWAYS | K_ANY | K_AUTO_INCREMENT
  | K_CASCADED | K_CAST | K_CHARSET | K_COLUMNS | K_COMMENT | K_DATA
  | K_DEFINER | K_DIRECTORY | K_DISABLE | K_ENABLE | K_END | K_ENFORCED
  | K_ESCAPE | K_EXTRACT | K_FIRST | K_FULL | K_IGNORED | K_INVISIBLE
  | K_LAST | K_LOCAL | K_MODIFY | K_NO | K_NULLS | K_OFFLINE | K_OFFSET
  | K_ONLINE | K_PARSER | K_PERSISTENT | K_ROWS | K_SECURITY | K_SERIAL
  | K_SIGNED | K_TEMPORARY | K_VALUE | K_VIEW | K_VISIBLE | K_TABLES
  ;
