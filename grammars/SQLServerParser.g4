//===- SQLServerParser.g4 - Transact-SQL DDL grammar ----------------------===//
//
// Part of schemac. The statements of a SQL Server script that the IR
// models, parsed one statement at a time: the frontend cuts a script into
// batches at GO lines and each batch into statements (SQLServerSplitter),
// classifies each by its leading words
// (dialects/sqlserver/SQLServerStatementKinds.def) and enters the
// statement's rule directly. Statements the IR does not model (procedures,
// functions, triggers, control flow, data, settings) never reach this
// parser; a view's query is read by the shared query parser, not here.
//
// The rules follow the Transact-SQL reference (CREATE TABLE, ALTER TABLE,
// CREATE INDEX, ...) and what SSMS "Generate Scripts" and SSDT write:
// [bracketed] names, IDENTITY(seed, increment), (MAX) lengths, CLUSTERED
// keys, ON [filegroup], WITH (option = value, ...) lists, named DEFAULT
// constraints, WITH CHECK ADD CONSTRAINT. Options the IR does not model are
// read by the generic optionList rule and kept as dialect attributes.
//
//===----------------------------------------------------------------------===//

parser grammar SQLServerParser;

options {
  tokenVocab = SQLServerLexer;
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
  : K_CREATE K_TABLE qualifiedName
    '(' tableElement (',' tableElement)* ','? ')' tableTail* stmtEnd
  ;

tableElement
  : columnDef
  | tableConstraint
  | periodForSystemTime
  | tableIndex
  ;

// ON [PRIMARY] / ON scheme(column), TEXTIMAGE_ON, FILESTREAM_ON, WITH (...).
tableTail
  : onStorage                                        # TailOn
  | K_TEXTIMAGE_ON storageName                       # TailTextImage
  | K_FILESTREAM_ON storageName                      # TailFilestream
  | K_WITH '(' optionList ')'                        # TailWith
  ;

onStorage
  : K_ON storageName ('(' name ')')?
  ;

// A filegroup or partition scheme; "default" and [PRIMARY] are names here.
storageName
  : name
  | STRING
  | K_DEFAULT
  ;

periodForSystemTime
  : K_PERIOD K_FOR K_SYSTEM_TIME '(' name ',' name ')'
  ;

// An index declared inside CREATE TABLE (memory-optimized tables).
tableIndex
  : K_INDEX name K_UNIQUE? clusterKind? K_COLUMNSTORE?
    ('(' indexColumn (',' indexColumn)* ')')? indexOptions*
  ;

columnDef
  : name
    ( dataType columnOption*
    | K_AS expr K_PERSISTED? columnOption*
    )
  ;

dataType
  : K_DOUBLE K_PRECISION                                          # DoublePrecision
  | K_NATIONAL? qualifiedName K_VARYING? ('(' typeArg (',' typeArg)? ')')? # NamedType
  ;

typeArg
  : INTEGER
  | K_MAX
  | name? qualifiedName // xml([CONTENT|DOCUMENT] schema_collection)
  ;

columnOption
  : K_NULL                                                        # ColNull
  | K_NOT K_NULL                                                  # ColNotNull
  | (K_CONSTRAINT name)? K_DEFAULT expr (K_WITH K_VALUES)?        # ColDefault
  | K_IDENTITY ('(' signedNumber ',' signedNumber ')')?           # ColIdentity
  | K_NOT K_FOR K_REPLICATION                                     # ColNotForReplication
  | K_ROWGUIDCOL                                                  # ColRowGuid
  | K_SPARSE                                                      # ColSparse
  | K_FILESTREAM                                                  # ColFilestream
  | K_PERSISTED                                                   # ColPersisted
  | K_HIDDEN                                                      # ColHidden
  | K_COLLATE name                                                # ColCollate
  | K_GENERATED K_ALWAYS K_AS (K_ROW | name) (K_START | K_END) K_HIDDEN? # ColPeriod
  | K_MASKED K_WITH '(' optionList ')'                            # ColMasked
  | K_INDEX name clusterKind? indexOptions*                       # ColIndex
  | (K_CONSTRAINT name)? columnConstraintBody                     # ColConstraint
  ;

columnConstraintBody
  : (K_PRIMARY K_KEY | K_UNIQUE) clusterKind?
    ('(' indexColumn (',' indexColumn)* ')')? indexOptions*       # ColKey
  | K_CHECK notForReplication? '(' expr ')'                        # ColCheck
  | (K_FOREIGN K_KEY)? K_REFERENCES qualifiedName ('(' name ')')?
    referentialAction* notForReplication?                         # ColReferences
  ;

tableConstraint
  : (K_CONSTRAINT name)? tableConstraintBody
  ;

tableConstraintBody
  : (K_PRIMARY K_KEY | K_UNIQUE) clusterKind?
    '(' indexColumn (',' indexColumn)* ')' indexOptions*           # TabKey
  | K_CHECK notForReplication? '(' expr ')'                        # TabCheck
  | K_FOREIGN K_KEY '(' name (',' name)* ')'
    K_REFERENCES qualifiedName ('(' name (',' name)* ')')?
    referentialAction* notForReplication?                         # TabForeignKey
  | K_DEFAULT expr K_FOR name (K_WITH K_VALUES)?                  # TabDefault
  ;

clusterKind
  : K_CLUSTERED
  | K_NONCLUSTERED (K_HASH)?
  ;

// WITH (PAD_INDEX = OFF, ...), WITH FILLFACTOR = n, ON [filegroup].
indexOptions
  : K_WITH '(' optionList ')'
  | K_WITH K_FILLFACTOR '=' INTEGER
  | onStorage
  ;

notForReplication
  : K_NOT K_FOR K_REPLICATION
  ;

referentialAction
  : K_ON (K_DELETE | K_UPDATE)
    ( K_CASCADE
    | K_NO K_ACTION
    | K_SET K_NULL
    | K_SET K_DEFAULT
    )
  ;

indexColumn
  : name (K_ASC | K_DESC)?
  ;

signedNumber
  : ('+' | '-')? (INTEGER | NUMERIC)
  ;

// Options the IR does not model, as written: a name, then = and a value,
// which may have a parenthesized list of its own (SYSTEM_VERSIONING = ON
// (HISTORY_TABLE = h), DATA_COMPRESSION = PAGE ON PARTITIONS (1 TO 3)).
optionList
  : option (',' option)*
  ;

option
  : optionWord+ ('=' optionValue)?
  ;

optionWord
  : ~(',' | '(' | ')' | '=')
  ;

optionValue
  : (optionWord | '(' optionList? ')')+
  ;

createIndexStmt
  : K_CREATE K_UNIQUE? clusterKind? K_INDEX name K_ON qualifiedName
    '(' indexColumn (',' indexColumn)* ')'
    (K_INCLUDE '(' name (',' name)* ')')?
    (K_WHERE expr)?
    indexOptions* (K_FILESTREAM_ON storageName)? stmtEnd
  ;

// The query runs to the end of the statement: the shared query parser
// reads it (SQLServerLowering).
createViewStmt
  : K_CREATE (K_OR K_ALTER)? K_VIEW qualifiedName ('(' name (',' name)* ')')?
    (K_WITH viewAttribute (',' viewAttribute)*)? K_AS viewQuery stmtEnd
  ;

viewAttribute
  : IDENT // SCHEMABINDING, ENCRYPTION, VIEW_METADATA
  ;

viewQuery
  : ~';'+
  ;

alterTableStmt
  : K_ALTER K_TABLE qualifiedName alterTableAction stmtEnd
  ;

alterTableAction
  : (K_WITH (K_CHECK | K_NOCHECK))? K_ADD alterAddItem (',' alterAddItem)*  # AddItems
  | (K_WITH (K_CHECK | K_NOCHECK))? (K_CHECK | K_NOCHECK) K_CONSTRAINT
    (K_ALL | name (',' name)*)                                              # CheckConstraints
  | K_ALTER K_COLUMN name dataType (K_COLLATE name)? (K_NULL | K_NOT K_NULL)?
    K_SPARSE?                                                               # AlterColumn
  | K_ALTER K_COLUMN name (K_ADD | K_DROP)
    (K_ROWGUIDCOL | K_PERSISTED | K_SPARSE | K_HIDDEN | K_MASKED | K_NOT K_FOR K_REPLICATION) # AlterColumnOption
  | K_DROP alterDropItem (',' alterDropItem)*                                # DropItems
  | K_SET '(' optionList ')'                                                # SetOptions
  | IDENT ~';'*                                                             # OtherAction
  | K_REBUILD? K_SWITCH ~';'*                                               # OtherAction2
  ;

alterAddItem
  : columnDef
  | tableConstraint
  | periodForSystemTime
  ;

alterDropItem
  : K_CONSTRAINT? ifExists? name (',' name)*    # DropConstraintItem
  | K_COLUMN ifExists? name (',' name)*         # DropColumnItem
  | K_PERIOD K_FOR K_SYSTEM_TIME                # DropPeriodItem
  ;

dropStmt
  : K_DROP dropKind ifExists? qualifiedName (',' qualifiedName)* stmtEnd
  | K_DROP K_INDEX ifExists? indexOnTable (',' indexOnTable)* stmtEnd
  ;

dropKind
  : K_TABLE
  | K_VIEW
  | K_SEQUENCE
  | K_SCHEMA
  ;

// ix ON t, or the old t.ix.
indexOnTable
  : name K_ON qualifiedName
  | qualifiedName
  ;

ifExists
  : K_IF K_EXISTS
  ;

createSchemaStmt
  : K_CREATE K_SCHEMA name (K_AUTHORIZATION name)? stmtEnd
  ;

createSequenceStmt
  : K_CREATE K_SEQUENCE qualifiedName (K_AS dataType)? sequenceOption* stmtEnd
  ;

sequenceOption
  : K_START K_WITH signedNumber       # SeqStart
  | K_INCREMENT K_BY signedNumber     # SeqIncrement
  | K_MINVALUE signedNumber           # SeqMin
  | K_MAXVALUE signedNumber           # SeqMax
  | K_NO (K_MINVALUE | K_MAXVALUE | K_CYCLE | K_CACHE) # SeqNo
  | K_CYCLE                           # SeqCycle
  | K_CACHE INTEGER?                  # SeqCache
  ;

createTypeStmt
  : K_CREATE K_TYPE qualifiedName
    ( K_FROM dataType (K_NULL | K_NOT K_NULL)?
    | K_AS K_TABLE ~';'*
    | K_EXTERNAL ~';'*
    ) stmtEnd
  ;

// EXEC sp_addextendedproperty @name = N'MS_Description', @value = ...,
// @level0type = N'SCHEMA', @level0name = N'dbo', ...
execStmt
  : (K_EXEC | K_EXECUTE) (IDENT '=')? qualifiedName
    (execArg (',' execArg)*)? stmtEnd
  ;

execArg
  : (IDENT '=')? (expr | K_DEFAULT) (K_OUTPUT)?
  ;

//===----------------------------------------------------------------------===//
// Expressions, in Transact-SQL's precedence (highest first)
//===----------------------------------------------------------------------===//

expr
  : primary                                                      # EPrimary
  | op=('-' | '+' | '~') expr                                    # EUnary
  | expr K_COLLATE name                                          # ECollate
  | expr op=('*' | '/' | '%') expr                               # EBinary
  | expr op=('+' | '-' | '&' | '^' | '|') expr                   # EBinary
  | expr op=(EQUALS | NOT_EQUALS | LESS | LESS_EQUALS | GREATER | GREATER_EQUALS
         | NOT_LESS | NOT_GREATER) expr                          # EBinary
  | expr K_IS K_NOT? K_NULL                                      # ENullTest
  | expr K_IS K_NOT? K_DISTINCT K_FROM expr                      # EIsDistinct
  | expr K_NOT? K_BETWEEN boundExpr K_AND boundExpr              # EBetween
  | expr K_NOT? K_IN '(' expr (',' expr)* ')'                    # EIn
  | expr K_NOT? K_IN '(' selectTokens ')'                        # EInQuery
  | expr K_NOT? K_LIKE boundExpr (K_ESCAPE boundExpr)?           # ELike
  | K_NOT expr                                                   # ENot
  | expr K_AND expr                                              # EAnd
  | expr K_OR expr                                               # EOr
  ;

// The bounds of BETWEEN and the pattern of LIKE: arithmetic only, so that
// the AND between the bounds is BETWEEN's and an OR after the pattern is
// not the pattern's.
boundExpr
  : primary                                                      # BPrimary
  | op=('-' | '+' | '~') boundExpr                               # BUnary
  | boundExpr op=('*' | '/' | '%') boundExpr                     # BBinary
  | boundExpr op=('+' | '-' | '&' | '^' | '|') boundExpr         # BBinary
  ;

primary
  : literal                                                      # ELiteral
  | IDENT                                                        # EVariable
  | K_NEXT K_VALUE K_FOR qualifiedName                           # ENextValue
  | (K_CAST | K_TRY_CAST) '(' expr K_AS dataType ')'             # ECast
  | (K_CONVERT | K_TRY_CONVERT) '(' dataType ',' expr (',' expr)? ')' # EConvert
  | functionName '(' (K_DISTINCT? expr (',' expr)* | '*')? ')' overClause? # ECall
  | name '::' name '(' (expr (',' expr)*)? ')'                   # EStaticMethod
  | columnRef                                                    # EColumn
  | '(' expr ')'                                                 # EParens
  | '(' selectTokens ')'                                         # ESubquery
  | K_CASE expr? (K_WHEN expr K_THEN expr)+ (K_ELSE expr)? K_END # ECase
  | K_NOT? K_EXISTS '(' selectTokens ')'                         # EExists
  ;

selectTokens
  : K_SELECT (~('(' | ')') | '(' selectTokens? ')')*
  ;

columnRef
  : name ('.' name)*
  ;

literal
  : INTEGER
  | NUMERIC
  | STRING
  | NATIONAL_STRING
  | HEX_STRING
  | K_NULL
  | K_CURRENT_TIMESTAMP
  | K_CURRENT_USER
  | K_SESSION_USER
  | K_SYSTEM_USER
  | K_USER
  ;

// Built-in functions whose names are reserved words, and any other name.
functionName
  : qualifiedName
  | K_LEFT
  | K_RIGHT
  | K_COALESCE
  | K_NULLIF
  | K_USER
  ;

overClause
  : K_OVER '(' (~('(' | ')') | '(' selectTokens? ')' | '(' ~')'* ')')* ')'
  ;

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

// [server.][database.][schema.]name; the lowering keeps schema and name.
qualifiedName
  : name ('.' name? )*
  ;

name
  : IDENT
  | QUOTED_IDENT
  | nonReservedKeyword
  ;

// The key words of SQLServerKeywords.def that are not reserved.
nonReservedKeyword
  : K_ACTION | K_ALWAYS | K_APPLY | K_AT | K_CACHE | K_CAST | K_COLUMNSTORE
  | K_CYCLE | K_ENDS | K_FILESTREAM | K_FILESTREAM_ON | K_FIRST | K_FOLLOWING
  | K_GENERATED | K_HASH | K_HIDDEN | K_INCLUDE | K_INCREMENT | K_MASKED
  | K_MAX | K_MAXVALUE | K_MINVALUE | K_NEXT | K_NO | K_ONLY | K_OUTPUT
  | K_PARTITION | K_PERIOD | K_PERSISTED | K_PRECEDING | K_RANGE | K_REBUILD
  | K_ROW | K_ROWS | K_SEQUENCE | K_SPARSE | K_START | K_SWITCH
  | K_SYSTEM_TIME | K_TEXTIMAGE_ON | K_TRY_CAST | K_TYPE | K_UNBOUNDED
  | K_VALUE | K_ZONE
  ;
