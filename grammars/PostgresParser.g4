//===- PostgresParser.g4 - PostgreSQL DDL and query grammar ---------------===//
//
// Part of schemac. The statements the IR models, parsed one statement at a
// time: the frontend splits a script into statements, classifies each by its
// leading keywords and enters the statement's rule directly (createTableStmt,
// alterTableStmt, ...). Statements the IR does not model (functions,
// triggers, grants, data) never reach this parser.
//
// The rules follow PostgreSQL's gram.y (names in comments where they
// differ), including its four keyword categories, so that non-reserved
// keywords are accepted as identifiers exactly where PostgreSQL accepts them.
// Expression precedence is PostgreSQL's (highest first in aExpr).
//
// Tokens come from PostgresScanner (hand-written, same vocabulary as
// PostgresLexer.g4).
//
//===----------------------------------------------------------------------===//

parser grammar PostgresParser;

options {
  tokenVocab = PostgresLexer;
  // Cheaper tree building (PgParserBase) with arena-allocated contexts
  // that remember their alternative (PgRuleContext).
  superClass = PgParserBase;
  contextSuperClass = PgRuleContext;
}

@parser::header {
#include "PgParserBase.h"
#include "PgRuleContext.h"
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

stmtEnd
  : ';'? EOF
  ;

createSchemaStmt
  : K_CREATE K_SCHEMA ifNotExists?
    ( colId (K_AUTHORIZATION roleSpec)?
    | K_AUTHORIZATION roleSpec
    ) stmtEnd
  ;

createTableStmt
  : K_CREATE tableScope? K_TABLE ifNotExists? qualifiedName
    ( '(' tableElementList? ')' inheritClause? partitionSpec?
    | K_OF anyName ('(' typedTableElementList ')')? partitionSpec?
    | K_PARTITION K_OF qualifiedName ('(' typedTableElementList ')')?
      partitionBoundSpec partitionSpec?
    )
    tableAccessMethod? tableWith? onCommit? tablespaceClause? stmtEnd
  ;

createIndexStmt
  : K_CREATE K_UNIQUE? K_INDEX K_CONCURRENTLY? (ifNotExists? colId)?
    K_ON K_ONLY? qualifiedName accessMethodClause? '(' indexElemList ')'
    includeClause? nullsDistinct? withOptions? tablespaceClause?
    whereClause? stmtEnd
  ;

createViewStmt
  : K_CREATE (K_OR K_REPLACE)? optTemp? K_RECURSIVE? K_VIEW qualifiedName
    ('(' nameList ')')? withOptions? K_AS selectStmt viewCheckOption? stmtEnd
  ;

viewCheckOption
  : K_WITH (K_CASCADED | K_LOCAL)? K_CHECK K_OPTION
  ;

createMatViewStmt
  : K_CREATE K_UNLOGGED? K_MATERIALIZED K_VIEW ifNotExists? qualifiedName
    ('(' nameList ')')? tableAccessMethod? withOptions? tablespaceClause?
    K_AS selectStmt withData? stmtEnd
  ;

withData
  : K_WITH K_NO? K_DATA
  ;

createSequenceStmt
  : K_CREATE optTemp? K_SEQUENCE ifNotExists? qualifiedName seqOptElem*
    stmtEnd
  ;

createEnumStmt
  : K_CREATE K_TYPE anyName K_AS K_ENUM '(' (sconst (',' sconst)*)? ')'
    stmtEnd
  ;

createDomainStmt
  : K_CREATE K_DOMAIN anyName K_AS? typeName colConstraint* stmtEnd
  ;

alterTableStmt
  : K_ALTER K_TABLE ifExists? relationExpr alterTableCmd (',' alterTableCmd)*
    stmtEnd
  ;

alterIndexStmt
  : K_ALTER K_INDEX ifExists? qualifiedName alterIndexCmd stmtEnd
  ;

alterIndexCmd
  : K_RENAME K_TO colId                                     # alterIndexRename
  | K_SET K_TABLESPACE colId                                # alterIndexTablespace
  | K_SET relOptions                                        # alterIndexSetOptions
  | K_RESET relOptions                                      # alterIndexResetOptions
  | K_SET K_SCHEMA colId                                    # alterIndexSetSchema
  | K_OWNER K_TO roleSpec                                   # alterIndexOwner
  | K_ATTACH K_PARTITION qualifiedName                      # alterIndexOther
  | K_ALTER K_COLUMN? INTEGER K_SET K_STATISTICS signedInteger # alterIndexOther
  ;

alterViewStmt
  : K_ALTER K_MATERIALIZED? K_VIEW ifExists? qualifiedName alterViewCmd
    (',' alterViewCmd)* stmtEnd
  ;

alterViewCmd
  : K_OWNER K_TO roleSpec                                   # alterViewOwner
  | K_RENAME K_TO colId                                     # alterViewRename
  | K_RENAME K_COLUMN? colId K_TO colId                     # alterViewRenameColumn
  | K_SET K_SCHEMA colId                                    # alterViewSetSchema
  | K_SET relOptions                                        # alterViewSetOptions
  | K_RESET relOptions                                      # alterViewResetOptions
  | K_SET K_TABLESPACE colId                                # alterViewTablespace
  | K_ALTER K_COLUMN? colId (K_SET K_DEFAULT aExpr | K_DROP K_DEFAULT)
                                                            # alterViewOther
  | (K_CLUSTER K_ON colId | K_SET K_WITHOUT K_CLUSTER | K_SET K_ACCESS K_METHOD colId)
                                                            # alterViewOther
  ;

alterSequenceStmt
  : K_ALTER K_SEQUENCE ifExists? qualifiedName
    ( seqOptElem+                                           
    | K_OWNER K_TO roleSpec
    | K_RENAME K_TO colId
    | K_SET K_SCHEMA colId
    | K_SET (K_LOGGED | K_UNLOGGED)
    ) stmtEnd
  ;

alterTypeStmt
  : K_ALTER K_TYPE anyName alterTypeCmd stmtEnd
  ;

alterTypeCmd
  : K_ADD K_VALUE ifNotExists? sconst ((K_BEFORE | K_AFTER) sconst)? # alterTypeAddValue
  | K_RENAME K_VALUE sconst K_TO sconst                     # alterTypeRenameValue
  | K_OWNER K_TO roleSpec                                   # alterTypeOwner
  | K_RENAME K_TO colId                                     # alterTypeRename
  | K_SET K_SCHEMA colId                                    # alterTypeSetSchema
  ;

alterDomainStmt
  : K_ALTER K_DOMAIN anyName alterDomainCmd stmtEnd
  ;

alterDomainCmd
  : K_SET K_DEFAULT aExpr                                   # alterDomainSetDefault
  | K_DROP K_DEFAULT                                        # alterDomainDropDefault
  | K_SET K_NOT K_NULL                                      # alterDomainSetNotNull
  | K_DROP K_NOT K_NULL                                     # alterDomainDropNotNull
  | K_ADD (K_CONSTRAINT colId)? K_CHECK '(' aExpr ')' constraintAttr*
                                                            # alterDomainAddCheck
  | K_ADD (K_CONSTRAINT colId)? K_NOT K_NULL constraintAttr* # alterDomainAddNotNull
  | K_DROP K_CONSTRAINT ifExists? colId dropBehavior?       # alterDomainDropConstraint
  | K_RENAME K_CONSTRAINT colId K_TO colId                  # alterDomainRenameConstraint
  | K_VALIDATE K_CONSTRAINT colId                           # alterDomainValidateConstraint
  | K_OWNER K_TO roleSpec                                   # alterDomainOwner
  | K_RENAME K_TO colId                                     # alterDomainRename
  | K_SET K_SCHEMA colId                                    # alterDomainSetSchema
  ;

alterSchemaStmt
  : K_ALTER K_SCHEMA colId (K_OWNER K_TO roleSpec | K_RENAME K_TO colId) stmtEnd
  ;

commentStmt
  : K_COMMENT K_ON commentTarget K_IS (sconst | K_NULL) stmtEnd
  ;

commentTarget
  : K_TABLE anyName                                         # commentOnRelation
  | K_VIEW anyName                                          # commentOnRelation
  | K_MATERIALIZED K_VIEW anyName                           # commentOnRelation
  | K_SEQUENCE anyName                                      # commentOnRelation
  | K_INDEX anyName                                         # commentOnRelation
  | K_TYPE typeName                                         # commentOnType
  | K_DOMAIN typeName                                       # commentOnType
  | K_SCHEMA colId                                          # commentOnSchema
  | K_COLUMN anyName                                        # commentOnColumn
  | K_CONSTRAINT colId K_ON K_DOMAIN? anyName               # commentOnConstraint
  ;

dropStmt
  : K_DROP dropKind K_CONCURRENTLY? ifExists? dropName (',' dropName)*
    dropBehavior? stmtEnd
  ;

dropKind
  : K_TABLE
  | K_VIEW
  | K_MATERIALIZED K_VIEW
  | K_INDEX
  | K_SEQUENCE
  | K_TYPE
  | K_DOMAIN
  | K_SCHEMA
  ;

dropName
  : anyName
  ;

setStmt
  : K_SET (K_SESSION | K_LOCAL)? setRest stmtEnd
  ;

setRest
  : varName (K_TO | '=') (K_DEFAULT | varList)              # setGeneric
  | K_TIME K_ZONE (K_DEFAULT | K_LOCAL | varValue)          # setTimeZone
  | K_SCHEMA sconst                                         # setSchemaName
  | K_NAMES (K_DEFAULT | sconst)?                           # setNames
  | K_ROLE (K_NONE | nonReservedWord | sconst)              # setRole
  | K_SESSION K_AUTHORIZATION (K_DEFAULT | nonReservedWord | sconst)
                                                            # setSessionAuthorization
  | K_XML K_OPTION (K_DOCUMENT | K_CONTENT)                 # setXmlOption
  ;

resetStmt
  : K_RESET (varName | K_TIME K_ZONE | K_SESSION K_AUTHORIZATION | K_ROLE)
    stmtEnd
  ;

varName
  : colId ('.' colId)*
  ;

varList
  : varValue (',' varValue)*
  ;

varValue
  : K_TRUE | K_FALSE | K_ON | nonReservedWord | sconst | numericOnly
  ;

//===----------------------------------------------------------------------===//
// CREATE TABLE pieces
//===----------------------------------------------------------------------===//

tableScope
  : (K_LOCAL | K_GLOBAL)? (K_TEMPORARY | K_TEMP)
  | K_UNLOGGED
  ;

optTemp
  : (K_LOCAL | K_GLOBAL)? (K_TEMPORARY | K_TEMP)
  | K_UNLOGGED
  ;

ifNotExists
  : K_IF K_NOT K_EXISTS
  ;

ifExists
  : K_IF K_EXISTS
  ;

tableElementList
  : tableElement (',' tableElement)*
  ;

tableElement
  : tableConstraint
  | tableLikeClause
  | columnDef
  ;

typedTableElementList
  : typedTableElement (',' typedTableElement)*
  ;

typedTableElement
  : tableConstraint
  | colId (K_WITH K_OPTIONS)? colConstraint*
  ;

columnDef
  : colId typeName columnStorage? columnCompression? colConstraint*
  ;

columnStorage
  : K_STORAGE (colId | K_DEFAULT)
  ;

columnCompression
  : K_COMPRESSION (colId | K_DEFAULT)
  ;

colConstraint
  : K_CONSTRAINT colId colConstraintElem                    # namedColConstraint
  | colConstraintElem                                       # unnamedColConstraint
  | constraintAttr                                          # colConstraintAttr
  | K_COLLATE anyName                                       # colCollate
  ;

colConstraintElem
  : K_NOT K_NULL                                            # colNotNull
  | K_NULL                                                  # colNull
  | K_UNIQUE nullsDistinct? withOptions? indexTablespace?   # colUnique
  | K_PRIMARY K_KEY withOptions? indexTablespace?           # colPrimaryKey
  | K_CHECK '(' aExpr ')'                                   # colCheck
  | K_DEFAULT bExpr                                         # colDefault
  | K_GENERATED generatedWhen K_AS K_IDENTITY ('(' seqOptElem+ ')')?
                                                            # colIdentity
  | K_GENERATED generatedWhen K_AS '(' aExpr ')' (K_STORED | K_VIRTUAL)?
                                                            # colGenerated
  | K_REFERENCES qualifiedName ('(' nameList ')')? keyMatch? keyActions?
                                                            # colReferences
  ;

generatedWhen
  : K_ALWAYS
  | K_BY K_DEFAULT
  ;

constraintAttr
  : K_DEFERRABLE
  | K_NOT K_DEFERRABLE
  | K_INITIALLY K_DEFERRED
  | K_INITIALLY K_IMMEDIATE
  | K_NOT K_VALID
  | K_NO K_INHERIT
  | K_NOT? K_ENFORCED
  ;

tableConstraint
  : (K_CONSTRAINT colId)? constraintElem
  ;

constraintElem
  : K_CHECK '(' aExpr ')' constraintAttr*                   # checkConstraint
  | K_UNIQUE nullsDistinct? '(' keyColumnList ')' includeClause?
    withOptions? indexTablespace? constraintAttr*           # uniqueConstraint
  | K_PRIMARY K_KEY '(' keyColumnList ')' includeClause? withOptions?
    indexTablespace? constraintAttr*                        # primaryKeyConstraint
  | (K_UNIQUE | K_PRIMARY K_KEY) K_USING K_INDEX colId constraintAttr*
                                                            # constraintUsingIndex
  | K_EXCLUDE accessMethodClause? '(' exclusionElem (',' exclusionElem)* ')'
    includeClause? withOptions? indexTablespace?
    (K_WHERE '(' aExpr ')')? constraintAttr*                # exclusionConstraint
  | K_FOREIGN K_KEY '(' fkColumnList ')' K_REFERENCES qualifiedName
    ('(' fkColumnList ')')? keyMatch? keyActions? constraintAttr*
                                                            # foreignKeyConstraint
  ;

keyColumnList
  : colId (',' colId)* (K_WITHOUT K_OVERLAPS)?
  ;

fkColumnList
  : fkColumn (',' fkColumn)*
  ;

fkColumn
  : K_PERIOD colId
  | colId
  ;

exclusionElem
  : indexElem K_WITH (anyOperator | K_OPERATOR '(' anyOperator ')')
  ;

nullsDistinct
  : K_NULLS K_NOT? K_DISTINCT
  ;

includeClause
  : K_INCLUDE '(' nameList ')'
  ;

indexTablespace
  : K_USING K_INDEX K_TABLESPACE colId
  ;

keyMatch
  : K_MATCH (K_FULL | K_PARTIAL | K_SIMPLE)
  ;

keyActions
  : keyUpdate keyDelete?
  | keyDelete keyUpdate?
  ;

keyUpdate
  : K_ON K_UPDATE keyAction
  ;

keyDelete
  : K_ON K_DELETE keyAction
  ;

keyAction
  : K_NO K_ACTION
  | K_RESTRICT
  | K_CASCADE
  | K_SET K_NULL ('(' nameList ')')?
  | K_SET K_DEFAULT ('(' nameList ')')?
  ;

tableLikeClause
  : K_LIKE qualifiedName tableLikeOption*
  ;

tableLikeOption
  : (K_INCLUDING | K_EXCLUDING)
    ( K_COMMENTS | K_COMPRESSION | K_CONSTRAINTS | K_DEFAULTS | K_IDENTITY
    | K_GENERATED | K_INDEXES | K_STATISTICS | K_STORAGE | K_ALL
    )
  ;

inheritClause
  : K_INHERITS '(' qualifiedName (',' qualifiedName)* ')'
  ;

partitionSpec
  : K_PARTITION K_BY colId '(' partitionElem (',' partitionElem)* ')'
  ;

partitionElem
  : (colId | funcExprWindowless | '(' aExpr ')') (K_COLLATE anyName)? anyName?
  ;

partitionBoundSpec
  : K_FOR K_VALUES K_WITH '(' hashBound (',' hashBound)* ')'  # hashPartitionBound
  | K_FOR K_VALUES K_IN '(' exprList ')'                    # listPartitionBound
  | K_FOR K_VALUES K_FROM '(' exprList ')' K_TO '(' exprList ')'
                                                            # rangePartitionBound
  | K_DEFAULT                                               # defaultPartitionBound
  ;

hashBound
  : nonReservedWord INTEGER
  ;

tableAccessMethod
  : K_USING colId
  ;

tableWith
  : withOptions
  | K_WITHOUT K_OIDS
  ;

withOptions
  : K_WITH relOptions
  ;

relOptions
  : '(' relOption (',' relOption)* ')'
  ;

relOption
  : colLabel ('.' colLabel)? ('=' defArg)?
  ;

defArg
  : funcType
  | reservedKeyword
  | allOp
  | numericOnly
  | sconst
  | K_NONE
  ;

onCommit
  : K_ON K_COMMIT (K_DROP | K_DELETE K_ROWS | K_PRESERVE K_ROWS)
  ;

tablespaceClause
  : K_TABLESPACE colId
  ;

accessMethodClause
  : K_USING colId
  ;

//===----------------------------------------------------------------------===//
// ALTER TABLE actions
//===----------------------------------------------------------------------===//

alterTableCmd
  : K_ADD K_COLUMN? ifNotExists? columnDef                  # addColumn
  | K_ADD tableConstraint                                   # addConstraint
  | K_ALTER K_COLUMN? colId alterColumnAction               # alterColumn
  | K_DROP K_COLUMN? ifExists? colId dropBehavior?          # dropColumn
  | K_DROP K_CONSTRAINT ifExists? colId dropBehavior?       # dropConstraint
  | K_VALIDATE K_CONSTRAINT colId                           # validateConstraint
  | K_RENAME K_COLUMN? colId K_TO colId                     # renameColumn
  | K_RENAME K_CONSTRAINT colId K_TO colId                  # renameConstraint
  | K_RENAME K_TO colId                                     # renameTable
  | K_SET K_SCHEMA colId                                    # setSchema
  | K_OWNER K_TO roleSpec                                   # ownerTo
  | K_ATTACH K_PARTITION qualifiedName partitionBoundSpec   # attachPartition
  | K_DETACH K_PARTITION qualifiedName (K_CONCURRENTLY | K_FINALIZE)?
                                                            # detachPartition
  | (K_ENABLE | K_DISABLE) K_ROW K_LEVEL K_SECURITY         # rowLevelSecurity
  | K_NO? K_FORCE K_ROW K_LEVEL K_SECURITY                  # forceRowLevelSecurity
  | K_INHERIT qualifiedName                                 # inheritParent
  | K_NO K_INHERIT qualifiedName                            # noInheritParent
  | K_SET relOptions                                        # setRelOptions
  | K_RESET relOptions                                      # resetRelOptions
  | K_SET K_TABLESPACE colId                                # setTablespace
  | K_SET (K_LOGGED | K_UNLOGGED)                           # setLogged
  | unsupportedAlterTableCmd                                # unsupportedCmd
  ;

// Valid PostgreSQL the IR does not model: the whole statement is kept as an
// opaque object.
unsupportedAlterTableCmd
  : K_CLUSTER K_ON colId
  | K_SET K_WITHOUT K_CLUSTER
  | K_SET K_WITHOUT K_OIDS
  | K_SET K_ACCESS K_METHOD (colId | K_DEFAULT)
  | K_REPLICA K_IDENTITY (K_DEFAULT | K_FULL | K_NOTHING | K_USING K_INDEX colId)
  | (K_ENABLE (K_ALWAYS | K_REPLICA)? | K_DISABLE) K_TRIGGER (colId | K_ALL | K_USER)
  | (K_ENABLE (K_ALWAYS | K_REPLICA)? | K_DISABLE) K_RULE colId
  | K_OF anyName
  | K_NOT K_OF
  | K_ALTER K_CONSTRAINT colId constraintAttr*
  ;

alterColumnAction
  : (K_SET K_DATA)? K_TYPE typeName (K_COLLATE anyName)? (K_USING aExpr)?
                                                            # alterColumnType
  | K_SET K_DEFAULT aExpr                                   # alterColumnSetDefault
  | K_DROP K_DEFAULT                                        # alterColumnDropDefault
  | K_SET K_NOT K_NULL                                      # alterColumnSetNotNull
  | K_DROP K_NOT K_NULL                                     # alterColumnDropNotNull
  | K_ADD K_GENERATED generatedWhen K_AS K_IDENTITY ('(' seqOptElem+ ')')?
                                                            # alterColumnAddIdentity
  | alterIdentityElem+                                      # alterColumnAlterIdentity
  | K_DROP K_IDENTITY ifExists?                             # alterColumnDropIdentity
  | K_DROP K_EXPRESSION ifExists?                           # alterColumnDropExpression
  | K_SET K_EXPRESSION K_AS '(' aExpr ')'                   # alterColumnSetExpression
  | K_SET K_STORAGE (colId | K_DEFAULT)                     # alterColumnSetStorage
  | K_SET K_COMPRESSION (colId | K_DEFAULT)                 # alterColumnSetCompression
  | K_SET K_STATISTICS signedInteger                        # alterColumnUnsupported
  | K_SET relOptions                                        # alterColumnUnsupported
  | K_RESET relOptions                                      # alterColumnUnsupported
  ;

alterIdentityElem
  : K_SET K_GENERATED generatedWhen
  | K_SET seqOptElem
  | K_RESTART (K_WITH? numericOnly)?
  ;

dropBehavior
  : K_CASCADE
  | K_RESTRICT
  ;

//===----------------------------------------------------------------------===//
// Sequences
//===----------------------------------------------------------------------===//

seqOptElem
  : K_AS simpleTypeName                                     # seqAs
  | K_CACHE numericOnly                                     # seqCache
  | K_CYCLE                                                 # seqCycle
  | K_NO K_CYCLE                                            # seqNoCycle
  | K_INCREMENT K_BY? numericOnly                           # seqIncrement
  | K_MAXVALUE numericOnly                                  # seqMaxValue
  | K_MINVALUE numericOnly                                  # seqMinValue
  | K_NO K_MAXVALUE                                         # seqNoMaxValue
  | K_NO K_MINVALUE                                         # seqNoMinValue
  | K_OWNED K_BY anyName                                    # seqOwnedBy
  | K_SEQUENCE K_NAME anyName                               # seqName
  | K_START K_WITH? numericOnly                             # seqStart
  | K_RESTART (K_WITH? numericOnly)?                        # seqRestart
  | (K_LOGGED | K_UNLOGGED)                                 # seqLogged
  ;

numericOnly
  : ('+' | '-')? (INTEGER | NUMERIC)
  ;

signedInteger
  : ('+' | '-')? INTEGER
  ;

//===----------------------------------------------------------------------===//
// Indexes
//===----------------------------------------------------------------------===//

indexElemList
  : indexElem (',' indexElem)*
  ;

indexElem
  : (colId | funcExprWindowless | '(' aExpr ')')
    (K_COLLATE anyName)? (anyName relOptions?)? (K_ASC | K_DESC)?
    (K_NULLS (K_FIRST | K_LAST))?
  ;

whereClause
  : K_WHERE aExpr
  ;

//===----------------------------------------------------------------------===//
// Queries
//===----------------------------------------------------------------------===//

selectStmt
  : selectNoParens
  | selectWithParens
  ;

selectWithParens
  : '(' selectNoParens ')'
  | '(' selectWithParens ')'
  ;

selectNoParens
  : withClause? selectClause sortClause? selectLimit? forLockingClause?
  ;

selectClause
  : selectClause K_INTERSECT setQuantifier? selectClause    # intersectClause
  | selectClause (K_UNION | K_EXCEPT) setQuantifier? selectClause
                                                            # unionExceptClause
  | simpleSelect                                            # simpleSelectClause
  | selectWithParens                                        # parenSelectClause
  ;

setQuantifier
  : K_ALL
  | K_DISTINCT
  ;

simpleSelect
  : K_SELECT distinctClause? targetList? fromClause? whereClause? groupClause?
    havingClause? windowClause?                             # selectBlock
  | valuesClause                                            # valuesBlock
  | K_TABLE relationExpr                                    # tableBlock
  ;

distinctClause
  : K_ALL
  | K_DISTINCT (K_ON '(' exprList ')')?
  ;

targetList
  : targetEl (',' targetEl)*
  ;

targetEl
  : aExpr (K_AS colLabel | bareColLabel)?                   # exprTarget
  | '*'                                                     # starTarget
  ;

withClause
  : K_WITH K_RECURSIVE? commonTableExpr (',' commonTableExpr)*
  ;

commonTableExpr
  : colId ('(' nameList ')')? K_AS (K_NOT? K_MATERIALIZED)? '(' selectStmt ')'
  ;

fromClause
  : K_FROM tableRef (',' tableRef)*
  ;

tableRef
  : tableRef K_CROSS K_JOIN tableRef                        # crossJoin
  | tableRef joinType? K_JOIN tableRef joinQual             # qualifiedJoin
  | tableRef K_NATURAL joinType? K_JOIN tableRef            # naturalJoin
  | '(' tableRef ')' aliasClause?                           # parenTableRef
  | relationExpr aliasClause?                               # relationRef
  | K_LATERAL? funcTable funcAliasClause?                   # functionRef
  | K_LATERAL? selectWithParens aliasClause?                # subqueryRef
  | K_LATERAL? xmlTable aliasClause?                        # xmlTableRef
  ;

joinType
  : K_FULL K_OUTER?
  | K_LEFT K_OUTER?
  | K_RIGHT K_OUTER?
  | K_INNER
  ;

joinQual
  : K_ON aExpr
  | K_USING '(' nameList ')'
  ;

relationExpr
  : qualifiedName '*'?
  | K_ONLY qualifiedName
  | K_ONLY '(' qualifiedName ')'
  ;

aliasClause
  : K_AS colId ('(' nameList ')')?
  | colId ('(' nameList ')')?
  ;

funcTable
  : funcExprWindowless (K_WITH K_ORDINALITY)?
  ;

funcAliasClause
  : aliasClause
  | K_AS? colId? '(' tableFuncElement (',' tableFuncElement)* ')'
  ;

tableFuncElement
  : colId typeName
  ;

// XMLTABLE([XMLNAMESPACES(...),] row PASSING [BY REF|VALUE] doc
// [BY REF|VALUE] COLUMNS ...).
xmlTable
  : K_XMLTABLE '('
    (K_XMLNAMESPACES '(' xmlNamespaceEl (',' xmlNamespaceEl)* ')' ',')?
    cExpr xmlPassing K_COLUMNS xmlTableColumn (',' xmlTableColumn)* ')'
  ;

xmlNamespaceEl
  : bExpr K_AS colLabel
  | K_DEFAULT bExpr
  ;

xmlTableColumn
  : colId (K_FOR K_ORDINALITY | typeName xmlTableColumnOption*)
  ;

// PATH is an identifier in gram.y (the lowering checks the word).
xmlTableColumnOption
  : (IDENT | QUOTED_IDENT) bExpr
  | K_DEFAULT bExpr
  | K_NOT K_NULL
  | K_NULL
  ;

xmlPassing
  : K_PASSING xmlPassingMech? cExpr xmlPassingMech?
  ;

xmlPassingMech
  : K_BY (K_REF | K_VALUE)
  ;

groupClause
  : K_GROUP K_BY setQuantifier? groupByItem (',' groupByItem)*
  ;

groupByItem
  : '(' ')'                                                 # emptyGroupingSet
  | K_ROLLUP '(' exprList ')'                               # rollupItem
  | K_CUBE '(' exprList ')'                                 # cubeItem
  | K_GROUPING K_SETS '(' groupByItem (',' groupByItem)* ')' # groupingSetsItem
  | aExpr                                                   # exprGroupItem
  ;

havingClause
  : K_HAVING aExpr
  ;

windowClause
  : K_WINDOW windowDefinition (',' windowDefinition)*
  ;

windowDefinition
  : colId K_AS windowSpecification
  ;

windowSpecification
  : '(' colId? (K_PARTITION K_BY exprList)? sortClause? frameClause? ')'
  ;

frameClause
  : (K_RANGE | K_ROWS | K_GROUPS)
    (frameBound | K_BETWEEN frameBound K_AND frameBound) frameExclusion?
  ;

frameBound
  : K_UNBOUNDED (K_PRECEDING | K_FOLLOWING)
  | K_CURRENT K_ROW
  | aExpr (K_PRECEDING | K_FOLLOWING)
  ;

frameExclusion
  : K_EXCLUDE (K_CURRENT K_ROW | K_GROUP | K_TIES | K_NO K_OTHERS)
  ;

sortClause
  : K_ORDER K_BY sortBy (',' sortBy)*
  ;

sortBy
  : aExpr (K_ASC | K_DESC | K_USING qualAllOp)? (K_NULLS (K_FIRST | K_LAST))?
  ;

selectLimit
  : limitClause offsetClause?
  | offsetClause limitClause?
  ;

limitClause
  : K_LIMIT (K_ALL | aExpr)                                 # limitCount
  | K_FETCH (K_FIRST | K_NEXT) selectFetchValue? (K_ROW | K_ROWS)
    (K_ONLY | K_WITH K_TIES)                                # fetchFirst
  ;

selectFetchValue
  : cExpr
  | ('+' | '-') (INTEGER | NUMERIC)
  ;

offsetClause
  : K_OFFSET aExpr (K_ROW | K_ROWS)?
  ;

forLockingClause
  : (K_FOR lockStrength (K_OF qualifiedName (',' qualifiedName)*)?
      (K_NOWAIT | K_SKIP K_LOCKED)?)+
  ;

lockStrength
  : K_UPDATE
  | K_NO K_KEY K_UPDATE
  | K_SHARE
  | K_KEY K_SHARE
  ;

valuesClause
  : K_VALUES '(' exprList ')' (',' '(' exprList ')')*
  ;

//===----------------------------------------------------------------------===//
// Expressions (a_expr, b_expr and c_expr of gram.y)
//===----------------------------------------------------------------------===//

aExpr
  : cExpr                                                   # aPrimary
  | aExpr '::' typeName                                     # aTypecast
  | op = ('+' | '-') aExpr                                  # aUnaryMinus
  | aExpr K_COLLATE anyName                                 # aCollate
  | aExpr K_AT K_TIME K_ZONE aExpr                          # aAtTimeZone
  | aExpr op = '^' aExpr                                    # aBinary
  | aExpr op = ('*' | '/' | '%') aExpr                      # aBinary
  | aExpr op = ('+' | '-') aExpr                            # aBinary
  | aExpr qualOp aExpr                                      # aQualOp
  | qualOp aExpr                                            # aPrefixQualOp
  | aExpr K_ESCAPE aExpr                                    # aEscape
  | aExpr K_NOT? K_LIKE aExpr                               # aLike
  | aExpr K_NOT? K_ILIKE aExpr                              # aLike
  | aExpr K_NOT? K_SIMILAR K_TO aExpr                       # aLike
  | aExpr K_NOT? K_BETWEEN (K_SYMMETRIC | K_ASYMMETRIC)? bExpr K_AND aExpr
                                                            # aBetween
  | aExpr K_NOT? K_IN inRhs                                 # aIn
  | aExpr subqueryOp subType '(' (selectStmt | aExpr) ')'   # aQuantified
  | aExpr op = ('<' | '>' | '=' | '<=' | '>=' | NOT_EQUALS) aExpr # aComparison
  | aExpr K_IS K_NOT? isTestKind                            # aIsTest
  | aExpr K_IS K_NOT? K_DISTINCT K_FROM aExpr               # aIsDistinctFrom
  | aExpr (K_ISNULL | K_NOTNULL)                            # aNullTest
  | K_NOT aExpr                                             # aNot
  | aExpr K_AND aExpr                                       # aAnd
  | aExpr K_OR aExpr                                        # aOr
  ;

isTestKind
  : K_NULL
  | K_TRUE
  | K_FALSE
  | K_UNKNOWN
  | K_DOCUMENT
  | normalForm? K_NORMALIZED
  ;

normalForm
  : K_NFC
  | K_NFD
  | K_NFKC
  | K_NFKD
  ;

inRhs
  : selectWithParens
  | '(' exprList ')'
  ;

subType
  : K_ANY
  | K_SOME
  | K_ALL
  ;

subqueryOp
  : allOp
  | K_OPERATOR '(' anyOperator ')'
  | K_NOT? (K_LIKE | K_ILIKE)
  ;

// b_expr: the restricted expressions allowed where a full aExpr would be
// ambiguous (column DEFAULT, the lower bound of BETWEEN).
bExpr
  : cExpr                                                   # bPrimary
  | bExpr '::' typeName                                     # bTypecast
  | op = ('+' | '-') bExpr                                  # bUnaryMinus
  | bExpr op = '^' bExpr                                    # bBinary
  | bExpr op = ('*' | '/' | '%') bExpr                      # bBinary
  | bExpr op = ('+' | '-') bExpr                            # bBinary
  | bExpr qualOp bExpr                                      # bQualOp
  | qualOp bExpr                                            # bPrefixQualOp
  | bExpr op = ('<' | '>' | '=' | '<=' | '>=' | NOT_EQUALS) bExpr # bComparison
  | bExpr K_IS K_NOT? K_DISTINCT K_FROM bExpr               # bIsDistinctFrom
  | bExpr K_IS K_NOT? K_DOCUMENT                            # bIsDocument
  ;

cExpr
  : columnRef                                               # columnRefExpr
  | aexprConst                                              # constExpr
  | PARAM indirection?                                      # paramExpr
  // One alternative for (x) and the implicit row (x, y): telling them
  // apart is then one token after x, where two alternatives would make
  // prediction scan the whole of x (see docs/Parsing.md).
  | '(' aExpr (',' exprList ')' | ')' indirection?)        # parenExpr
  | caseExpr                                                # caseExprAlt
  | funcExpr                                                # funcExprAlt
  | selectWithParens indirection?                           # subqueryExpr
  | K_EXISTS selectWithParens                               # existsExpr
  | K_ARRAY selectWithParens                                # arraySubqueryExpr
  | K_ARRAY arrayExpr                                       # arrayExprAlt
  | K_ROW '(' exprList? ')'                                 # explicitRowExpr
  | K_GROUPING '(' exprList ')'                             # groupingExpr
  ;

columnRef
  : colId indirection?
  ;

indirection
  : indirectionEl+
  ;

indirectionEl
  : '.' colLabel                                            # fieldSelection
  | '.' '*'                                                 # starSelection
  | '[' aExpr ']'                                           # subscriptEl
  | '[' lower = aExpr? ':' upper = aExpr? ']'               # sliceEl
  ;

arrayExpr
  : '[' (exprList | arrayExpr (',' arrayExpr)*)? ']'
  ;

caseExpr
  : K_CASE aExpr? caseWhen+ (K_ELSE aExpr)? K_END
  ;

caseWhen
  : K_WHEN aExpr K_THEN aExpr
  ;

exprList
  : aExpr (',' aExpr)*
  ;

aexprConst
  : INTEGER                                                 # integerConst
  | NUMERIC                                                 # numericConst
  | sconst                                                  # stringConst
  | BIT_STRING                                              # bitStringConst
  | HEX_STRING                                              # bitStringConst
  | funcName sconst                                         # typedLiteralConst
  | constTypeName sconst                                    # typedLiteralConst
  | K_INTERVAL sconst intervalQualifier?                    # intervalConst
  | K_INTERVAL '(' INTEGER ')' sconst                       # intervalConst
  | K_TRUE                                                  # booleanConst
  | K_FALSE                                                 # booleanConst
  | K_NULL                                                  # nullConst
  ;

sconst
  : STRING
  | ESCAPE_STRING
  | NATIONAL_STRING
  | UNICODE_STRING
  | DOLLAR_STRING
  ;

funcExpr
  : funcApplication withinGroupClause? filterClause? overClause? # funcCall
  | funcExprCommonSubexpr                                   # specialFunc
  ;

// func_expr_windowless: function calls allowed where no OVER may follow
// (FROM, index and partition keys).
funcExprWindowless
  : funcApplication
  | funcExprCommonSubexpr
  ;

funcApplication
  : funcName '(' ('*' | setQuantifier? funcArgList sortClause?)? ')'
  ;

funcArgList
  : funcArgExpr (',' funcArgExpr)*
  ;

funcArgExpr
  : K_VARIADIC? (typeFunctionName (':=' | '=>'))? aExpr
  ;

withinGroupClause
  : K_WITHIN K_GROUP '(' sortClause ')'
  ;

filterClause
  : K_FILTER '(' K_WHERE aExpr ')'
  ;

overClause
  : K_OVER (windowSpecification | colId)
  ;

funcExprCommonSubexpr
  : K_CURRENT_DATE                                          # sqlValueFunc
  | K_CURRENT_TIME ('(' INTEGER ')')?                       # sqlValueFunc
  | K_CURRENT_TIMESTAMP ('(' INTEGER ')')?                  # sqlValueFunc
  | K_LOCALTIME ('(' INTEGER ')')?                          # sqlValueFunc
  | K_LOCALTIMESTAMP ('(' INTEGER ')')?                     # sqlValueFunc
  | K_CURRENT_ROLE                                          # sqlValueFunc
  | K_CURRENT_USER                                          # sqlValueFunc
  | K_SESSION_USER                                          # sqlValueFunc
  | K_SYSTEM_USER                                           # sqlValueFunc
  | K_USER                                                  # sqlValueFunc
  | K_CURRENT_CATALOG                                       # sqlValueFunc
  | K_CURRENT_SCHEMA                                        # sqlValueFunc
  | K_CAST '(' aExpr K_AS typeName ')'                      # castFunc
  | K_EXTRACT '(' extractArg K_FROM aExpr ')'               # extractFunc
  // OVERLAY and SUBSTRING take both the standard form and a plain argument
  // list; the forms part after the first argument, so that prediction does
  // not have to scan it.
  | K_OVERLAY '(' aExpr
      (K_PLACING aExpr K_FROM aExpr (K_FOR aExpr)? | (',' aExpr)*) ')'
                                                            # overlayFunc
  | K_POSITION '(' bExpr K_IN bExpr ')'                     # positionFunc
  | K_SUBSTRING '(' aExpr
      ( K_FROM aExpr (K_FOR aExpr)?
      | K_FOR aExpr (K_FROM aExpr)?
      | (',' aExpr)*
      ) ')'                                                 # substringFunc
  | K_TRIM '(' trimSpec = (K_BOTH | K_LEADING | K_TRAILING)?
      (aExpr? K_FROM)? exprList ')'                         # trimFunc
  | K_NORMALIZE '(' aExpr (',' normalForm)? ')'             # normalizeFunc
  | name = (K_COALESCE | K_GREATEST | K_LEAST | K_NULLIF)
    '(' funcArgList? ')'                                    # keywordFunc
  // SQL/XML (PostgreSQL 15's gram.y; XMLSERIALIZE's [NO] INDENT is 16).
  | K_XMLCONCAT '(' exprList ')'                            # xmlConcatFunc
  | K_XMLELEMENT '(' K_NAME colLabel
      (',' (xmlAttributes (',' exprList)? | exprList))? ')' # xmlElementFunc
  | K_XMLEXISTS '(' cExpr xmlPassing ')'                    # xmlExistsFunc
  | K_XMLFOREST '(' xmlAttributeList ')'                    # xmlForestFunc
  | K_XMLPARSE '(' documentOrContent aExpr
      (ws = (K_PRESERVE | K_STRIP) K_WHITESPACE)? ')'       # xmlParseFunc
  | K_XMLPI '(' K_NAME colLabel (',' aExpr)? ')'            # xmlPiFunc
  | K_XMLROOT '(' aExpr ',' K_VERSION (K_NO K_VALUE | aExpr)
      (',' K_STANDALONE (K_YES | K_NO K_VALUE?))? ')'       # xmlRootFunc
  | K_XMLSERIALIZE '(' documentOrContent aExpr
      K_AS simpleTypeName ')'                               # xmlSerializeFunc
  ;

xmlAttributes
  : K_XMLATTRIBUTES '(' xmlAttributeList ')'
  ;

xmlAttributeList
  : xmlAttributeEl (',' xmlAttributeEl)*
  ;

xmlAttributeEl
  : aExpr (K_AS colLabel)?
  ;

documentOrContent
  : K_DOCUMENT
  | K_CONTENT
  ;

extractArg
  : IDENT
  | K_YEAR
  | K_MONTH
  | K_DAY
  | K_HOUR
  | K_MINUTE
  | K_SECOND
  | sconst
  ;

//===----------------------------------------------------------------------===//
// Operators
//===----------------------------------------------------------------------===//

// All operator tokens (all_Op); MathOp included.
allOp
  : OPERATOR
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '^'
  | '<'
  | '>'
  | '='
  | '<='
  | '>='
  | NOT_EQUALS
  ;

// Generic operators at the "Op" precedence level: qual_Op of gram.y.
qualOp
  : OPERATOR
  | K_OPERATOR '(' anyOperator ')'
  ;

qualAllOp
  : allOp
  | K_OPERATOR '(' anyOperator ')'
  ;

anyOperator
  : (colId '.')* allOp
  ;

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

typeName
  : K_SETOF? simpleTypeName (arrayBounds | K_ARRAY ('[' INTEGER ']')?)?
  ;

arrayBounds
  : ('[' INTEGER? ']')+
  ;

simpleTypeName
  : numericType
  | bitType
  | characterType
  | datetimeType
  | intervalType
  | genericType
  ;

// A type name written with a keyword of its own (ConstTypename of gram.y).
constTypeName
  : numericType
  | bitType
  | characterType
  | datetimeType
  ;

genericType
  : typeFunctionName ('.' colLabel)* typeModifiers?
  ;

typeModifiers
  : '(' exprList ')'
  ;

numericType
  : K_INT
  | K_INTEGER
  | K_SMALLINT
  | K_BIGINT
  | K_REAL
  | K_FLOAT ('(' INTEGER ')')?
  | K_DOUBLE K_PRECISION
  | K_DECIMAL typeModifiers?
  | K_DEC typeModifiers?
  | K_NUMERIC typeModifiers?
  | K_BOOLEAN
  ;

bitType
  : K_BIT K_VARYING? typeModifiers?
  ;

characterType
  : ( K_CHARACTER K_VARYING?
    | K_CHAR K_VARYING?
    | K_VARCHAR
    | K_NATIONAL (K_CHARACTER | K_CHAR) K_VARYING?
    | K_NCHAR K_VARYING?
    ) ('(' INTEGER ')')?
  ;

datetimeType
  : (K_TIMESTAMP | K_TIME) ('(' INTEGER ')')? ((K_WITH | K_WITHOUT) K_TIME K_ZONE)?
  ;

intervalType
  : K_INTERVAL (intervalQualifier | '(' INTEGER ')')?
  ;

intervalQualifier
  : K_YEAR (K_TO K_MONTH)?
  | K_MONTH
  | K_DAY (K_TO (K_HOUR | K_MINUTE | intervalSecond))?
  | K_HOUR (K_TO (K_MINUTE | intervalSecond))?
  | K_MINUTE (K_TO intervalSecond)?
  | intervalSecond
  ;

intervalSecond
  : K_SECOND ('(' INTEGER ')')?
  ;

// func_type: a type name in a WITH (...) option value.
funcType
  : typeName
  ;

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

qualifiedName
  : colId ('.' colLabel)*
  ;

anyName
  : colId ('.' colLabel)*
  ;

nameList
  : colId (',' colId)*
  ;

funcName
  : typeFunctionName
  | colId ('.' colLabel)+
  ;

roleSpec
  : nonReservedWord
  | K_CURRENT_ROLE
  | K_CURRENT_USER
  | K_SESSION_USER
  ;

identifier
  : IDENT
  | QUOTED_IDENT
  | UNICODE_QUOTED_IDENT
  ;

colId
  : identifier
  | unreservedKeyword
  | colNameKeyword
  ;

typeFunctionName
  : identifier
  | unreservedKeyword
  | typeFuncNameKeyword
  ;

nonReservedWord
  : identifier
  | unreservedKeyword
  | colNameKeyword
  | typeFuncNameKeyword
  ;

colLabel
  : identifier
  | unreservedKeyword
  | colNameKeyword
  | typeFuncNameKeyword
  | reservedKeyword
  ;

bareColLabel
  : identifier
  | unreservedKeyword
  | colNameKeyword
  | typeFuncNameKeyword
  ;

//===----------------------------------------------------------------------===//
// Keyword categories (kwlist.h of PostgreSQL)
//===----------------------------------------------------------------------===//

unreservedKeyword
  : K_ACCESS | K_ACTION | K_ADD | K_AFTER | K_ALTER | K_ALWAYS | K_AT | K_ATTACH
  | K_BEFORE | K_BY | K_CACHE | K_CASCADE | K_CASCADED | K_CLUSTER | K_COMMENT
  | K_COLUMNS | K_COMMENTS | K_COMMIT | K_COMPRESSION | K_CONSTRAINTS | K_CONTENT | K_CUBE
  | K_CURRENT | K_CYCLE | K_DATA | K_DAY | K_DEFAULTS | K_DEFERRED | K_DELETE
  | K_DETACH | K_DISABLE | K_DOCUMENT | K_DOMAIN | K_DOUBLE | K_DROP | K_ENABLE
  | K_ENFORCED | K_ENUM | K_ESCAPE | K_EXCLUDE | K_EXCLUDING | K_EXPRESSION
  | K_FILTER | K_FINALIZE | K_FIRST | K_FOLLOWING | K_FORCE | K_GENERATED
  | K_GLOBAL | K_GROUPS | K_HOUR | K_IDENTITY | K_IF | K_IMMEDIATE | K_INCLUDE
  | K_INCLUDING | K_INCREMENT | K_INDEX | K_INDEXES | K_INHERIT | K_INHERITS
  | K_KEY | K_LAST | K_LEVEL | K_LOCAL | K_LOCKED | K_LOGGED | K_MATCH
  | K_MATERIALIZED | K_MAXVALUE | K_METHOD | K_MINUTE | K_MINVALUE | K_MONTH
  | K_NAME | K_NAMES | K_NEXT | K_NFC | K_NFD | K_NFKC | K_NFKD | K_NO
  | K_NORMALIZED | K_NOTHING | K_NOWAIT | K_NULLS | K_OF | K_OIDS | K_OPERATOR
  | K_OPTION | K_OPTIONS | K_ORDINALITY | K_OTHERS | K_OVER | K_OWNED | K_OWNER
  | K_PARTIAL | K_PARTITION | K_PASSING | K_PERIOD | K_PRECEDING | K_PRESERVE | K_RANGE
  | K_RECURSIVE | K_REF | K_RENAME | K_REPLACE | K_REPLICA | K_RESET | K_RESTART
  | K_RESTRICT | K_ROLE | K_ROLLUP | K_ROWS | K_RULE | K_SCHEMA | K_SECOND
  | K_SECURITY | K_SEQUENCE | K_SESSION | K_SET | K_SETS | K_SHARE | K_SIMPLE
  | K_SKIP | K_STANDALONE | K_START | K_STATISTICS | K_STRIP | K_STORAGE | K_STORED | K_TABLESPACE
  | K_TEMP | K_TEMPORARY | K_TIES | K_TRIGGER | K_TYPE | K_UNBOUNDED | K_UNKNOWN
  | K_UNLOGGED | K_UPDATE | K_VALID | K_VALIDATE | K_VALUE | K_VARYING
  | K_VERSION | K_VIEW | K_VIRTUAL | K_WHITESPACE | K_WITHIN | K_WITHOUT | K_XML
  | K_YEAR | K_YES | K_ZONE
  ;

colNameKeyword
  : K_BETWEEN | K_BIGINT | K_BIT | K_BOOLEAN | K_CHAR | K_CHARACTER
  | K_COALESCE | K_DEC | K_DECIMAL | K_EXISTS | K_EXTRACT | K_FLOAT
  | K_GREATEST | K_GROUPING | K_INOUT | K_INT | K_INTEGER | K_INTERVAL
  | K_LEAST | K_NATIONAL | K_NCHAR | K_NONE | K_NORMALIZE | K_NULLIF
  | K_NUMERIC | K_OUT | K_OVERLAY | K_POSITION | K_PRECISION | K_REAL
  | K_ROW | K_SETOF | K_SMALLINT | K_SUBSTRING | K_TIME | K_TIMESTAMP
  | K_TREAT | K_TRIM | K_VALUES | K_VARCHAR | K_XMLATTRIBUTES | K_XMLCONCAT
  | K_XMLELEMENT | K_XMLEXISTS | K_XMLFOREST | K_XMLNAMESPACES | K_XMLPARSE
  | K_XMLPI | K_XMLROOT | K_XMLSERIALIZE | K_XMLTABLE
  ;

typeFuncNameKeyword
  : K_AUTHORIZATION | K_BINARY | K_COLLATION | K_CONCURRENTLY | K_CROSS
  | K_CURRENT_SCHEMA | K_FREEZE | K_FULL | K_ILIKE | K_INNER | K_IS
  | K_ISNULL | K_JOIN | K_LEFT | K_LIKE | K_NATURAL | K_NOTNULL | K_OUTER
  | K_OVERLAPS | K_RIGHT | K_SIMILAR | K_TABLESAMPLE | K_VERBOSE
  ;

reservedKeyword
  : K_ALL | K_ANALYSE | K_ANALYZE | K_AND | K_ANY | K_ARRAY | K_AS | K_ASC
  | K_ASYMMETRIC | K_BOTH | K_CASE | K_CAST | K_CHECK | K_COLLATE
  | K_COLUMN | K_CONSTRAINT | K_CREATE | K_CURRENT_CATALOG
  | K_CURRENT_DATE | K_CURRENT_ROLE | K_CURRENT_TIME | K_CURRENT_TIMESTAMP
  | K_CURRENT_USER | K_DEFAULT | K_DEFERRABLE | K_DESC | K_DISTINCT | K_DO
  | K_ELSE | K_END | K_EXCEPT | K_FALSE | K_FETCH | K_FOR | K_FOREIGN
  | K_FROM | K_GRANT | K_GROUP | K_HAVING | K_IN | K_INITIALLY
  | K_INTERSECT | K_INTO | K_LATERAL | K_LEADING | K_LIMIT | K_LOCALTIME
  | K_LOCALTIMESTAMP | K_NOT | K_NULL | K_OFFSET | K_ON | K_ONLY | K_OR
  | K_ORDER | K_PLACING | K_PRIMARY | K_REFERENCES | K_RETURNING
  | K_SELECT | K_SESSION_USER | K_SOME | K_SYMMETRIC | K_SYSTEM_USER
  | K_TABLE | K_THEN | K_TO | K_TRAILING | K_TRUE | K_UNION | K_UNIQUE
  | K_USER | K_USING | K_VARIADIC | K_WHEN | K_WHERE | K_WINDOW | K_WITH
  ;
