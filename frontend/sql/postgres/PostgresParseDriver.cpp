//===- PostgresParseDriver.cpp - Parse a PostgreSQL statement -------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "PostgresParseDriver.h"

#include "PostgresLexer.h"
#include "PostgresParser.h"

using namespace schemac;
using namespace schemac::pg;
using P = PostgresParser;

namespace {

/// The rule of each parsed statement kind.
struct Rule {
  StmtKind Kind;
  size_t Index;
  antlr4::ParserRuleContext *(*Enter)(P &);
};

#define PG_RULE(Kind, Name)                                                    \
  {                                                                            \
    StmtKind::Kind, P::Rule##Kind##Stmt,                                       \
        [](P &Parser) -> antlr4::ParserRuleContext * { return Parser.Name(); } \
  }
const Rule Rules[] = {
    PG_RULE(CreateSchema, createSchemaStmt),
    PG_RULE(CreateTable, createTableStmt),
    PG_RULE(CreateIndex, createIndexStmt),
    PG_RULE(CreateView, createViewStmt),
    PG_RULE(CreateMatView, createMatViewStmt),
    PG_RULE(CreateSequence, createSequenceStmt),
    PG_RULE(CreateEnum, createEnumStmt),
    PG_RULE(CreateDomain, createDomainStmt),
    PG_RULE(AlterTable, alterTableStmt),
    PG_RULE(AlterIndex, alterIndexStmt),
    PG_RULE(AlterView, alterViewStmt),
    PG_RULE(AlterSequence, alterSequenceStmt),
    PG_RULE(AlterType, alterTypeStmt),
    PG_RULE(AlterDomain, alterDomainStmt),
    PG_RULE(AlterSchema, alterSchemaStmt),
    PG_RULE(Comment, commentStmt),
    PG_RULE(Drop, dropStmt),
    PG_RULE(Set, setStmt),
    PG_RULE(Reset, resetStmt),
};
#undef PG_RULE

// PredictionTableHash and PredictionTableWords: the prediction DFA of the
// training set (scripts/gen-prediction-table.sh).
#include "PostgresPredictionTable.inc"

const sql::AntlrPredictionTable PredictionTable{PredictionTableHash,
                                                PredictionTableWords};

/// The binary operator alternatives whose chains PostgresLowering lowers
/// into one OpChain (PostgresLowering::chainNode).
bool isChainOperator(const antlr4::ParserRuleContext *C) {
  const std::type_info &T = typeid(*C);
  return T == typeid(P::ABinaryContext) || T == typeid(P::AQualOpContext) ||
         T == typeid(P::AAndContext) || T == typeid(P::AOrContext) ||
         T == typeid(P::AAtTimeZoneContext) || T == typeid(P::BBinaryContext) ||
         T == typeid(P::BQualOpContext);
}

bool isQueryRule(size_t Rule) {
  switch (Rule) {
  case P::RuleSelectStmt:
  case P::RuleSelectWithParens:
  case P::RuleSelectNoParens:
  case P::RuleSelectClause:
  case P::RuleSimpleSelect:
  case P::RuleWithClause:
  case P::RuleFromClause:
  case P::RuleTableRef:
    return true;
  default:
    return false;
  }
}

sql::AntlrGrammarInfo grammarInfo() {
  sql::AntlrGrammarInfo G;
  G.DisplayName = getTokenDisplayName;
  G.IsKeyword = isKeywordToken;
  G.Eof = tok::Eof;
  G.Ident = tok::Ident;
  G.IdentifierTokens = {tok::QuotedIdent, tok::UnicodeQuotedIdent};
  G.NameKeywordRules = {P::RuleUnreservedKeyword, P::RuleColNameKeyword,
                        P::RuleTypeFuncNameKeyword};
  G.Table = &PredictionTable;
  G.IsChainOperator = isChainOperator;
  G.IsQueryRule = isQueryRule;
  return G;
}

} // namespace

PostgresParseDriver::PostgresParseDriver() = default;
PostgresParseDriver::~PostgresParseDriver() = default;

sql::AntlrParseDriver &PostgresParseDriver::getDriver() {
  if (!Driver)
    Driver = std::make_unique<sql::AntlrParseDriver>(
        [](antlr4::TokenStream *S) -> std::unique_ptr<sql::AntlrParserBase> {
          return std::make_unique<P>(S);
        },
        grammarInfo());
  return *Driver;
}

antlr4::ParserRuleContext *
PostgresParseDriver::parse(StmtKind K, const StatementTokens &In,
                           std::vector<Diagnostic> &Diags) {
  static_assert(static_cast<unsigned>(StmtKind::Reset) + 1 == std::size(Rules),
                "a rule for each parsed kind, in StmtKind order");
  const Rule &R = Rules[static_cast<unsigned>(K)];
  assert(R.Kind == K && "a parsed kind");
  sql::AntlrParseDriver &D = getDriver();
  auto &Parser = static_cast<P &>(D.getParser());
  return D.parse(
      R.Index, [&] { return R.Enter(Parser); }, In, Diags);
}
