//===- OracleLowering.cpp - Oracle parse trees into the IR ----------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "OracleLowering.h"

#include "OracleParser.h"
#include "OracleVocabulary.h"

#include "AntlrParseDriver.h"
#include "FastQueryParser.h"

#include "schemac/dialects/oracle/OracleDialect.h"
#include "schemac/ir/Column.h"
#include "schemac/ir/Constraint.h"
#include "schemac/ir/Index.h"
#include "schemac/ir/Sequence.h"
#include "schemac/ir/Table.h"
#include "schemac/ir/View.h"
#include "schemac/ir/Walk.h"

#include "llvm/ADT/StringExtras.h"

using namespace schemac;
using namespace schemac::oracle;
using P = OracleParser;
using L = OracleLexer;

//===----------------------------------------------------------------------===//
// Tokens and types
//===----------------------------------------------------------------------===//

std::string oracle::identifierValue(llvm::StringRef Buffer,
                                    const sql::Token &T) {
  llvm::StringRef Text = Buffer.slice(T.Begin, T.End);
  if (Text.size() >= 2 && Text.front() == '"')
    return Text.drop_front().drop_back().str();
  return Text.upper();
}

std::string oracle::stringValue(llvm::StringRef Buffer, const sql::Token &T) {
  llvm::StringRef Text = Buffer.slice(T.Begin, T.End);
  if (!Text.empty() && (Text.front() == 'n' || Text.front() == 'N'))
    Text = Text.drop_front();
  llvm::StringRef Body = Text.drop_front().drop_back();
  std::string R;
  R.reserve(Body.size());
  for (size_t I = 0; I < Body.size(); ++I) {
    R.push_back(Body[I]);
    if (Body[I] == '\'' && I + 1 < Body.size() && Body[I + 1] == '\'')
      ++I;
  }
  return R;
}

static bool isWordToken(uint16_t Type) {
  return Type == L::IDENT || Type == L::QUOTED_IDENT || isKeywordToken(Type);
}

bool oracle::readType(const sql::StatementTokens &In, unsigned &I, unsigned End,
                      DataType &Out) {
  unsigned Start = I;
  std::vector<std::string> Words, Mods;
  std::vector<std::string> Names; // as identifiers, for user types
  bool Quoted = false, SawArgs = false;
  while (I < End) {
    const sql::Token &T = In.Toks[I];
    if (isWordToken(T.Type)) {
      if (SawArgs && Words.size() == 1 && Words[0] != "timestamp" &&
          Words[0] != "interval")
        break;
      Quoted |= T.Type == L::QUOTED_IDENT;
      Words.push_back(In.Buffer.slice(T.Begin, T.End).lower());
      Names.push_back(identifierValue(In.Buffer, T));
      ++I;
      // schema.type
      if (I + 1 < End && In.Toks[I].Type == L::DOT &&
          isWordToken(In.Toks[I + 1].Type)) {
        Names.back() += ".";
        Names.back() += identifierValue(In.Buffer, In.Toks[I + 1]);
        Words.back() +=
            "." +
            In.Buffer.slice(In.Toks[I + 1].Begin, In.Toks[I + 1].End).lower();
        Quoted = true; // a qualified name is never a built-in type
        I += 2;
      }
      continue;
    }
    if (T.Type == L::LPAREN && !Words.empty()) {
      // (n [BYTE|CHAR] [, m]) or (*, m); only the first list is the
      // type's modifiers (INTERVAL DAY(2) TO SECOND(6) keeps none).
      unsigned J = I + 1;
      std::vector<std::string> Args;
      while (J < End && In.Toks[J].Type != L::RPAREN) {
        const sql::Token &A = In.Toks[J];
        if (A.Type == L::INTEGER || A.Type == L::STAR)
          Args.push_back(In.Buffer.slice(A.Begin, A.End).str());
        else if (A.Type == L::MINUS && J + 1 < End &&
                 In.Toks[J + 1].Type == L::INTEGER) {
          Args.push_back(
              "-" +
              In.Buffer.slice(In.Toks[J + 1].Begin, In.Toks[J + 1].End).str());
          ++J;
        }
        ++J;
      }
      if (J >= End)
        return false;
      if (!SawArgs)
        Mods = std::move(Args);
      SawArgs = true;
      I = J + 1;
      continue;
    }
    break;
  }
  if (Words.empty())
    return false;
  Out = DataType();
  Out.Spelling =
      In.Buffer.slice(In.Toks[Start].Begin, In.Toks[I - 1].End).str();
  std::string Key = llvm::join(Words, " ");
  if (!Quoted && oracle::readType(Key, Mods, Out))
    return true;
  // A user-defined (object, collection, REF) type: by its last name.
  Out.Kind = TypeKind::UserDefined;
  llvm::StringRef Full(Names.back());
  auto [Schema, Name] = Full.rsplit('.');
  Out.Name = Name.empty() ? QualifiedName(Schema.str())
                          : QualifiedName(Schema.str(), Name.str());
  return true;
}

//===----------------------------------------------------------------------===//
// The fast query parser's view of Oracle
//===----------------------------------------------------------------------===//

namespace {

class OracleFastParseHooks : public sql::FastParseHooks {
public:
  explicit OracleFastParseHooks(const sql::StatementTokens &In) : In(In) {}

  llvm::ArrayRef<sql::TokInfo> tokenInfos() const override {
    return getFastTokenInfos();
  }
  bool name(const sql::Token &T, std::string &Out) override {
    if (T.Type == L::STRING || T.Type == L::NATIONAL_STRING)
      return false;
    Out = identifierValue(In.Buffer, T);
    return !Out.empty();
  }
  bool stringValue(const sql::Token &T, std::string &Out) override {
    if (T.Type != L::STRING && T.Type != L::NATIONAL_STRING)
      return false;
    Out = oracle::stringValue(In.Buffer, T);
    return true;
  }
  bool typeName(unsigned &I, DataType &Out) override {
    return oracle::readType(In, I, In.N, Out);
  }
  const OperatorTable &operators() const override {
    return getOracleDialect().getOperators();
  }
  ExprPtr primary(unsigned &I) override;
  ExprPtr negate(Location Loc, ExprPtr Operand) override;

private:
  const sql::StatementTokens &In;
};

ExprPtr negateLiteral(Location Loc, ExprPtr Operand) {
  if (auto *Lit = llvm::dyn_cast<Literal>(Operand.get()))
    if ((Lit->LK == Literal::LitKind::Integer ||
         Lit->LK == Literal::LitKind::Numeric) &&
        !llvm::StringRef(Lit->Value).startswith("-")) {
      Lit->Value = "-" + Lit->Value;
      Lit->Loc = Loc;
      return Operand;
    }
  return std::make_unique<UnaryOp>(Loc, "-", std::move(Operand));
}

ExprPtr OracleFastParseHooks::negate(Location Loc, ExprPtr Operand) {
  return negateLiteral(Loc, std::move(Operand));
}

ExprPtr OracleFastParseHooks::primary(unsigned &I) {
  if (I >= In.N)
    return nullptr;
  const sql::Token &T = In.Toks[I];
  Location Loc(In.File, T.Line, T.Col);
  const char *Fn = nullptr;
  switch (T.Type) {
  // SYSDATE and CURRENT_DATE: the date and time of day, to the second,
  // without a zone (of the server and of the session).
  case L::K_SYSDATE:
  case L::K_CURRENT_DATE:
  case L::K_LOCALTIMESTAMP:
    Fn = "localtimestamp";
    break;
  case L::K_SYSTIMESTAMP:
  case L::K_CURRENT_TIMESTAMP:
    Fn = "current_timestamp";
    break;
  case L::K_DATE:
  case L::K_TIMESTAMP: {
    // DATE '2024-01-02', TIMESTAMP '2024-01-02 10:00:00'.
    if (I + 1 >= In.N || In.Toks[I + 1].Type != L::STRING)
      return nullptr;
    DataType Ty;
    oracle::readType(T.Type == L::K_DATE ? "date" : "timestamp", {}, Ty);
    auto Lit = std::make_unique<Literal>(
        Loc, Literal::LitKind::String,
        oracle::stringValue(In.Buffer, In.Toks[I + 1]));
    I += 2;
    return std::make_unique<Cast>(Loc, std::move(Lit), std::move(Ty),
                                  Cast::Syntax::TypedLiteral);
  }
  default:
    return nullptr;
  }
  ++I;
  if (I < In.N && In.Toks[I].Type == L::LPAREN)
    return nullptr; // SYSTIMESTAMP(3): precision not modelled
  auto F = std::make_unique<FuncCall>(Loc, std::vector<std::string>{Fn});
  F->Form = FuncCall::Syntax::NoParens;
  return F;
}

} // namespace

//===----------------------------------------------------------------------===//
// Table and index options
//===----------------------------------------------------------------------===//

namespace {

/// A clause of the physical properties and table properties that the IR
/// does not model: the words that start it, and the attribute key it is
/// kept under (oracle.<key>), whose value is the clause as written.
struct OptionClause {
  const char *Words; ///< lower case, one space apart
  const char *Key;
};
const OptionClause OptionClauses[] = {
    {"tablespace", "tablespace"},
    {"pctfree", "pctfree"},
    {"pctused", "pctused"},
    {"initrans", "initrans"},
    {"maxtrans", "maxtrans"},
    {"storage", "storage"},
    {"logging", "logging"},
    {"nologging", "logging"},
    {"compress", "compress"},
    {"nocompress", "compress"},
    {"row store compress", "compress"},
    {"column store compress", "compress"},
    {"cache", "cache"},
    {"nocache", "cache"},
    {"result_cache", "result_cache"},
    {"parallel", "parallel"},
    {"noparallel", "parallel"},
    {"monitoring", "monitoring"},
    {"nomonitoring", "monitoring"},
    {"segment creation", "segment_creation"},
    {"organization", "organization"},
    {"pctthreshold", "pctthreshold"},
    {"including", "including"},
    {"overflow", "overflow"},
    {"mapping table", "mapping_table"},
    {"enable row movement", "row_movement"},
    {"disable row movement", "row_movement"},
    {"lob", "lob"},
    {"partition by", "partition"},
    {"local", "partition"},
    {"global partition by", "partition"},
    {"inmemory", "inmemory"},
    {"no inmemory", "inmemory"},
    {"flashback archive", "flashback_archive"},
    {"no flashback archive", "flashback_archive"},
    {"default collation", "default_collation"},
    {"sharing", "sharing"},
    {"rowdependencies", "rowdependencies"},
    {"norowdependencies", "rowdependencies"},
    {"filesystem_like_logging", "filesystem_like_logging"},
    {"online", "online"},
    {"reverse", "reverse"},
    {"noreverse", "reverse"},
    {"compute statistics", "compute_statistics"},
    {"visible", "visible"},
    {"invisible", "visible"},
    {"sort", "sort"},
    {"nosort", "sort"},
};

} // namespace

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

class OracleLowering::Impl {
public:
  Impl(const sql::StatementTokens &In, LoweredStatement &Out)
      : In(In), Out(Out) {}

  void createTable(P::CreateTableStmtContext *C);
  void createIndex(P::CreateIndexStmtContext *C);
  void createView(P::CreateViewStmtContext *C);
  void createSequence(P::CreateSequenceStmtContext *C);
  void alterTable(P::AlterTableStmtContext *C);
  void comment(P::CommentStmtContext *C);
  void drop(P::DropStmtContext *C);

private:
  // Names and locations.
  Location loc(antlr4::Token *T) const {
    const sql::Token &K = sql::tokenOf(T);
    return Location(In.File, K.Line, K.Col);
  }
  Location loc(antlr4::ParserRuleContext *C) const {
    return loc(C->getStart());
  }
  Location locAt(unsigned I) const {
    return Location(In.File, In.Toks[I].Line, In.Toks[I].Col);
  }
  std::string text(antlr4::Token *T) const {
    const sql::Token &K = sql::tokenOf(T);
    return In.Buffer.slice(K.Begin, K.End).str();
  }
  /// The source text of tokens [First, Last].
  std::string sourceOf(unsigned First, unsigned Last) const {
    return In.Buffer.slice(In.Toks[First].Begin, In.Toks[Last].End).str();
  }
  std::string source(antlr4::ParserRuleContext *C) const {
    return In.Buffer
        .slice(sql::tokenOf(C->getStart()).Begin,
               sql::tokenOf(C->getStop()).End)
        .str();
  }
  static unsigned first(antlr4::ParserRuleContext *C) {
    return static_cast<unsigned>(C->getStart()->getTokenIndex());
  }
  /// One past the last token of \p C (its first token if it is empty).
  static unsigned end(antlr4::ParserRuleContext *C) {
    if (!C->getStop() ||
        C->getStop()->getTokenIndex() < C->getStart()->getTokenIndex())
      return first(C);
    return static_cast<unsigned>(C->getStop()->getTokenIndex()) + 1;
  }
  std::string name(antlr4::ParserRuleContext *C) const {
    return identifierValue(In.Buffer, sql::tokenOf(C->getStart()));
  }
  QualifiedName qualifiedName(P::QualifiedNameContext *C) const {
    auto Names = C->name();
    if (Names.size() >= 2)
      return QualifiedName(name(Names[Names.size() - 2]), name(Names.back()));
    return QualifiedName(name(Names[0]));
  }
  void unsupported(const std::string &What) {
    if (Out.Unsupported.empty())
      Out.Unsupported = What;
  }
  void warn(Location Loc, DiagID ID, std::vector<std::string> Args = {}) {
    Out.Diags.push_back(makeDiagnostic(Loc, ID, std::move(Args)));
  }

  /// Parses tokens [First, End) as one expression; null (and the statement
  /// unsupported) if the shared query parser does not take them.
  ExprPtr expression(unsigned First, unsigned End, llvm::StringRef What);
  /// Oracle's meaning of an expression in neutral terms: function names,
  /// '' as NULL, and warnings where Oracle's NULL strings matter.
  void neutralize(const Expr &E);
  /// Options: clauses of OptionClauses into \p Attrs, in order.
  void options(const std::vector<P::TableOptionContext *> &Opts,
               DialectAttributes &Attrs);

  DataType type(P::DataTypeContext *C);
  void column(P::ColumnDefContext *C, Column &Col,
              std::vector<Constraint> &Constraints);
  void columnItems(const std::vector<P::ColumnItemContext *> &Items,
                   Column &Col, std::vector<Constraint> &Constraints);
  void references(P::ReferencesClauseContext *C, Constraint &K);
  void states(const std::vector<P::ConstraintStateContext *> &States,
              Constraint &K);
  void tableConstraint(P::TableConstraintContext *C, Constraint &K);
  void sequenceOptions(const std::vector<P::SequenceOptionContext *> &Opts,
                       SequenceOptions &S, DialectAttributes &Attrs);

  const sql::StatementTokens &In;
  LoweredStatement &Out;
};

ExprPtr OracleLowering::Impl::expression(unsigned First, unsigned End,
                                         llvm::StringRef What) {
  if (End <= First) {
    unsupported("an empty " + What.str());
    return nullptr;
  }
  sql::StatementTokens Sub{In.Buffer, In.Toks + First, End - First, In.File};
  OracleFastParseHooks Hooks(Sub);
  sql::FastQueryParser Parser(Sub, Hooks);
  ExprPtr E = Parser.parseExpr();
  if (!E || Parser.Pos != Sub.N) {
    unsupported(What.str() + " '" + sourceOf(First, End - 1) + "'");
    return nullptr;
  }
  neutralize(*E);
  return E;
}

void OracleLowering::Impl::neutralize(const Expr &Root) {
  walk(Root, [&](const Expr &E) {
    if (auto *F = llvm::dyn_cast<FuncCall>(const_cast<Expr *>(&E))) {
      if (F->Name.size() == 1) {
        std::string Lower = llvm::StringRef(F->Name[0]).lower();
        llvm::StringRef Neutral = getNeutralFunction(Lower, F->Args.size());
        F->Name[0] = Neutral.empty() ? Lower : Neutral.str();
      }
      return;
    }
    if (auto *Lit = llvm::dyn_cast<Literal>(const_cast<Expr *>(&E))) {
      if (Lit->LK == Literal::LitKind::String && Lit->Value.empty()) {
        // '' is NULL in Oracle.
        Lit->LK = Literal::LitKind::Null;
        warn(Lit->Loc, DiagID::warn_oracle_empty_string);
      }
      return;
    }
    if (auto *B = llvm::dyn_cast<BinaryOp>(&E)) {
      if (B->OpKind == BinaryOpKind::Concat)
        warn(B->Loc, DiagID::warn_oracle_concat_null);
      return;
    }
    if (auto *C = llvm::dyn_cast<OpChain>(&E))
      for (const ChainLink &Link : C->Links)
        if (Link.OpKind == BinaryOpKind::Concat) {
          warn(C->Loc, DiagID::warn_oracle_concat_null);
          break;
        }
  });
}

void OracleLowering::Impl::options(
    const std::vector<P::TableOptionContext *> &Opts,
    DialectAttributes &Attrs) {
  // The options' tokens, by index.
  if (Opts.empty())
    return;
  unsigned I = first(Opts.front()), End = end(Opts.back());
  auto WordAt = [&](unsigned K) -> std::string {
    if (K >= End || !isWordToken(In.Toks[K].Type) ||
        In.Toks[K].Type == L::QUOTED_IDENT)
      return "";
    return In.Buffer.slice(In.Toks[K].Begin, In.Toks[K].End).lower();
  };
  // The clause starting at K: its row and number of words.
  auto Match = [&](unsigned K, unsigned &Words) -> const OptionClause * {
    const OptionClause *Best = nullptr;
    Words = 0;
    for (const OptionClause &O : OptionClauses) {
      llvm::SmallVector<llvm::StringRef, 4> Parts;
      llvm::StringRef(O.Words).split(Parts, ' ');
      bool Ok = true;
      for (unsigned W = 0; W < Parts.size() && Ok; ++W)
        Ok = WordAt(K + W) == Parts[W];
      if (Ok && Parts.size() > Words) {
        Best = &O;
        Words = Parts.size();
      }
    }
    return Best;
  };
  while (I < End) {
    unsigned Words;
    const OptionClause *O = Match(I, Words);
    if (!O) {
      std::string W = WordAt(I);
      if (W == "as")
        unsupported("CREATE TABLE ... AS");
      else if (W == "on" && WordAt(I + 1) == "commit")
        Words = 2; // handled by the caller (ON COMMIT ... ROWS)
      else
        unsupported("the clause '" + sourceOf(I, End - 1) + "'");
      if (!Words)
        return;
    }
    // The clause runs to the next clause at depth 0.
    unsigned Start = I, Depth = 0;
    I += Words;
    while (I < End) {
      uint16_t T = In.Toks[I].Type;
      if (T == L::LPAREN)
        ++Depth;
      else if (T == L::RPAREN && Depth)
        --Depth;
      else if (Depth == 0) {
        unsigned W;
        if (Match(I, W) || (WordAt(I) == "on" && WordAt(I + 1) == "commit"))
          break;
      }
      ++I;
    }
    if (!O) {
      // ON COMMIT DELETE|PRESERVE ROWS of a temporary table.
      setAttribute(Attrs, "oracle.on_commit", sourceOf(Start, I - 1));
      continue;
    }
    setAttribute(Attrs, std::string("oracle.") + O->Key,
                 sourceOf(Start, I - 1));
  }
}

DataType OracleLowering::Impl::type(P::DataTypeContext *C) {
  unsigned I = first(C);
  DataType T;
  if (!oracle::readType(In, I, end(C), T) || I != end(C))
    unsupported("the type '" + source(C) + "'");
  if (T.Kind == TypeKind::UserDefined)
    unsupported("the object type column type '" + source(C) + "'");
  return T;
}

void OracleLowering::Impl::references(P::ReferencesClauseContext *C,
                                      Constraint &K) {
  K.K = Constraint::Kind::ForeignKey;
  K.RefTable = qualifiedName(C->qualifiedName());
  for (P::NameContext *N : C->name())
    K.RefColumns.push_back(name(N));
  if (C->K_DELETE())
    K.OnDelete =
        C->K_CASCADE() ? ForeignKeyAction::Cascade : ForeignKeyAction::SetNull;
}

void OracleLowering::Impl::states(
    const std::vector<P::ConstraintStateContext *> &States, Constraint &K) {
  bool Disabled = false, NoValidate = false;
  for (P::ConstraintStateContext *S : States) {
    if (auto *D = dynamic_cast<P::CSDeferrableContext *>(S)) {
      K.Deferrable = D->K_NOT() == nullptr;
    } else if (auto *I = dynamic_cast<P::CSInitiallyContext *>(S)) {
      K.InitiallyDeferred = I->K_DEFERRED() != nullptr;
    } else if (auto *E = dynamic_cast<P::CSEnableContext *>(S)) {
      Disabled = E->K_DISABLE() != nullptr;
    } else if (auto *V = dynamic_cast<P::CSValidateContext *>(S)) {
      NoValidate = V->K_NOVALIDATE() != nullptr;
    } else if (auto *R = dynamic_cast<P::CSRelyContext *>(S)) {
      if (R->K_RELY())
        setAttribute(K.Attributes, "oracle.rely", "RELY");
    } else if (auto *U = dynamic_cast<P::CSUsingIndexContext *>(S)) {
      setAttribute(K.Attributes, "oracle.using_index", source(U));
    }
  }
  // A disabled constraint is not checked at all: no other dialect has one.
  if (Disabled)
    unsupported("a DISABLE'd constraint");
  // ENABLE NOVALIDATE checks new rows only: PostgreSQL's NOT VALID.
  K.NotValid = NoValidate;
}

void OracleLowering::Impl::columnItems(
    const std::vector<P::ColumnItemContext *> &Items, Column &Col,
    std::vector<Constraint> &Constraints) {
  for (P::ColumnItemContext *CI : Items) {
    if (auto *D = dynamic_cast<P::ColDefaultContext *>(CI)) {
      P::DefaultExprContext *X = D->defaultExpr();
      if (D->K_ON())
        setAttribute(Col.details().Attributes, "oracle.default_on_null",
                     "DEFAULT ON NULL");
      if (X->K_NULL()) {
        Col.Default =
            std::make_unique<Literal>(loc(X), Literal::LitKind::Null, "");
        continue;
      }
      Col.Default = expression(first(X), end(X), "the default");
    } else if (auto *Id = dynamic_cast<P::ColIdentityContext *>(CI)) {
      Column::Identity Ident;
      Ident.Always = Id->K_BY() == nullptr;
      if (Id->K_ON())
        setAttribute(Col.details().Attributes, "oracle.identity_on_null",
                     "ON NULL");
      sequenceOptions(Id->sequenceOption(), Ident.Options,
                      Col.details().Attributes);
      Col.Ident.emplace(std::move(Ident));
      Col.NotNull = true;
    } else if (auto *V = dynamic_cast<P::ColVirtualContext *>(CI)) {
      Column::Generated Gen;
      Gen.Expression = expression(first(V->balanced()), end(V->balanced()),
                                  "the virtual column expression");
      Gen.Virtual = true;
      Col.details().Generation = std::move(Gen);
    } else if (auto *Co = dynamic_cast<P::ColCollateContext *>(CI)) {
      Col.details().Collation = QualifiedName(name(Co->name()));
    } else if (dynamic_cast<P::ColFlagContext *>(CI)) {
      std::string Flag = llvm::StringRef(source(CI)).upper();
      if (Flag == "INVISIBLE")
        setAttribute(Col.details().Attributes, "oracle.visibility", Flag);
      else if (Flag == "SORT")
        setAttribute(Col.details().Attributes, "oracle.sort", Flag);
    } else if (auto *IC = dynamic_cast<P::ColConstraintContext *>(CI)) {
      P::InlineConstraintContext *X = IC->inlineConstraint();
      Constraint K;
      K.Loc = loc(X);
      if (X->name())
        K.Name = name(X->name());
      K.ColumnLevel = Col.Name;
      K.Columns = {Col.Name};
      P::InlineConstraintBodyContext *B = X->inlineConstraintBody();
      if (dynamic_cast<P::ICNotNullContext *>(B)) {
        // A named or stated NOT NULL is a constraint of Oracle's catalog;
        // the IR keeps the column's nullability (and the name, as an
        // attribute, for Oracle).
        Col.NotNull = true;
        if (X->name())
          setAttribute(Col.details().Attributes, "oracle.not_null_name",
                       K.Name);
        states(X->constraintState(), K);
        continue;
      }
      if (dynamic_cast<P::ICNullContext *>(B)) {
        Col.ExplicitNull = true;
        continue;
      }
      if (dynamic_cast<P::ICUniqueContext *>(B)) {
        K.K = Constraint::Kind::Unique;
      } else if (dynamic_cast<P::ICPrimaryKeyContext *>(B)) {
        K.K = Constraint::Kind::PrimaryKey;
      } else if (auto *R = dynamic_cast<P::ICReferencesContext *>(B)) {
        references(R->referencesClause(), K);
      } else if (auto *Ck = dynamic_cast<P::ICCheckContext *>(B)) {
        K.K = Constraint::Kind::Check;
        K.Check =
            expression(first(Ck->balanced()), end(Ck->balanced()), "the check");
      }
      states(X->constraintState(), K);
      Constraints.push_back(std::move(K));
    }
  }
}

void OracleLowering::Impl::column(P::ColumnDefContext *C, Column &Col,
                                  std::vector<Constraint> &Constraints) {
  Col.Loc = loc(C);
  Col.Name = name(C->name());
  bool Virtual = llvm::any_of(C->columnItem(), [](P::ColumnItemContext *CI) {
    return dynamic_cast<P::ColVirtualContext *>(CI) != nullptr;
  });
  if (P::DataTypeContext *T = C->dataType())
    Col.Type = type(T);
  else if (Virtual)
    Col.Type = DataType(TypeKind::Unknown); // the expression's type
  else
    unsupported("a column without a type");
  columnItems(C->columnItem(), Col, Constraints);
  if (Virtual && !C->dataType())
    unsupported("a virtual column without a declared type");
}

void OracleLowering::Impl::tableConstraint(P::TableConstraintContext *C,
                                           Constraint &K) {
  K.Loc = loc(C);
  if (C->name())
    K.Name = name(C->name());
  P::TableConstraintBodyContext *B = C->tableConstraintBody();
  if (auto *PK = dynamic_cast<P::TCPrimaryKeyContext *>(B)) {
    K.K = Constraint::Kind::PrimaryKey;
    for (P::NameContext *N : PK->name())
      K.Columns.push_back(name(N));
  } else if (auto *U = dynamic_cast<P::TCUniqueContext *>(B)) {
    K.K = Constraint::Kind::Unique;
    for (P::NameContext *N : U->name())
      K.Columns.push_back(name(N));
  } else if (auto *Ck = dynamic_cast<P::TCCheckContext *>(B)) {
    K.K = Constraint::Kind::Check;
    K.Check =
        expression(first(Ck->balanced()), end(Ck->balanced()), "the check");
  } else if (auto *FK = dynamic_cast<P::TCForeignKeyContext *>(B)) {
    for (P::NameContext *N : FK->name())
      K.Columns.push_back(name(N));
    references(FK->referencesClause(), K);
  }
  states(C->constraintState(), K);
}

/// The value of \p C as an int64; false if it does not fit.
static bool signedValue(llvm::StringRef Text, int64_t &V) {
  return !Text.getAsInteger(10, V);
}

void OracleLowering::Impl::sequenceOptions(
    const std::vector<P::SequenceOptionContext *> &Opts, SequenceOptions &S,
    DialectAttributes &Attrs) {
  for (P::SequenceOptionContext *O : Opts) {
    auto Value = [&](P::SignedIntegerContext *N, std::optional<int64_t> &Field,
                     llvm::StringRef Key) {
      std::string T = source(N);
      llvm::erase_if(T, [](char C) {
        return C == ' ' || C == '\t' || C == '\n' || C == '\r';
      });
      int64_t V;
      if (signedValue(T, V)) {
        Field = V;
        return true;
      }
      // Beyond 64 bits: Oracle's default bounds are 28 digits. Kept for
      // Oracle; other targets have their type's bound.
      setAttribute(Attrs, ("oracle." + Key).str(), source(O));
      return false;
    };
    if (auto *X = dynamic_cast<P::SeqStartContext *>(O)) {
      if (!Value(X->signedInteger(), S.Start, "start"))
        unsupported("a START WITH beyond 64 bits");
    } else if (auto *X = dynamic_cast<P::SeqIncrementContext *>(O)) {
      if (!Value(X->signedInteger(), S.Increment, "increment"))
        unsupported("an INCREMENT BY beyond 64 bits");
    } else if (auto *X = dynamic_cast<P::SeqMaxValueContext *>(O)) {
      if (!Value(X->signedInteger(), S.MaxValue, "maxvalue"))
        S.NoMaxValue = true;
    } else if (auto *X = dynamic_cast<P::SeqMinValueContext *>(O)) {
      if (!Value(X->signedInteger(), S.MinValue, "minvalue"))
        S.NoMinValue = true;
    } else if (auto *X = dynamic_cast<P::SeqCacheContext *>(O)) {
      int64_t V;
      if (signedValue(text(X->INTEGER()->getSymbol()), V))
        S.Cache = V;
      else
        unsupported("a CACHE beyond 64 bits");
    } else {
      std::string W = llvm::StringRef(source(O)).upper();
      if (W == "NOMAXVALUE")
        S.NoMaxValue = true;
      else if (W == "NOMINVALUE")
        S.NoMinValue = true;
      else if (W == "NOCACHE")
        S.Cache = 1; // no values allocated ahead: PostgreSQL's CACHE 1
      else if (W == "CYCLE")
        S.Cycle = true;
      else if (W == "NOCYCLE")
        S.Cycle = false;
      else if (W == "ORDER" || W == "NOORDER")
        setAttribute(Attrs, "oracle.order", W);
      else if (W == "KEEP" || W == "NOKEEP")
        setAttribute(Attrs, "oracle.keep", W);
      else if (W == "SESSION" || W == "GLOBAL")
        setAttribute(Attrs, "oracle.scope", W);
      else
        setAttribute(Attrs, "oracle.scale", source(O));
    }
  }
}

void OracleLowering::Impl::createTable(P::CreateTableStmtContext *C) {
  auto T = std::make_unique<Table>(loc(C->qualifiedName()),
                                   qualifiedName(C->qualifiedName()));
  if (C->K_TEMPORARY()) {
    if (C->K_PRIVATE())
      unsupported("a private temporary table");
    T->Persist = Table::Persistence::Temporary;
    // A global temporary table's rows go at COMMIT unless it says.
    T->OnCommit = "DELETE ROWS";
  }
  if (C->relationalItem().empty())
    unsupported("a table without a column list");
  for (P::RelationalItemContext *R : C->relationalItem()) {
    if (P::ColumnDefContext *CD = R->columnDef()) {
      Column Col;
      column(CD, Col, T->Constraints);
      T->Columns.push_back(std::move(Col));
    } else {
      Constraint K;
      tableConstraint(R->tableConstraint(), K);
      T->Constraints.push_back(std::move(K));
    }
  }
  options(C->tableOption(), T->Attributes);
  if (const std::string *OnCommit =
          findAttribute(T->Attributes, "oracle.on_commit")) {
    if (T->Persist != Table::Persistence::Temporary)
      unsupported("ON COMMIT of a permanent table");
    T->OnCommit =
        llvm::StringRef(*OnCommit).upper().find("PRESERVE") != std::string::npos
            ? "PRESERVE ROWS"
            : "DELETE ROWS";
    llvm::erase_if(T->Attributes, [](const auto &KV) {
      return KV.first == "oracle.on_commit";
    });
  }
  Out.Change = std::make_unique<CreateChange>(Out.Loc, std::move(T));
}

void OracleLowering::Impl::createIndex(P::CreateIndexStmtContext *C) {
  auto Names = C->qualifiedName();
  QualifiedName Name = qualifiedName(Names[0]);
  auto I =
      std::make_unique<Index>(loc(Names[0]), Name, qualifiedName(Names[1]));
  I->Unique = C->K_UNIQUE() != nullptr;
  if (C->K_BITMAP())
    setAttribute(I->Attributes, "oracle.bitmap", "BITMAP");
  if (C->name())
    unsupported("a table alias in CREATE INDEX");
  for (P::IndexElemContext *IE : C->indexElem()) {
    IndexElement E;
    E.Loc = loc(IE);
    auto Toks = IE->indexToken();
    unsigned F = first(Toks.front()), End = end(Toks.back());
    if (End == F + 1 &&
        (In.Toks[F].Type == L::IDENT || In.Toks[F].Type == L::QUOTED_IDENT ||
         isKeywordToken(In.Toks[F].Type))) {
      E.Column = identifierValue(In.Buffer, In.Toks[F]);
    } else {
      E.Expression = expression(F, End, "the index key");
      // A function-based index on a column in parentheses is the column.
      if (auto *Ref = llvm::dyn_cast_or_null<ColumnRef>(E.Expression.get());
          Ref && Ref->Path.size() == 1 && !Ref->Star) {
        E.Column = Ref->Path[0];
        E.Expression.reset();
      }
    }
    if (IE->K_DESC())
      E.Direction = SortDirection::Desc;
    else if (IE->K_ASC())
      E.Direction = SortDirection::Asc;
    I->Elements.push_back(std::move(E));
  }
  options(C->tableOption(), I->Attributes);
  Out.Change = std::make_unique<CreateChange>(Out.Loc, std::move(I));
}

void OracleLowering::Impl::createView(P::CreateViewStmtContext *C) {
  auto V = std::make_unique<View>(loc(C->qualifiedName()),
                                  qualifiedName(C->qualifiedName()), false);
  V->OrReplace = C->K_REPLACE() != nullptr;
  if (C->K_FORCE() && !C->K_NO())
    setAttribute(V->Attributes, "oracle.force", "FORCE");
  auto Head = C->viewHead();
  if (Head.size() == 1 && Head[0]->balanced()) {
    P::BalancedContext *B = Head[0]->balanced();
    unsigned I = first(B), End = end(B);
    while (I < End) {
      if (!isWordToken(In.Toks[I].Type) ||
          (I + 1 < End && In.Toks[I + 1].Type != L::COMMA)) {
        unsupported("view column constraints");
        break;
      }
      V->ColumnNames.push_back(identifierValue(In.Buffer, In.Toks[I]));
      I += 2;
    }
  } else if (!Head.empty()) {
    unsupported("an object view");
  }
  P::ViewQueryContext *Q = C->viewQuery();
  unsigned F = first(Q), End = end(Q);
  // WITH READ ONLY / WITH CHECK OPTION [CONSTRAINT name] at the end.
  for (unsigned K = F; K + 1 < End; ++K) {
    if (In.Toks[K].Type != L::K_WITH)
      continue;
    std::string Next =
        In.Buffer.slice(In.Toks[K + 1].Begin, In.Toks[K + 1].End).lower();
    if (Next == "read") {
      setAttribute(V->Attributes, "oracle.read_only", sourceOf(K, End - 1));
      End = K;
      break;
    }
    if (Next == "check") {
      V->WithCheckOption = true;
      if (K + 3 < End)
        setAttribute(V->Attributes, "oracle.check_option_constraint",
                     sourceOf(K + 3, End - 1));
      End = K;
      break;
    }
  }
  sql::StatementTokens Query{In.Buffer, In.Toks + F, End - F, In.File};
  OracleFastParseHooks Hooks(Query);
  sql::FastQueryParser Parser(Query, Hooks);
  RelPtr R = Parser.parseQuery();
  if (!R || Parser.Pos != Query.N) {
    unsupported("the query of view '" + V->getName().str() + "'");
  } else {
    walk(*R, [&](const Expr &E) { neutralize(E); });
    V->Query = std::move(R);
  }
  Out.Change = std::make_unique<CreateChange>(Out.Loc, std::move(V));
}

void OracleLowering::Impl::createSequence(P::CreateSequenceStmtContext *C) {
  auto S = std::make_unique<Sequence>(loc(C->qualifiedName()),
                                      qualifiedName(C->qualifiedName()));
  sequenceOptions(C->sequenceOption(), S->Options, S->Attributes);
  Out.Change = std::make_unique<CreateChange>(Out.Loc, std::move(S));
}

void OracleLowering::Impl::alterTable(P::AlterTableStmtContext *C) {
  NameRef Target{qualifiedName(C->qualifiedName()), loc(C->qualifiedName())};
  auto Actions = C->alterAction();
  if (Actions.size() == 1)
    if (auto *R = dynamic_cast<P::RenameTableContext *>(Actions[0])) {
      auto Ch =
          std::make_unique<RenameChange>(Out.Loc, Target, TargetKind::Table);
      Ch->NewName = name(R->name());
      Out.Change = std::move(Ch);
      return;
    }
  auto Ch = std::make_unique<AlterChange>(Out.Loc, Target, TargetKind::Table);
  auto AddItem = [&](P::AddItemContext *Item, Location Lc) {
    if (P::ColumnDefContext *CD = Item->columnDef()) {
      AlterAction Act(AlterAction::Kind::AddColumn, Lc);
      Act.Col = std::make_unique<Column>();
      column(CD, *Act.Col, Act.Constraints);
      Act.Name = Act.Col->Name;
      Act.NameLoc = Act.Col->Loc;
      Ch->Actions.push_back(std::move(Act));
      return;
    }
    AlterAction Act(AlterAction::Kind::AddConstraint, Lc);
    Constraint K;
    tableConstraint(Item->tableConstraint(), K);
    Act.Constraints.push_back(std::move(K));
    Ch->Actions.push_back(std::move(Act));
  };
  auto ModifyItem = [&](P::ModifyItemContext *M, Location Lc) {
    std::string Col = name(M->name());
    Location NL = loc(M->name());
    auto Push = [&](AlterAction::Kind K) -> AlterAction & {
      AlterAction Act(K, Lc);
      Act.Name = Col;
      Act.NameLoc = NL;
      Ch->Actions.push_back(std::move(Act));
      return Ch->Actions.back();
    };
    if (P::DataTypeContext *T = M->dataType())
      Push(AlterAction::Kind::AlterColumnType).Type =
          std::make_unique<DataType>(type(T));
    Column Scratch;
    Scratch.Name = Col;
    std::vector<Constraint> Constraints;
    columnItems(M->columnItem(), Scratch, Constraints);
    if (Scratch.Default) {
      AlterAction &A = Push(AlterAction::Kind::SetDefault);
      A.Expression = std::move(Scratch.Default);
    }
    if (Scratch.NotNull && !Scratch.Ident)
      Push(AlterAction::Kind::SetNotNull);
    if (Scratch.ExplicitNull)
      Push(AlterAction::Kind::DropNotNull);
    if (Scratch.Ident || Scratch.More)
      unsupported("MODIFY of a column's identity, expression or options");
    for (Constraint &K : Constraints) {
      AlterAction &A = Push(AlterAction::Kind::AddConstraint);
      A.Constraints.push_back(std::move(K));
    }
  };
  for (P::AlterActionContext *A : Actions) {
    Location Lc = loc(A);
    if (auto *X = dynamic_cast<P::AddListContext *>(A)) {
      for (P::AddItemContext *Item : X->addItem())
        AddItem(Item, Lc);
    } else if (auto *X = dynamic_cast<P::AddOneContext *>(A)) {
      AddItem(X->addItem(), Lc);
    } else if (auto *X = dynamic_cast<P::ModifyListContext *>(A)) {
      for (P::ModifyItemContext *M : X->modifyItem())
        ModifyItem(M, Lc);
    } else if (auto *X = dynamic_cast<P::ModifyOneContext *>(A)) {
      ModifyItem(X->modifyItem(), Lc);
    } else if (auto *X = dynamic_cast<P::DropColumnContext *>(A)) {
      AlterAction Act(AlterAction::Kind::DropColumn, Lc);
      Act.Name = name(X->name());
      Act.NameLoc = loc(X->name());
      Act.Cascade = X->K_CASCADE() != nullptr;
      Ch->Actions.push_back(std::move(Act));
    } else if (auto *X = dynamic_cast<P::DropConstraintContext *>(A)) {
      AlterAction Act(AlterAction::Kind::DropConstraint, Lc);
      Act.Name = name(X->name());
      Act.NameLoc = loc(X->name());
      Act.Cascade = X->K_CASCADE() != nullptr;
      Ch->Actions.push_back(std::move(Act));
    } else if (auto *X = dynamic_cast<P::RenameColumnContext *>(A)) {
      AlterAction Act(AlterAction::Kind::RenameColumn, Lc);
      Act.Name = name(X->name(0));
      Act.NameLoc = loc(X->name(0));
      Act.NewName = name(X->name(1));
      Ch->Actions.push_back(std::move(Act));
    } else if (auto *X = dynamic_cast<P::RenameConstraintContext *>(A)) {
      AlterAction Act(AlterAction::Kind::RenameConstraint, Lc);
      Act.Name = name(X->name(0));
      Act.NameLoc = loc(X->name(0));
      Act.NewName = name(X->name(1));
      Ch->Actions.push_back(std::move(Act));
    } else {
      unsupported("ALTER TABLE " + llvm::StringRef(source(A)).upper());
    }
  }
  Out.Change = std::move(Ch);
}

void OracleLowering::Impl::comment(P::CommentStmtContext *C) {
  P::CommentKindContext *K = C->commentKind();
  auto Names = C->qualifiedName()->name();
  std::string Text =
      oracle::stringValue(In.Buffer, sql::tokenOf(C->STRING()->getSymbol()));
  if (K->K_TABLE()) {
    auto Ch = std::make_unique<CommentChange>(
        Out.Loc, TargetKind::Relation,
        NameRef{qualifiedName(C->qualifiedName()), loc(C->qualifiedName())});
    // Oracle's '' is NULL: COMMENT ... IS '' removes the comment.
    if (!Text.empty())
      Ch->Text = Text;
    Out.Change = std::move(Ch);
    return;
  }
  if (K->K_COLUMN() && Names.size() >= 2) {
    QualifiedName Table = Names.size() == 3
                              ? QualifiedName(name(Names[0]), name(Names[1]))
                              : QualifiedName(name(Names[0]));
    auto Ch = std::make_unique<CommentChange>(
        Out.Loc, TargetKind::Relation, NameRef{Table, loc(C->qualifiedName())});
    Ch->On = CommentChange::Part::Column;
    Ch->PartName = name(Names.back());
    if (!Text.empty())
      Ch->Text = Text;
    Out.Change = std::move(Ch);
    return;
  }
  unsupported("COMMENT ON " + llvm::StringRef(source(K)).upper());
  Out.Change = std::make_unique<CommentChange>(
      Out.Loc, TargetKind::Opaque,
      NameRef{qualifiedName(C->qualifiedName()), loc(C->qualifiedName())});
}

void OracleLowering::Impl::drop(P::DropStmtContext *C) {
  P::DropKindContext *K = C->dropKind();
  NameRef N{qualifiedName(C->qualifiedName()), loc(C->qualifiedName())};
  TargetKind TK = K->K_TABLE()   ? TargetKind::Table
                  : K->K_INDEX() ? TargetKind::Index
                  : K->K_VIEW()  ? TargetKind::View
                                 : TargetKind::Sequence;
  auto D = std::make_unique<DropChange>(Out.Loc, TK);
  Out.CascadeConstraints = C->K_CONSTRAINTS() != nullptr;
  D->Names.push_back(std::move(N));
  Out.Change = std::move(D);
}

//===----------------------------------------------------------------------===//
// Entry
//===----------------------------------------------------------------------===//

void OracleLowering::lowerStatement(StmtKind K,
                                    antlr4::ParserRuleContext *Root) {
  Impl I(In, Out);
  switch (K) {
  case StmtKind::CreateTable:
    I.createTable(static_cast<P::CreateTableStmtContext *>(Root));
    break;
  case StmtKind::CreateIndex:
    I.createIndex(static_cast<P::CreateIndexStmtContext *>(Root));
    break;
  case StmtKind::CreateView:
    I.createView(static_cast<P::CreateViewStmtContext *>(Root));
    break;
  case StmtKind::CreateSequence:
    I.createSequence(static_cast<P::CreateSequenceStmtContext *>(Root));
    break;
  case StmtKind::AlterTable:
    I.alterTable(static_cast<P::AlterTableStmtContext *>(Root));
    break;
  case StmtKind::Comment:
    I.comment(static_cast<P::CommentStmtContext *>(Root));
    break;
  case StmtKind::Drop:
    I.drop(static_cast<P::DropStmtContext *>(Root));
    break;
  default:
    llvm_unreachable("not a parsed kind");
  }
}
