//===- PostgresLowering.h - Parse trees into IR pieces ---------*- C++ -*-===//
//
// Part of schemac. Lowers the parse tree of one statement into a
// LoweredStatement: IR objects, expressions (PostgresExprLowering.cpp),
// queries in the relational algebra (PostgresQueryLowering.cpp) and types
// (PostgresTypes.cpp). The lowering is a visitor over the labelled
// alternatives of the grammar; results travel through members
// (ExprResult, RelResult), never through antlrcpp::Any.
//
// It needs nothing but the statement's tokens, so statements are lowered in
// parallel; name resolution happens later, when the SchemaEditor applies
// the statement's SchemaChange.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESLOWERING_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESLOWERING_H

#include "PostgresParseDriver.h"
#include "PostgresStatement.h"

#include "PostgresParser.h"
#include "PostgresParserBaseVisitor.h"

namespace schemac {
class Domain;
namespace pg {

/// The partitioning strategy named \p Name (PARTITION BY range/list/hash);
/// false if there is none.
bool partitionStrategy(llvm::StringRef Name, PartitionSpec::Strategy &Out);

/// Prefix minus: PostgreSQL folds it into a numeric constant (doNegate).
ExprPtr negate(Location OpLoc, ExprPtr Operand);

/// Moves what the column constraints of CREATE DOMAIN gave (lowered as a
/// column's: \p Col and its CHECK constraints \p Cs) into \p D; shared by
/// the grammar's lowering and the fast path.
void fillDomain(Domain &D, Column &Col, std::vector<Constraint> &Cs);

class PostgresLowering : public PostgresParserBaseVisitor {
public:
  using P = PostgresParser;

  PostgresLowering(const StatementTokens &In, bool StdStrings,
                   LoweredStatement &Out)
      : In(In), StdStrings(StdStrings), Out(Out) {}

  /// Lowers the root context of a statement of kind Out.Kind.
  void lowerStatement(antlr4::ParserRuleContext *Root);
  /// Lowers a schema element of CREATE SCHEMA \p Schema: the relation it
  /// creates (or indexes) is in that schema.
  void setElementSchema(std::string Schema) {
    ElementSchema = std::move(Schema);
  }

  //===--- Locations, names and literals ----------------------------------===//
  Location loc(antlr4::Token *T) const;
  Location loc(antlr4::ParserRuleContext *C) const;
  Location loc(antlr4::tree::TerminalNode *N) const {
    return loc(N->getSymbol());
  }
  SourceRange range(antlr4::ParserRuleContext *C) const;
  /// The source text of a context, as written.
  llvm::StringRef text(antlr4::ParserRuleContext *C) const;
  llvm::StringRef text(antlr4::Token *T) const;
  /// The source text with runs of whitespace and comments between tokens
  /// replaced by one space.
  std::string normalizedText(antlr4::ParserRuleContext *C) const;
  /// The same for the tokens First..Last (inclusive).
  std::string normalizedText(size_t First, size_t Last) const;

  /// The identifier a one-token name rule (colId, colLabel, identifier,
  /// ...) denotes: folded, unquoted and truncated.
  std::string name(antlr4::ParserRuleContext *C);
  std::string name(antlr4::Token *T);
  /// qualifiedName / anyName: one to three parts.
  QualifiedName qualifiedName(antlr4::ParserRuleContext *C);
  /// The name of the relation a CREATE statement creates (or indexes): in
  /// the schema being created when the statement is a schema element.
  QualifiedName createdName(antlr4::ParserRuleContext *C);
  /// The parts of a dotted name (colId ('.' colLabel)*).
  std::vector<std::string> nameParts(antlr4::ParserRuleContext *C);
  std::vector<std::string> nameList(P::NameListContext *C);
  std::string stringValue(P::SconstContext *C);
  std::string stringValue(antlr4::Token *T);
  std::string roleName(P::RoleSpecContext *C);
  int64_t integerValue(antlr4::Token *T);
  std::optional<int64_t> numericOnly(P::NumericOnlyContext *C);
  StorageParams relOptions(P::RelOptionsContext *C);

  void error(Location L, DiagID ID, std::vector<std::string> Args = {});
  void warning(Location L, DiagID ID, std::vector<std::string> Args = {});

  //===--- Types (PostgresTypes.cpp) --------------------------------------===//
  DataType lowerType(P::TypeNameContext *C);
  DataType lowerSimpleType(P::SimpleTypeNameContext *C);
  DataType lowerConstType(P::ConstTypeNameContext *C);
  DataType lowerKeywordType(antlr4::ParserRuleContext *C);
  /// The same for the tokens [First, End), located at \p L.
  DataType lowerKeywordType(size_t First, size_t End, Location L);
  /// A type written as a (possibly qualified) name.
  DataType typeFromName(const std::vector<std::string> &Parts, bool Quoted,
                        Location L);

  //===--- Expressions (PostgresExprLowering.cpp) -------------------------===//
  ExprPtr lowerExpr(P::AExprContext *C);
  ExprPtr lowerExpr(P::BExprContext *C);
  ExprPtr lowerExpr(P::CExprContext *C);
  std::vector<ExprPtr> lowerExprList(P::ExprListContext *C);
  ExprPtr lowerFuncExpr(P::FuncExprWindowlessContext *C);
  ExprPtr lowerConst(P::AexprConstContext *C);
  std::unique_ptr<WindowSpec> lowerWindowSpec(P::WindowSpecificationContext *C);
  std::vector<SortKey> lowerSortClause(P::SortClauseContext *C);
  std::string operatorText(antlr4::ParserRuleContext *C, std::string &Schema);
  /// A binary operator node that may be a link of a chain (Expr.h,
  /// OpChain): its operands, the operator's spelling and location.
  template <class Ctx> struct ChainNode {
    Ctx *Left = nullptr, *Right = nullptr;
    antlr4::Token *OpTok = nullptr;
    std::string Op;
  };
  bool chainNode(P::AExprContext *C, ChainNode<P::AExprContext> &Out);
  bool chainNode(P::BExprContext *C, ChainNode<P::BExprContext> &Out);
  /// Binary operators of one left-associative level written one after
  /// another (the tree's left spine) as one OpChain, lowered without
  /// recursing along the chain; null if \p C is not such a chain of at
  /// least two operators.
  template <class Ctx> ExprPtr lowerChain(Ctx *C);

  //===--- Queries (PostgresQueryLowering.cpp) ----------------------------===//
  RelPtr lowerSelect(P::SelectStmtContext *C);
  RelPtr lowerSelect(P::SelectWithParensContext *C);
  RelPtr lowerSelect(P::SelectNoParensContext *C);

  //===--- Visitor: expression alternatives -------------------------------===//
  antlrcpp::Any dispatch(P::AExprContext *C);
  antlrcpp::Any dispatch(P::BExprContext *C);
  antlrcpp::Any dispatch(P::CExprContext *C);
  antlrcpp::Any dispatch(P::SelectClauseContext *C);
  antlrcpp::Any dispatch(P::TableRefContext *C);
  antlrcpp::Any visitAPrimary(P::APrimaryContext *C) override;
  antlrcpp::Any visitATypecast(P::ATypecastContext *C) override;
  antlrcpp::Any visitAUnaryMinus(P::AUnaryMinusContext *C) override;
  antlrcpp::Any visitACollate(P::ACollateContext *C) override;
  antlrcpp::Any visitAAtTimeZone(P::AAtTimeZoneContext *C) override;
  antlrcpp::Any visitABinary(P::ABinaryContext *C) override;
  antlrcpp::Any visitAQualOp(P::AQualOpContext *C) override;
  antlrcpp::Any visitAPrefixQualOp(P::APrefixQualOpContext *C) override;
  antlrcpp::Any visitAEscape(P::AEscapeContext *C) override;
  antlrcpp::Any visitALike(P::ALikeContext *C) override;
  antlrcpp::Any visitABetween(P::ABetweenContext *C) override;
  antlrcpp::Any visitAIn(P::AInContext *C) override;
  antlrcpp::Any visitAQuantified(P::AQuantifiedContext *C) override;
  antlrcpp::Any visitAComparison(P::AComparisonContext *C) override;
  antlrcpp::Any visitAIsTest(P::AIsTestContext *C) override;
  antlrcpp::Any visitAIsDistinctFrom(P::AIsDistinctFromContext *C) override;
  antlrcpp::Any visitANullTest(P::ANullTestContext *C) override;
  antlrcpp::Any visitANot(P::ANotContext *C) override;
  antlrcpp::Any visitAAnd(P::AAndContext *C) override;
  antlrcpp::Any visitAOr(P::AOrContext *C) override;

  antlrcpp::Any visitBPrimary(P::BPrimaryContext *C) override;
  antlrcpp::Any visitBTypecast(P::BTypecastContext *C) override;
  antlrcpp::Any visitBUnaryMinus(P::BUnaryMinusContext *C) override;
  antlrcpp::Any visitBBinary(P::BBinaryContext *C) override;
  antlrcpp::Any visitBQualOp(P::BQualOpContext *C) override;
  antlrcpp::Any visitBPrefixQualOp(P::BPrefixQualOpContext *C) override;
  antlrcpp::Any visitBComparison(P::BComparisonContext *C) override;
  antlrcpp::Any visitBIsDistinctFrom(P::BIsDistinctFromContext *C) override;
  antlrcpp::Any visitBIsDocument(P::BIsDocumentContext *C) override;

  antlrcpp::Any visitColumnRefExpr(P::ColumnRefExprContext *C) override;
  antlrcpp::Any visitConstExpr(P::ConstExprContext *C) override;
  antlrcpp::Any visitParamExpr(P::ParamExprContext *C) override;
  antlrcpp::Any visitParenExpr(P::ParenExprContext *C) override;
  antlrcpp::Any visitCaseExprAlt(P::CaseExprAltContext *C) override;
  antlrcpp::Any visitFuncExprAlt(P::FuncExprAltContext *C) override;
  antlrcpp::Any visitSubqueryExpr(P::SubqueryExprContext *C) override;
  antlrcpp::Any visitExistsExpr(P::ExistsExprContext *C) override;
  antlrcpp::Any visitArraySubqueryExpr(P::ArraySubqueryExprContext *C) override;
  antlrcpp::Any visitArrayExprAlt(P::ArrayExprAltContext *C) override;
  antlrcpp::Any visitExplicitRowExpr(P::ExplicitRowExprContext *C) override;
  antlrcpp::Any visitGroupingExpr(P::GroupingExprContext *C) override;

  //===--- Visitor: query alternatives ------------------------------------===//
  antlrcpp::Any visitIntersectClause(P::IntersectClauseContext *C) override;
  antlrcpp::Any visitUnionExceptClause(P::UnionExceptClauseContext *C) override;
  antlrcpp::Any
  visitSimpleSelectClause(P::SimpleSelectClauseContext *C) override;
  antlrcpp::Any visitParenSelectClause(P::ParenSelectClauseContext *C) override;
  antlrcpp::Any visitCrossJoin(P::CrossJoinContext *C) override;
  antlrcpp::Any visitQualifiedJoin(P::QualifiedJoinContext *C) override;
  antlrcpp::Any visitNaturalJoin(P::NaturalJoinContext *C) override;
  antlrcpp::Any visitParenTableRef(P::ParenTableRefContext *C) override;
  antlrcpp::Any visitRelationRef(P::RelationRefContext *C) override;
  antlrcpp::Any visitFunctionRef(P::FunctionRefContext *C) override;
  antlrcpp::Any visitXmlTableRef(P::XmlTableRefContext *C) override;
  antlrcpp::Any visitSubqueryRef(P::SubqueryRefContext *C) override;

private:
  // Statements into schema changes (PostgresLowering.cpp).
  void create(ObjectPtr O);
  /// Starts the AlterChange of an ALTER statement; action() adds to it.
  AlterChange &beginAlter(NameRef Target, TargetKind TK, bool IfExists);
  AlterAction &action(AlterAction::Kind K, Location L);
  /// RENAME TO / SET SCHEMA (\p Clause): a RenameChange, which must be the
  /// statement's only action.
  void renameAction(antlr4::ParserRuleContext *Clause, std::string NewName,
                    std::string NewSchema);
  /// An action the IR does not model: the statement is kept opaque.
  void unsupported(std::string Description);
  /// Ends an ALTER: a RENAME or SET SCHEMA becomes the statement's change.
  void endAlter();

  void lowerCreateSchema(P::CreateSchemaStmtContext *C);
  void lowerCreateTable(P::CreateTableStmtContext *C);
  void lowerCreateIndex(P::CreateIndexStmtContext *C);
  void lowerCreateView(P::CreateViewStmtContext *C);
  void lowerCreateMatView(P::CreateMatViewStmtContext *C);
  void lowerCreateSequence(P::CreateSequenceStmtContext *C);
  void lowerCreateEnum(P::CreateEnumStmtContext *C);
  void lowerCreateDomain(P::CreateDomainStmtContext *C);
  void lowerAlterTable(P::AlterTableStmtContext *C);
  void lowerAlterIndex(P::AlterIndexStmtContext *C);
  void lowerAlterView(P::AlterViewStmtContext *C);
  void lowerAlterSequence(P::AlterSequenceStmtContext *C);
  void lowerAlterType(P::AlterTypeStmtContext *C);
  void lowerAlterDomain(P::AlterDomainStmtContext *C);
  void lowerAlterSchema(P::AlterSchemaStmtContext *C);
  void lowerComment(P::CommentStmtContext *C);
  void lowerDrop(P::DropStmtContext *C);
  void lowerSet(P::SetStmtContext *C);
  void lowerReset(P::ResetStmtContext *C);

  // CREATE TABLE pieces.
  void lowerColumnDef(P::ColumnDefContext *C, Column &Col,
                      std::vector<Constraint> &Constraints);
  void lowerColConstraints(const std::vector<P::ColConstraintContext *> &Cs,
                           Column &Col, std::vector<Constraint> &Constraints,
                           bool ForDomain = false);
  bool lowerTableConstraint(P::TableConstraintContext *C, Constraint &Out);
  void lowerConstraintAttrs(const std::vector<P::ConstraintAttrContext *> &As,
                            Constraint &Out);
  void lowerKeyActions(P::KeyActionsContext *C, Constraint &Out);
  ForeignKeyAction lowerKeyAction(P::KeyActionContext *C,
                                  std::vector<std::string> *SetColumns);
  PartitionSpec lowerPartitionSpec(P::PartitionSpecContext *C);
  PartitionBound lowerPartitionBound(P::PartitionBoundSpecContext *C);
  IndexElement lowerIndexElem(P::IndexElemContext *C);
  /// One sequence option of CREATE SEQUENCE (\p Seq), ALTER SEQUENCE or
  /// ALTER COLUMN (\p Act), or identity options (neither).
  void lowerSeqOption(P::SeqOptElemContext *C, SequenceOptions &Opts,
                      Sequence *Seq, AlterAction *Act);
  void lowerAlterTableCmd(P::AlterTableCmdContext *C);
  void lowerAlterColumn(P::AlterColumnContext *C);

  // Queries.
  RelPtr lowerSelectClause(P::SelectClauseContext *C);
  RelPtr lowerSimpleSelect(P::SimpleSelectContext *C);
  RelPtr lowerTableRef(P::TableRefContext *C);
  void lowerAlias(P::AliasClauseContext *C, std::string &Alias,
                  std::vector<std::string> &Columns);
  ExprPtr lowerGroupByItem(P::GroupByItemContext *C);
  ExprPtr lowerFuncApplication(P::FuncApplicationContext *C);
  ExprPtr lowerSpecialFunc(P::FuncExprCommonSubexprContext *C);
  /// XMLATTRIBUTES' and XMLFOREST's `value [AS label], ...` into \p F's
  /// arguments and labels; \p What names the values in diagnostics.
  void lowerXmlAttributeList(P::XmlAttributeListContext *C, FuncCall &F,
                             const char *What);
  /// XMLTABLE(...) in FROM.
  RelPtr lowerXmlTable(P::XmlTableContext *C);
  ExprPtr applyIndirection(ExprPtr Base, P::IndirectionContext *C);
  ExprPtr applyIndirection(ExprPtr Base,
                           const std::vector<P::IndirectionElContext *> &Els,
                           size_t First);
  ExprPtr makeQualOp(P::QualOpContext *Op, ExprPtr LHS, ExprPtr RHS);
  ExprPtr makeUnaryMinus(antlr4::Token *Op, ExprPtr E);
  ExprPtr makeTypecast(antlr4::tree::TerminalNode *Op, ExprPtr E,
                       P::TypeNameContext *T);
  ExprPtr makeDistinctFrom(antlr4::tree::TerminalNode *Is, bool Not, ExprPtr L,
                           ExprPtr R);
  ExprPtr lowerColumnRef(P::ColumnRefContext *C);

  const StatementTokens &In;
  bool StdStrings;
  LoweredStatement &Out;
  /// The schema a CREATE SCHEMA creates, when lowering one of its elements.
  std::string ElementSchema;
  /// Results of the visit methods.
  ExprPtr ExprResult;
  RelPtr RelResult;
  /// CTE names visible in the query being lowered, innermost last.
  std::vector<std::vector<std::string>> CteScopes;
  /// The RENAME TO / SET SCHEMA of the ALTER statement being lowered.
  std::unique_ptr<RenameChange> Rename;
  antlr4::ParserRuleContext *RenameClause = nullptr;
  /// CREATE SEQUENCE ... OWNED BY: where the owner is named.
  Location OwnedByLoc;
};

} // namespace pg
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESLOWERING_H
