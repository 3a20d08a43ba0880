//===- SQLiteParser.g4 - SQLite DDL and query grammar ---------------------===//
//
// Part of schemac. The statements the IR models, parsed one statement at a
// time: the frontend splits a script into statements the way the sqlite3
// shell does, classifies each by its leading key words
// (dialects/sqlite/SQLiteStatementKinds.def) and enters the statement's rule
// directly. Statements the IR does not model (triggers, virtual tables, data,
// PRAGMA) never reach this parser.
//
// The rules follow SQLite's parse.y and its syntax diagrams
// (https://sqlite.org/lang.html): names may be the key words SQLite falls
// back to identifiers (fallbackKeyword), string literals name things where
// SQLite accepts them, and expression precedence is SQLite's (highest first
// in expr).
//
//===----------------------------------------------------------------------===//

parser grammar SQLiteParser;

options {
  tokenVocab = SQLiteLexer;
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
  : K_CREATE tempScope? K_TABLE ifNotExists? qualifiedName
    ( '(' columnDef (',' columnDef)* (',' tableConstraint)* ')'
      (tableOption (',' tableOption)*)?
    | K_AS selectStmt
    ) stmtEnd
  ;

tempScope
  : K_TEMP
  | K_TEMPORARY
  ;

// WITHOUT ROWID, STRICT.
tableOption
  : K_WITHOUT name
  | name
  ;

createIndexStmt
  : K_CREATE K_UNIQUE? K_INDEX ifNotExists? qualifiedName K_ON name
    '(' indexedColumn (',' indexedColumn)* ')' (K_WHERE expr)? stmtEnd
  ;

createViewStmt
  : K_CREATE tempScope? K_VIEW ifNotExists? qualifiedName
    ('(' name (',' name)* ')')? K_AS selectStmt stmtEnd
  ;

alterTableStmt
  : K_ALTER K_TABLE qualifiedName alterTableAction stmtEnd
  ;

alterTableAction
  : K_RENAME K_TO name                  # RenameTable
  | K_RENAME K_COLUMN? name K_TO name   # RenameColumn
  | K_ADD K_COLUMN? columnDef           # AddColumn
  | K_DROP K_COLUMN? name               # DropColumn
  ;

dropStmt
  : K_DROP dropKind ifExists? qualifiedName stmtEnd
  ;

dropKind
  : K_TABLE
  | K_INDEX
  | K_VIEW
  | K_TRIGGER
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
  : anyName typeName? columnConstraint*
  ;

// Any sequence of names, then up to two signed numbers: SQLite keeps the
// declared type as text and derives the column's affinity from it.
typeName
  : typeWord+ ('(' signedNumber (',' signedNumber)? ')')?
  ;

typeWord
  : IDENT
  | QUOTED_IDENT
  | STRING
  | typeKeyword
  ;

columnConstraint
  : (K_CONSTRAINT name)? columnConstraintBody
  ;

columnConstraintBody
  : K_PRIMARY K_KEY sortOrder? conflictClause? K_AUTOINCREMENT?  # ColPrimaryKey
  | K_NOT K_NULL conflictClause?                                 # ColNotNull
  | K_NULL conflictClause?                                       # ColNull
  | K_UNIQUE conflictClause?                                     # ColUnique
  | K_CHECK '(' expr ')'                                         # ColCheck
  | K_DEFAULT defaultValue                                       # ColDefault
  | K_COLLATE name                                               # ColCollate
  | foreignKeyClause                                             # ColReferences
  | (K_GENERATED K_ALWAYS)? K_AS '(' expr ')' name?              # ColGenerated
  ;

defaultValue
  : '(' expr ')'
  | ('+' | '-')? (INTEGER | NUMERIC)
  | literal
  | IDENT
  ;

tableConstraint
  : (K_CONSTRAINT name)? tableConstraintBody
  ;

tableConstraintBody
  : K_PRIMARY K_KEY '(' indexedColumn (',' indexedColumn)* ')'
    conflictClause?                                              # TabPrimaryKey
  | K_UNIQUE '(' indexedColumn (',' indexedColumn)* ')'
    conflictClause?                                              # TabUnique
  | K_CHECK '(' expr ')'                                         # TabCheck
  | K_FOREIGN K_KEY '(' name (',' name)* ')' foreignKeyClause    # TabForeignKey
  ;

conflictClause
  : K_ON K_CONFLICT conflictAction
  ;

conflictAction
  : K_ROLLBACK
  | K_ABORT
  | K_FAIL
  | K_IGNORE
  | K_REPLACE
  ;

foreignKeyClause
  : K_REFERENCES name ('(' name (',' name)* ')')?
    foreignKeyOption* deferrable?
  ;

foreignKeyOption
  : K_ON (K_DELETE | K_UPDATE) foreignKeyAction
  | K_MATCH name
  ;

foreignKeyAction
  : K_SET K_NULL
  | K_SET K_DEFAULT
  | K_CASCADE
  | K_RESTRICT
  | K_NO K_ACTION
  ;

deferrable
  : K_NOT? K_DEFERRABLE (K_INITIALLY (K_DEFERRED | K_IMMEDIATE))?
  ;

// A column name, or an expression; COLLATE and the order are the index's.
indexedColumn
  : expr sortOrder?
  ;

sortOrder
  : K_ASC
  | K_DESC
  ;

signedNumber
  : ('+' | '-')? (INTEGER | NUMERIC)
  ;

//===----------------------------------------------------------------------===//
// Queries
//===----------------------------------------------------------------------===//

selectStmt
  : withClause? selectCore (compoundOperator selectCore)* orderByClause?
    limitClause?
  ;

withClause
  : K_WITH K_RECURSIVE? commonTableExpression (',' commonTableExpression)*
  ;

commonTableExpression
  : name ('(' name (',' name)* ')')? K_AS (K_NOT? K_MATERIALIZED)?
    '(' selectStmt ')'
  ;

compoundOperator
  : K_UNION K_ALL?
  | K_INTERSECT
  | K_EXCEPT
  ;

selectCore
  : K_SELECT (K_DISTINCT | K_ALL)? resultColumn (',' resultColumn)*
    (K_FROM fromClause)? (K_WHERE expr)?
    (K_GROUP K_BY expr (',' expr)* (K_HAVING expr)?)?
    (K_WINDOW name K_AS windowDefinition (',' name K_AS windowDefinition)*)?
  | K_VALUES exprTuple (',' exprTuple)*
  ;

exprTuple
  : '(' expr (',' expr)* ')'
  ;

resultColumn
  : '*'
  | name '.' '*'
  | expr (K_AS? (name | STRING))?
  ;

fromClause
  : tableOrSubquery (joinOperator tableOrSubquery joinConstraint?)*
  ;

joinOperator
  : ','
  | K_NATURAL? ((K_LEFT | K_RIGHT | K_FULL) K_OUTER? | K_INNER | K_CROSS)?
    K_JOIN
  ;

joinConstraint
  : K_ON expr
  | K_USING '(' name (',' name)* ')'
  ;

tableOrSubquery
  : qualifiedName (K_AS? name)? (K_INDEXED K_BY name | K_NOT K_INDEXED)?
  | qualifiedName '(' (expr (',' expr)*)? ')' (K_AS? name)?
  | '(' selectStmt ')' (K_AS? name)?
  | '(' fromClause ')'
  ;

orderByClause
  : K_ORDER K_BY orderingTerm (',' orderingTerm)*
  ;

orderingTerm
  : expr sortOrder? (K_NULLS (K_FIRST | K_LAST))?
  ;

limitClause
  : K_LIMIT expr ((K_OFFSET | ',') expr)?
  ;

windowDefinition
  : '(' name? (K_PARTITION K_BY expr (',' expr)*)? orderByClause?
    frameSpec? ')'
  ;

frameSpec
  : (K_RANGE | K_ROWS | K_GROUPS)
    ( frameBound
    | K_BETWEEN frameBound K_AND frameBound
    )
    (K_EXCLUDE (K_NO K_OTHERS | K_CURRENT K_ROW | K_GROUP | K_TIES))?
  ;

frameBound
  : K_UNBOUNDED (K_PRECEDING | K_FOLLOWING)
  | K_CURRENT K_ROW
  | expr (K_PRECEDING | K_FOLLOWING)
  ;

//===----------------------------------------------------------------------===//
// Expressions, in SQLite's precedence (highest first)
//===----------------------------------------------------------------------===//

expr
  : literal                                                      # ELiteral
  | PARAM                                                        # EParam
  | name ('.' name ('.' name)?)?                                 # EColumn
  | functionName '(' (K_DISTINCT? expr (',' expr)* | '*')? ')'
    filterClause? overClause?                                    # ECall
  | '(' expr (',' expr)* ')'                                     # EParens
  | K_CAST '(' expr K_AS typeName ')'                            # ECast
  | K_NOT? K_EXISTS '(' selectStmt ')'                           # EExists
  | '(' selectStmt ')'                                           # ESubquery
  | K_CASE expr? (K_WHEN expr K_THEN expr)+ (K_ELSE expr)? K_END # ECase
  | K_RAISE '(' (K_IGNORE | (K_ROLLBACK | K_ABORT | K_FAIL) ',' STRING)
    ')'                                                          # ERaise
  | op=('-' | '+' | '~') expr                                    # EUnary
  | expr K_COLLATE name                                          # ECollate
  | expr op=('||' | '->' | '->>') expr                           # EBinary
  | expr op=('*' | '/' | '%') expr                               # EBinary
  | expr op=('+' | '-') expr                                     # EBinary
  | expr op=('&' | '|' | '<<' | '>>') expr                       # EBinary
  | expr op=('<' | '<=' | '>' | '>=') expr                       # EBinary
  | expr op=(EQUALS | NOT_EQUALS) expr                            # EBinary
  | expr K_IS K_NOT? (K_DISTINCT K_FROM)? expr                   # EIs
  // x BETWEEN low AND high: a binary operator here (x BETWEEN low), whose
  // AND high the lowering takes from the AND that follows (EAnd); as a
  // ternary alternative, the low bound would take the AND itself.
  | expr K_NOT? K_BETWEEN expr                                   # EBetween
  | expr K_NOT? K_IN
    ( '(' (selectStmt | expr (',' expr)*)? ')'
    | qualifiedName
    )                                                            # EIn
  | expr K_NOT? op=(K_LIKE | K_GLOB | K_REGEXP | K_MATCH) expr
    K_ESCAPE expr                                                # ELike
  | expr K_NOT? op=(K_LIKE | K_GLOB | K_REGEXP | K_MATCH) expr   # ELike
  | expr (K_ISNULL | K_NOTNULL | K_NOT K_NULL)                   # ENullTest
  | K_NOT expr                                                   # ENot
  | expr K_AND expr                                              # EAnd
  | expr K_OR expr                                               # EOr
  ;

literal
  : INTEGER
  | NUMERIC
  | STRING
  | HEX_STRING
  | K_NULL
  | K_CURRENT_TIME
  | K_CURRENT_DATE
  | K_CURRENT_TIMESTAMP
  ;

functionName
  : IDENT
  | QUOTED_IDENT
  | fallbackKeyword
  | K_LIKE
  | K_GLOB
  | K_REGEXP
  | K_MATCH
  ;

filterClause
  : K_FILTER '(' K_WHERE expr ')'
  ;

overClause
  : K_OVER (name | windowDefinition)
  ;

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

// A string literal names a table too (CREATE TABLE 'x', FROM 'x'), as the
// shadow tables of SQLite's virtual tables are made.
qualifiedName
  : anyName ('.' anyName)?
  ;

// What SQLite's grammar calls nm: an identifier, a key word it falls back to
// an identifier, or a join key word. (CREATE TABLE if ... is
// IF NOT EXISTS to SQLite: the lowering refuses IF as the created name.)
name
  : IDENT
  | QUOTED_IDENT
  | fallbackKeyword
  | joinKeyword
  ;

// A name that may also be a string literal (CREATE TABLE 'x' ('a' text)).
anyName
  : name
  | STRING
  ;

// The key words of parse.y's %fallback ID, which SQLite takes as names,
// INDEXED (its id), and FILTER, OVER and WINDOW, which its tokenizer makes
// names where they are not those clauses.
fallbackKeyword
  : K_ABORT | K_ACTION | K_AFTER | K_ALWAYS | K_ANALYZE | K_ASC | K_ATTACH
  | K_BEFORE | K_BEGIN | K_BY | K_CASCADE | K_CAST | K_COLUMN | K_CONFLICT
  | K_CURRENT | K_CURRENT_DATE | K_CURRENT_TIME | K_CURRENT_TIMESTAMP
  | K_DATABASE | K_DEFERRED | K_DESC | K_DETACH | K_DO | K_EACH | K_END
  | K_EXCLUDE | K_EXCLUSIVE | K_EXPLAIN | K_FAIL | K_FILTER | K_FIRST
  | K_FOLLOWING | K_FOR | K_GENERATED | K_GLOB | K_GROUPS | K_IF | K_IGNORE
  | K_IMMEDIATE | K_INDEXED
  | K_INITIALLY | K_INSTEAD | K_KEY | K_LAST | K_LIKE | K_MATCH
  | K_MATERIALIZED | K_NO | K_NULLS | K_OF | K_OFFSET | K_OTHERS | K_OVER
  | K_PARTITION | K_PLAN | K_PRAGMA | K_PRECEDING | K_QUERY | K_RAISE
  | K_RANGE | K_RECURSIVE | K_REGEXP | K_REINDEX | K_RELEASE | K_RENAME
  | K_REPLACE | K_RESTRICT | K_ROLLBACK | K_ROW | K_ROWS | K_SAVEPOINT
  | K_TEMP | K_TEMPORARY | K_TIES | K_TRIGGER | K_UNBOUNDED | K_VACUUM
  | K_VIEW | K_VIRTUAL | K_WINDOW | K_WITH | K_WITHOUT
  ;

joinKeyword
  : K_CROSS | K_FULL | K_INNER | K_LEFT | K_NATURAL | K_OUTER | K_RIGHT
  ;

// Key words that may be words of a declared type: the fallback ones except
// those that begin a column constraint (GENERATED ALWAYS AS).
typeKeyword
  : K_ABORT | K_ACTION | K_AFTER | K_ANALYZE | K_ASC | K_ATTACH
  | K_BEFORE | K_BEGIN | K_BY | K_CASCADE | K_CAST | K_COLUMN | K_CONFLICT
  | K_CURRENT | K_DATABASE | K_DEFERRED | K_DESC | K_DETACH | K_DO | K_EACH
  | K_END | K_EXCLUDE | K_EXCLUSIVE | K_EXPLAIN | K_FAIL | K_FIRST
  | K_FOLLOWING | K_FOR | K_GLOB | K_GROUPS | K_IF | K_IGNORE | K_IMMEDIATE
  | K_INITIALLY | K_INSTEAD | K_KEY | K_LAST | K_LIKE | K_MATCH
  | K_MATERIALIZED | K_NO | K_NULLS | K_OF | K_OFFSET | K_OTHERS
  | K_PARTITION | K_PLAN | K_PRAGMA | K_PRECEDING | K_QUERY | K_RAISE
  | K_RANGE | K_RECURSIVE | K_REGEXP | K_REINDEX | K_RELEASE | K_RENAME
  | K_REPLACE | K_RESTRICT | K_ROLLBACK | K_ROW | K_ROWS | K_SAVEPOINT
  | K_TEMP | K_TEMPORARY | K_TIES | K_TRIGGER | K_UNBOUNDED | K_VACUUM
  | K_VIEW | K_VIRTUAL | K_WITH | K_WITHOUT
  | K_CROSS | K_FULL | K_INNER | K_LEFT | K_NATURAL | K_OUTER | K_RIGHT
  ;
