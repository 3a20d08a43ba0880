//===- OracleParser.g4 - Oracle DDL grammar -------------------------------===//
//
// Part of schemac. The statements the IR models, parsed one statement at a
// time: the frontend splits a script as SQL*Plus does, classifies each
// statement by its leading key words (dialects/oracle/OracleStatementKinds.def)
// and enters the statement's rule directly. PL/SQL units, object types,
// synonyms, grants and data never reach this parser.
//
// The rules follow Oracle's SQL Language Reference (19c) for the parts the
// IR models: columns, types, constraints with their states, identity
// columns, virtual columns, indexes, sequences, views, comments and ALTER
// TABLE. Physical attributes and other clauses the IR does not model
// (TABLESPACE, STORAGE (...), PARTITION BY ..., LOB (...) STORE AS ...) are
// balanced token sequences here; the lowering keeps them as dialect
// attributes (oracle.<option>) or keeps the statement opaque. Expressions
// (DEFAULT, CHECK, virtual columns, index keys) and view queries are token
// sequences too: the shared query parser (frontend/sql/FastQueryParser.h)
// reads them with Oracle's operator table.
//
//===----------------------------------------------------------------------===//

parser grammar OracleParser;

options {
  tokenVocab = OracleLexer;
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
  : K_CREATE ((K_GLOBAL | K_PRIVATE) K_TEMPORARY)? K_TABLE qualifiedName
    ( '(' relationalItem (',' relationalItem)* ')' tableOption*
    // An object table (OF type) or CREATE TABLE ... AS query: kept opaque.
    | ~('(' | ';') tableOption*
    ) stmtEnd
  ;

relationalItem
  : tableConstraint
  | columnDef
  ;

// Everything after the column list, balanced: physical attributes,
// partitioning, LOB storage, ORGANIZATION INDEX, ON COMMIT, AS query.
tableOption
  : '(' balanced ')'
  | ~('(' | ')' | ';')
  ;

createIndexStmt
  : K_CREATE (K_UNIQUE | K_BITMAP)? K_INDEX qualifiedName
    K_ON qualifiedName name? '(' indexElem (',' indexElem)* ')'
    tableOption* stmtEnd
  ;

indexElem
  : indexToken+ (K_ASC | K_DESC)?
  ;

indexToken
  : '(' balanced ')'
  | ~('(' | ')' | ',' | ';' | K_ASC | K_DESC)
  ;

createViewStmt
  : K_CREATE (K_OR K_REPLACE)? (K_NO? K_FORCE | K_NOFORCE)?
    (K_EDITIONABLE | K_NONEDITIONABLE)? K_VIEW qualifiedName
    viewHead* K_AS viewQuery stmtEnd
  ;

// The column list, or an object view's OF type WITH OBJECT IDENTIFIER.
viewHead
  : '(' balanced ')'
  | ~('(' | ')' | ';' | K_AS)
  ;

viewQuery
  : ~';'+
  ;

createSequenceStmt
  : K_CREATE K_SEQUENCE qualifiedName sequenceOption* stmtEnd
  ;

alterTableStmt
  : K_ALTER K_TABLE qualifiedName alterAction+ stmtEnd
  ;

alterAction
  : K_ADD '(' addItem (',' addItem)* ')'                    # AddList
  | K_ADD addItem                                           # AddOne
  | K_MODIFY K_CONSTRAINT name constraintState+             # ModifyConstraint
  | K_MODIFY '(' modifyItem (',' modifyItem)* ')'          # ModifyList
  | K_MODIFY modifyItem                                     # ModifyOne
  | K_DROP K_COLUMN name (K_CASCADE K_CONSTRAINTS)?         # DropColumn
  | K_DROP K_CONSTRAINT name K_CASCADE?                     # DropConstraint
  | K_DROP K_PRIMARY K_KEY K_CASCADE?                       # DropPrimaryKey
  | K_RENAME K_COLUMN name K_TO name                        # RenameColumn
  | K_RENAME K_CONSTRAINT name K_TO name                    # RenameConstraint
  | K_RENAME K_TO name                                      # RenameTable
  | alterOtherToken+                                        # AlterOther
  ;

alterOtherToken
  : '(' balanced ')'
  | ~('(' | ')' | ';' | K_ADD | K_MODIFY | K_DROP | K_RENAME)
  ;

addItem
  : tableConstraint
  | columnDef
  ;

modifyItem
  : name dataType? columnItem*
  ;

commentStmt
  : K_COMMENT K_ON commentKind qualifiedName K_IS STRING stmtEnd
  ;

commentKind
  : K_TABLE
  | K_COLUMN
  | IDENT K_VIEW
  | IDENT
  ;

dropStmt
  : K_DROP dropKind qualifiedName (K_CASCADE K_CONSTRAINTS)? K_PURGE?
    K_FORCE? stmtEnd
  ;

dropKind
  : K_TABLE
  | K_INDEX
  | K_VIEW
  | K_SEQUENCE
  ;

//===----------------------------------------------------------------------===//
// Columns and constraints
//===----------------------------------------------------------------------===//

columnDef
  : name dataType? columnItem*
  ;

dataType
  : K_DOUBLE K_PRECISION                                    # DoublePrecision
  | K_LONG K_RAW?                                           # LongType
  | K_TIMESTAMP typeArgs? (K_WITH K_LOCAL? K_TIME K_ZONE)?   # TimestampType
  | K_INTERVAL K_YEAR typeArgs? K_TO K_MONTH                # IntervalYear
  | K_INTERVAL K_DAY typeArgs? K_TO K_SECOND typeArgs?      # IntervalDay
  | K_NATIONAL (K_CHAR | K_CHARACTER) K_VARYING? typeArgs?  # NationalChar
  | (K_CHAR | K_CHARACTER | K_NCHAR) K_VARYING? typeArgs?   # CharType
  | builtinTypeWord typeArgs?                               # BuiltinType
  | typeWord typeWord? ('.' typeWord)? typeArgs?            # NamedType
  ;

builtinTypeWord
  : K_NUMBER | K_VARCHAR2 | K_VARCHAR | K_DATE | K_DECIMAL | K_FLOAT
  | K_INTEGER | K_SMALLINT | K_RAW | K_ROWID
  ;

typeWord
  : IDENT
  | QUOTED_IDENT
  ;

typeArgs
  : '(' typeArg (',' typeArg)* ')'
  ;

// VARCHAR2(10 CHAR), NUMBER(*, 0), NUMBER(5, -2).
typeArg
  : ('+' | '-')? INTEGER (K_BYTE | K_CHAR)?
  | '*'
  ;

columnItem
  : K_DEFAULT (K_ON K_NULL)? defaultExpr                    # ColDefault
  | K_GENERATED (K_ALWAYS | K_BY K_DEFAULT (K_ON K_NULL)?)?
    K_AS K_IDENTITY ('(' sequenceOption* ')')?              # ColIdentity
  | (K_GENERATED K_ALWAYS)? K_AS '(' balanced ')' K_VIRTUAL? # ColVirtual
  | K_COLLATE name                                          # ColCollate
  | (K_VISIBLE | K_INVISIBLE | K_SORT)                      # ColFlag
  | inlineConstraint                                        # ColConstraint
  ;

// An expression up to the next column item, ',' or ')'.
defaultExpr
  : K_NULL
  | defaultToken+
  ;

defaultToken
  : '(' balanced ')'
  | ~('(' | ')' | ',' | ';' | K_CONSTRAINT | K_NOT | K_NULL | K_PRIMARY
      | K_UNIQUE | K_CHECK | K_REFERENCES | K_ENABLE | K_DISABLE
      | K_COLLATE | K_VISIBLE | K_INVISIBLE | K_GENERATED | K_DEFAULT
      | K_SORT)
  ;

inlineConstraint
  : (K_CONSTRAINT name)? inlineConstraintBody constraintState*
  ;

inlineConstraintBody
  : K_NOT K_NULL                                            # ICNotNull
  | K_NULL                                                  # ICNull
  | K_UNIQUE                                                # ICUnique
  | K_PRIMARY K_KEY                                         # ICPrimaryKey
  | referencesClause                                        # ICReferences
  | K_CHECK '(' balanced ')'                                # ICCheck
  ;

tableConstraint
  : (K_CONSTRAINT name)? tableConstraintBody constraintState*
  ;

tableConstraintBody
  : K_PRIMARY K_KEY '(' name (',' name)* ')'                # TCPrimaryKey
  | K_UNIQUE '(' name (',' name)* ')'                       # TCUnique
  | K_CHECK '(' balanced ')'                                # TCCheck
  | K_FOREIGN K_KEY '(' name (',' name)* ')' referencesClause # TCForeignKey
  ;

referencesClause
  : K_REFERENCES qualifiedName ('(' name (',' name)* ')')?
    (K_ON K_DELETE (K_CASCADE | K_SET K_NULL))?
  ;

constraintState
  : K_NOT? K_DEFERRABLE                                     # CSDeferrable
  | K_INITIALLY (K_DEFERRED | K_IMMEDIATE)                  # CSInitially
  | (K_ENABLE | K_DISABLE)                                  # CSEnable
  | (K_VALIDATE | K_NOVALIDATE)                             # CSValidate
  | (K_RELY | K_NORELY)                                     # CSRely
  | K_USING K_INDEX usingIndexToken*                        # CSUsingIndex
  ;

usingIndexToken
  : '(' balanced ')'
  | ~('(' | ')' | ',' | ';' | K_ENABLE | K_DISABLE | K_VALIDATE
      | K_NOVALIDATE | K_RELY | K_NORELY | K_NOT | K_DEFERRABLE
      | K_INITIALLY | K_CONSTRAINT | K_USING | K_DEFAULT | K_CHECK
      | K_PRIMARY | K_UNIQUE | K_REFERENCES | K_NULL)
  ;

sequenceOption
  : K_START K_WITH signedInteger                            # SeqStart
  | K_INCREMENT K_BY signedInteger                          # SeqIncrement
  | K_MAXVALUE signedInteger                                # SeqMaxValue
  | K_MINVALUE signedInteger                                # SeqMinValue
  | K_CACHE INTEGER                                         # SeqCache
  | ( K_NOMAXVALUE | K_NOMINVALUE | K_NOCACHE | K_CYCLE | K_NOCYCLE
    | K_ORDER | K_NOORDER | K_KEEP | K_NOKEEP | K_NOSCALE | K_SESSION
    | K_GLOBAL | K_SCALE IDENT?)                           # SeqFlag
  ;

signedInteger
  : ('+' | '-')? INTEGER
  ;

// Any tokens with their parentheses balanced.
balanced
  : ('(' balanced ')' | ~('(' | ')'))*
  ;

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

qualifiedName
  : name ('.' name)? ('.' name)?
  ;

name
  : IDENT
  | QUOTED_IDENT
  | nonReserved
  ;

// The grammar's key words that are not reserved words of Oracle SQL
// (ORACLE_KEYWORD rows of OracleKeywords.def): names to Oracle.
nonReserved
  : K_ALWAYS | K_BITMAP | K_BODY | K_BYTE | K_CACHE | K_CASCADE | K_CASE
  | K_CHARACTER | K_COLLATE | K_CONSTRAINT | K_CONSTRAINTS | K_CURRENT_DATE
  | K_CURRENT_TIMESTAMP | K_CYCLE | K_DAY | K_DEFERRABLE | K_DEFERRED
  | K_DISABLE | K_DOUBLE | K_EDITIONABLE | K_ENABLE | K_END | K_FORCE
  | K_FOREIGN | K_GENERATED | K_GLOBAL | K_IDENTITY | K_INITIALLY | K_INTERVAL
  | K_INVISIBLE | K_KEEP | K_KEY | K_LOCAL | K_LOCALTIMESTAMP | K_MAXVALUE
  | K_MINVALUE | K_MONTH | K_NATIONAL | K_NCHAR | K_NO | K_NOCACHE | K_NOCYCLE
  | K_NOFORCE | K_NOKEEP | K_NOMAXVALUE | K_NOMINVALUE | K_NONEDITIONABLE
  | K_NOORDER | K_NORELY | K_NOSCALE | K_NOVALIDATE | K_NULLS | K_ONLY
  | K_PACKAGE | K_PRECISION | K_PRIMARY | K_PRIVATE | K_PURGE | K_READ
  | K_REFERENCES | K_RELY | K_REPLACE | K_SCALE | K_SECOND | K_SEQUENCE
  | K_SHARING | K_SORT | K_SYSTIMESTAMP | K_TEMPORARY | K_TIME | K_TIMESTAMP
  | K_TYPE | K_USING | K_VARYING | K_VIRTUAL | K_VISIBLE | K_WHEN | K_YEAR
  | K_ZONE
  ;
