//===- PostgresLowering.cpp - Statements into IR pieces -------------------===//
//
// Part of schemac. The DDL statements: CREATE, ALTER, COMMENT, DROP, SET.
//
//===----------------------------------------------------------------------===//

#include "PostgresLowering.h"
#include "PostgresText.h"
#include "schemac/dialects/postgres/PostgresDialect.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSwitch.h"

using namespace schemac;
using namespace schemac::pg;
using P = PostgresParser;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

Location PostgresLowering::loc(antlr4::Token *T) const {
  const PgToken &PT = pgToken(T);
  return Location(In.File, PT.Line, PT.Col);
}

Location PostgresLowering::loc(antlr4::ParserRuleContext *C) const {
  return loc(C->getStart());
}

SourceRange PostgresLowering::range(antlr4::ParserRuleContext *C) const {
  const PgToken &S = pgToken(C->getStart());
  antlr4::Token *StopTok = C->getStop() ? C->getStop() : C->getStart();
  const PgToken &E = pgToken(StopTok);
  return SourceRange(Location(In.File, S.Line, S.Col),
                     Location(In.File, E.Line, E.Col + E.size()));
}

llvm::StringRef PostgresLowering::text(antlr4::Token *T) const {
  const PgToken &PT = pgToken(T);
  return In.Buffer.substr(PT.Begin, PT.size());
}

llvm::StringRef PostgresLowering::text(antlr4::ParserRuleContext *C) const {
  const PgToken &S = pgToken(C->getStart());
  antlr4::Token *StopTok = C->getStop() ? C->getStop() : C->getStart();
  const PgToken &E = pgToken(StopTok);
  if (E.End < S.Begin)
    return "";
  return In.Buffer.slice(S.Begin, E.End);
}

std::string
PostgresLowering::normalizedText(antlr4::ParserRuleContext *C) const {
  size_t First = C->getStart()->getTokenIndex();
  size_t Last = C->getStop() ? C->getStop()->getTokenIndex() : First;
  return normalizedText(First, Last);
}

std::string PostgresLowering::normalizedText(size_t First, size_t Last) const {
  std::string R;
  for (size_t I = First; I <= Last && I < In.N; ++I) {
    const PgToken &T = In.Toks[I];
    if (I != First && T.Begin > In.Toks[I - 1].End)
      R += ' ';
    R += In.Buffer.substr(T.Begin, T.size());
  }
  return R;
}

void PostgresLowering::error(Location L, DiagID ID,
                             std::vector<std::string> Args) {
  Out.Diags.push_back(makeDiagnostic(L, ID, std::move(Args)));
  Out.Failed = true;
}

void PostgresLowering::warning(Location L, DiagID ID,
                               std::vector<std::string> Args) {
  Out.Diags.push_back(makeDiagnostic(L, ID, std::move(Args)));
}

std::string PostgresLowering::name(antlr4::Token *T) {
  const PgToken &PT = pgToken(T);
  std::string Err;
  std::string N = identifierValue(In.Buffer, PT, &Err);
  if (!Err.empty())
    error(loc(T), DiagID::err_invalid_unicode_escape);
  if (N.size() > MaxIdentifierLength) {
    std::string Orig = N;
    truncateIdentifier(N);
    warning(loc(T), DiagID::warn_identifier_truncated, {Orig, N});
  }
  return N;
}

std::string PostgresLowering::name(antlr4::ParserRuleContext *C) {
  return name(C->getStart());
}

std::vector<std::string>
PostgresLowering::nameParts(antlr4::ParserRuleContext *C) {
  std::vector<std::string> Parts;
  for (antlr4::tree::ParseTree *Child : kidsOf(C))
    if (!isTerminalNode(Child))
      Parts.push_back(name(static_cast<antlr4::ParserRuleContext *>(Child)));
  return Parts;
}

QualifiedName PostgresLowering::qualifiedName(antlr4::ParserRuleContext *C) {
  std::vector<std::string> Parts = nameParts(C);
  if (Parts.size() == 1)
    return QualifiedName(Parts[0]);
  if (Parts.size() == 2)
    return QualifiedName(Parts[0], Parts[1]);
  if (Parts.size() == 3) // catalog.schema.name: the catalog is the database
    return QualifiedName(Parts[1], Parts[2]);
  error(loc(C), DiagID::err_invalid_name, {text(C).str()});
  return QualifiedName(Parts.back());
}

QualifiedName PostgresLowering::createdName(antlr4::ParserRuleContext *C) {
  QualifiedName N = qualifiedName(C);
  if (ElementSchema.empty())
    return N;
  if (N.isQualified() && N.Schema != ElementSchema)
    error(loc(C), DiagID::err_schema_element_other_schema,
          {N.Schema, ElementSchema});
  N.Schema = ElementSchema;
  return N;
}

std::vector<std::string> PostgresLowering::nameList(P::NameListContext *C) {
  std::vector<std::string> R;
  if (!C)
    return R;
  for (P::ColIdContext *Id : C->colId())
    R.push_back(name(Id));
  return R;
}

std::string PostgresLowering::stringValue(antlr4::Token *T) {
  std::string Err;
  std::string V = pg::stringValue(In.Buffer, pgToken(T), StdStrings, &Err);
  if (!Err.empty())
    error(loc(T), DiagID::err_invalid_unicode_escape);
  else if (std::string Bytes = pg::invalidByteSequence(V); !Bytes.empty())
    error(loc(T), DiagID::err_string_invalid_byte_sequence, {Bytes});
  return V;
}

std::string PostgresLowering::stringValue(P::SconstContext *C) {
  return stringValue(C->getStart());
}

std::string PostgresLowering::roleName(P::RoleSpecContext *C) {
  if (C->nonReservedWord())
    return name(C->nonReservedWord());
  // CURRENT_USER, SESSION_USER, CURRENT_ROLE: kept as keywords.
  return text(C).upper();
}

int64_t PostgresLowering::integerValue(antlr4::Token *T) {
  int64_t V = 0;
  if (text(T).getAsInteger(10, V))
    error(loc(T), DiagID::err_out_of_range, {text(T).str(), "bigint"});
  return V;
}

std::optional<int64_t> PostgresLowering::numericOnly(P::NumericOnlyContext *C) {
  if (C->NUMERIC()) {
    error(loc(C), DiagID::err_not_an_integer, {text(C).str()});
    return std::nullopt;
  }
  llvm::StringRef Digits = text(C->INTEGER()->getSymbol());
  std::string S = (C->MINUS() ? "-" : "") + Digits.str();
  int64_t V = 0;
  if (llvm::StringRef(S).getAsInteger(10, V)) {
    error(loc(C), DiagID::err_out_of_range, {text(C).str(), "bigint"});
    return std::nullopt;
  }
  return V;
}

StorageParams PostgresLowering::relOptions(P::RelOptionsContext *C) {
  StorageParams R;
  if (!C)
    return R;
  for (P::RelOptionContext *O : C->relOption()) {
    std::string Key;
    for (P::ColLabelContext *L : O->colLabel()) {
      if (!Key.empty())
        Key += '.';
      Key += name(L);
    }
    std::string Value;
    if (P::DefArgContext *A = O->defArg()) {
      if (P::SconstContext *S = A->sconst())
        Value = text(S).str();
      else
        Value = normalizedText(A);
    }
    R.emplace_back(std::move(Key), std::move(Value));
  }
  return R;
}

//===----------------------------------------------------------------------===//
// Dispatch
//===----------------------------------------------------------------------===//

void PostgresLowering::lowerStatement(antlr4::ParserRuleContext *Root) {
  switch (Out.Kind) {
  case StmtKind::CreateSchema:
    return lowerCreateSchema(static_cast<P::CreateSchemaStmtContext *>(Root));
  case StmtKind::CreateTable:
    return lowerCreateTable(static_cast<P::CreateTableStmtContext *>(Root));
  case StmtKind::CreateIndex:
    return lowerCreateIndex(static_cast<P::CreateIndexStmtContext *>(Root));
  case StmtKind::CreateView:
    return lowerCreateView(static_cast<P::CreateViewStmtContext *>(Root));
  case StmtKind::CreateMatView:
    return lowerCreateMatView(static_cast<P::CreateMatViewStmtContext *>(Root));
  case StmtKind::CreateSequence:
    return lowerCreateSequence(
        static_cast<P::CreateSequenceStmtContext *>(Root));
  case StmtKind::CreateEnum:
    return lowerCreateEnum(static_cast<P::CreateEnumStmtContext *>(Root));
  case StmtKind::CreateDomain:
    return lowerCreateDomain(static_cast<P::CreateDomainStmtContext *>(Root));
  case StmtKind::AlterTable:
    return lowerAlterTable(static_cast<P::AlterTableStmtContext *>(Root));
  case StmtKind::AlterIndex:
    return lowerAlterIndex(static_cast<P::AlterIndexStmtContext *>(Root));
  case StmtKind::AlterView:
    return lowerAlterView(static_cast<P::AlterViewStmtContext *>(Root));
  case StmtKind::AlterSequence:
    return lowerAlterSequence(static_cast<P::AlterSequenceStmtContext *>(Root));
  case StmtKind::AlterType:
    return lowerAlterType(static_cast<P::AlterTypeStmtContext *>(Root));
  case StmtKind::AlterDomain:
    return lowerAlterDomain(static_cast<P::AlterDomainStmtContext *>(Root));
  case StmtKind::AlterSchema:
    return lowerAlterSchema(static_cast<P::AlterSchemaStmtContext *>(Root));
  case StmtKind::Comment:
    return lowerComment(static_cast<P::CommentStmtContext *>(Root));
  case StmtKind::Drop:
    return lowerDrop(static_cast<P::DropStmtContext *>(Root));
  case StmtKind::Set:
    return lowerSet(static_cast<P::SetStmtContext *>(Root));
  case StmtKind::Reset:
    return lowerReset(static_cast<P::ResetStmtContext *>(Root));
  default:
    break;
  }
}

//===----------------------------------------------------------------------===//
// CREATE SCHEMA
//===----------------------------------------------------------------------===//

void PostgresLowering::lowerCreateSchema(P::CreateSchemaStmtContext *C) {
  std::string Role = C->roleSpec() ? roleName(C->roleSpec()) : "";
  std::string Name = C->colId() ? name(C->colId()) : Role;
  Location L = C->colId() ? loc(C->colId()) : loc(C->roleSpec());
  auto S = std::make_unique<SchemaDecl>(L, Name);
  S->IfNotExists = C->ifNotExists() != nullptr;
  S->Authorization = Role;
  create(std::move(S));
}

//===----------------------------------------------------------------------===//
// CREATE TABLE
//===----------------------------------------------------------------------===//

static Constraint makeColumnConstraint(Constraint::Kind K, Location L,
                                       const std::string &Column) {
  Constraint C;
  C.K = K;
  C.Loc = L;
  C.ColumnLevel = Column;
  if (K != Constraint::Kind::Check)
    C.Columns.push_back(Column);
  return C;
}

void PostgresLowering::lowerConstraintAttrs(
    const std::vector<P::ConstraintAttrContext *> &As, Constraint &Out) {
  for (P::ConstraintAttrContext *A : As) {
    bool Deferrability = A->K_DEFERRABLE() || A->K_INITIALLY();
    if (Deferrability && Out.K == Constraint::Kind::Check) {
      error(loc(A), DiagID::err_deferrable_check);
      continue;
    }
    if (A->K_DEFERRABLE())
      Out.Deferrable = A->K_NOT() == nullptr;
    else if (A->K_DEFERRED())
      Out.InitiallyDeferred = true;
    else if (A->K_IMMEDIATE())
      Out.InitiallyDeferred = false;
    else if (A->K_VALID())
      Out.NotValid = true;
    else if (A->K_INHERIT()) {
      if (Out.K != Constraint::Kind::Check)
        error(loc(A), DiagID::err_no_inherit_not_check);
      Out.NoInherit = true;
    } else if (A->K_ENFORCED()) {
      if (A->K_NOT())
        error(loc(A), DiagID::err_unsupported_syntax, {"NOT ENFORCED"});
    }
  }
}

ForeignKeyAction
PostgresLowering::lowerKeyAction(P::KeyActionContext *C,
                                 std::vector<std::string> *SetColumns) {
  if (C->K_ACTION())
    return ForeignKeyAction::NoAction;
  if (C->K_RESTRICT())
    return ForeignKeyAction::Restrict;
  if (C->K_CASCADE())
    return ForeignKeyAction::Cascade;
  if (C->nameList()) {
    if (SetColumns)
      *SetColumns = nameList(C->nameList());
    else
      error(loc(C->nameList()), DiagID::err_fk_set_columns_not_on_delete);
  }
  return C->K_NULL() ? ForeignKeyAction::SetNull : ForeignKeyAction::SetDefault;
}

void PostgresLowering::lowerKeyActions(P::KeyActionsContext *C,
                                       Constraint &Out) {
  if (!C)
    return;
  if (P::KeyUpdateContext *U = C->keyUpdate())
    Out.OnUpdate = lowerKeyAction(U->keyAction(), nullptr);
  if (P::KeyDeleteContext *D = C->keyDelete())
    Out.OnDelete = lowerKeyAction(D->keyAction(), &Out.OnDeleteColumns);
}

static ForeignKeyMatch lowerKeyMatch(P::KeyMatchContext *C) {
  if (!C)
    return ForeignKeyMatch::Unspecified;
  if (C->K_FULL())
    return ForeignKeyMatch::Full;
  if (C->K_PARTIAL())
    return ForeignKeyMatch::Partial;
  return ForeignKeyMatch::Simple;
}

void PostgresLowering::lowerColConstraints(
    const std::vector<P::ColConstraintContext *> &Cs, Column &Col,
    std::vector<Constraint> &Constraints, bool ForDomain) {
  // Attributes (DEFERRABLE, ...) apply to the constraint before them.
  Constraint *Last = nullptr;
  size_t FirstNew = Constraints.size();
  auto LastConstraint = [&]() -> Constraint * {
    return Constraints.size() > FirstNew ? &Constraints.back() : nullptr;
  };
  bool SeenNull = false, SeenNotNull = false;
  for (P::ColConstraintContext *CC : Cs) {
    if (auto *A = altCast<P::ColConstraintAttrContext>(CC)) {
      Last = LastConstraint();
      P::ConstraintAttrContext *Attr = A->constraintAttr();
      if (!Last || (Last->K == Constraint::Kind::Check &&
                    (Attr->K_DEFERRABLE() || Attr->K_INITIALLY()))) {
        error(loc(A), DiagID::err_misplaced_constraint_attribute,
              {llvm::StringRef(normalizedText(Attr)).upper()});
        continue;
      }
      if (Attr->K_VALID()) {
        error(loc(A), DiagID::err_not_valid_column_constraint);
        continue;
      }
      lowerConstraintAttrs({Attr}, *Last);
      continue;
    }
    if (auto *Co = altCast<P::ColCollateContext>(CC)) {
      if (!Col.collation().empty())
        error(loc(Co), DiagID::err_multiple_collate);
      Col.details().Collation = qualifiedName(Co->anyName());
      continue;
    }
    std::string ConName;
    P::ColConstraintElemContext *E;
    Location ConLoc = loc(CC);
    if (auto *N = altCast<P::NamedColConstraintContext>(CC)) {
      ConName = name(N->colId());
      E = N->colConstraintElem();
    } else {
      E = static_cast<P::UnnamedColConstraintContext *>(CC)
              ->colConstraintElem();
    }
    auto OnlyTable = [&](llvm::StringRef What) {
      if (ForDomain)
        error(loc(E), DiagID::err_constraint_not_for_domain, {What.str()});
      return !ForDomain;
    };
    if (altCast<P::ColNotNullContext>(E)) {
      if (SeenNull)
        error(loc(E), DiagID::err_conflicting_null, {Col.Name});
      SeenNotNull = true;
      Col.NotNull = true;
    } else if (altCast<P::ColNullContext>(E)) {
      if (SeenNotNull)
        error(loc(E), DiagID::err_conflicting_null, {Col.Name});
      SeenNull = true;
      Col.ExplicitNull = true;
    } else if (auto *D = altCast<P::ColDefaultContext>(E)) {
      if (Col.Default)
        error(loc(E), DiagID::err_multiple_defaults, {Col.Name});
      Col.Default = lowerExpr(D->bExpr());
    } else if (auto *Ch = altCast<P::ColCheckContext>(E)) {
      Constraint K =
          makeColumnConstraint(Constraint::Kind::Check, ConLoc, Col.Name);
      K.Name = ConName;
      K.Check = lowerExpr(Ch->aExpr());
      Constraints.push_back(std::move(K));
    } else if (auto *U = altCast<P::ColUniqueContext>(E)) {
      if (!OnlyTable("unique"))
        continue;
      Constraint K =
          makeColumnConstraint(Constraint::Kind::Unique, ConLoc, Col.Name);
      K.Name = ConName;
      if (P::NullsDistinctContext *ND = U->nullsDistinct())
        K.NullsNotDistinct = ND->K_NOT() != nullptr;
      if (U->withOptions())
        K.IndexWith = relOptions(U->withOptions()->relOptions());
      if (U->indexTablespace())
        K.IndexTablespace = name(U->indexTablespace()->colId());
      Constraints.push_back(std::move(K));
    } else if (auto *PK = altCast<P::ColPrimaryKeyContext>(E)) {
      if (!OnlyTable("primary key"))
        continue;
      Constraint K =
          makeColumnConstraint(Constraint::Kind::PrimaryKey, ConLoc, Col.Name);
      K.Name = ConName;
      if (PK->withOptions())
        K.IndexWith = relOptions(PK->withOptions()->relOptions());
      if (PK->indexTablespace())
        K.IndexTablespace = name(PK->indexTablespace()->colId());
      Constraints.push_back(std::move(K));
    } else if (auto *R = altCast<P::ColReferencesContext>(E)) {
      if (!OnlyTable("foreign key"))
        continue;
      Constraint K =
          makeColumnConstraint(Constraint::Kind::ForeignKey, ConLoc, Col.Name);
      K.Name = ConName;
      K.RefTable = qualifiedName(R->qualifiedName());
      K.RefColumns = nameList(R->nameList());
      K.Match = lowerKeyMatch(R->keyMatch());
      lowerKeyActions(R->keyActions(), K);
      Constraints.push_back(std::move(K));
    } else if (auto *I = altCast<P::ColIdentityContext>(E)) {
      if (!OnlyTable("identity"))
        continue;
      if (Col.Ident)
        error(loc(E), DiagID::err_multiple_identities, {Col.Name});
      Column::Identity Id;
      Id.Always = I->generatedWhen()->K_ALWAYS() != nullptr;
      for (P::SeqOptElemContext *O : I->seqOptElem())
        lowerSeqOption(O, Id.Options, nullptr, nullptr);
      Col.Ident = std::move(Id);
    } else if (auto *G = altCast<P::ColGeneratedContext>(E)) {
      if (!OnlyTable("generated column"))
        continue;
      if (!G->generatedWhen()->K_ALWAYS())
        error(loc(E), DiagID::err_generated_not_always);
      if (Col.generation())
        error(loc(E), DiagID::err_multiple_generations, {Col.Name});
      Column::Generated Gen;
      Gen.Expression = lowerExpr(G->aExpr());
      Gen.Virtual = G->K_VIRTUAL() != nullptr;
      Col.details().Generation = std::move(Gen);
    }
    (void)ConName;
  }
  if (Col.generation() && Col.Default)
    error(Col.Loc, DiagID::err_default_and_generation, {Col.Name});
  if (Col.Ident && Col.Default)
    error(Col.Loc, DiagID::err_default_and_identity, {Col.Name});
  if (Col.Ident && Col.generation())
    error(Col.Loc, DiagID::err_identity_and_generation, {Col.Name});
}

void PostgresLowering::lowerColumnDef(P::ColumnDefContext *C, Column &Col,
                                      std::vector<Constraint> &Constraints) {
  Col.Loc = loc(C->colId());
  Col.Name = name(C->colId());
  Col.Type = lowerType(C->typeName());
  if (C->columnStorage())
    Col.details().Storage = text(C->columnStorage()->getStop()).upper();
  if (C->columnCompression())
    Col.details().Compression = name(C->columnCompression()->getStop());
  lowerColConstraints(C->colConstraint(), Col, Constraints);
}

bool PostgresLowering::lowerTableConstraint(P::TableConstraintContext *C,
                                            Constraint &Out) {
  Out.Loc = loc(C);
  if (C->colId())
    Out.Name = name(C->colId());
  P::ConstraintElemContext *E = C->constraintElem();
  auto KeyColumns = [&](P::KeyColumnListContext *K) {
    for (P::ColIdContext *Id : K->colId())
      Out.Columns.push_back(name(Id));
    Out.WithoutOverlaps = K->K_OVERLAPS() != nullptr;
  };
  auto IndexOptions = [&](P::IncludeClauseContext *Inc,
                          P::WithOptionsContext *W,
                          P::IndexTablespaceContext *TS) {
    if (Inc)
      Out.Include = nameList(Inc->nameList());
    if (W)
      Out.IndexWith = relOptions(W->relOptions());
    if (TS)
      Out.IndexTablespace = name(TS->colId());
  };
  if (auto *Ch = altCast<P::CheckConstraintContext>(E)) {
    Out.K = Constraint::Kind::Check;
    Out.Check = lowerExpr(Ch->aExpr());
    lowerConstraintAttrs(Ch->constraintAttr(), Out);
  } else if (auto *U = altCast<P::UniqueConstraintContext>(E)) {
    Out.K = Constraint::Kind::Unique;
    if (P::NullsDistinctContext *ND = U->nullsDistinct())
      Out.NullsNotDistinct = ND->K_NOT() != nullptr;
    KeyColumns(U->keyColumnList());
    IndexOptions(U->includeClause(), U->withOptions(), U->indexTablespace());
    lowerConstraintAttrs(U->constraintAttr(), Out);
  } else if (auto *PK = altCast<P::PrimaryKeyConstraintContext>(E)) {
    Out.K = Constraint::Kind::PrimaryKey;
    KeyColumns(PK->keyColumnList());
    IndexOptions(PK->includeClause(), PK->withOptions(), PK->indexTablespace());
    lowerConstraintAttrs(PK->constraintAttr(), Out);
  } else if (auto *UI = altCast<P::ConstraintUsingIndexContext>(E)) {
    Out.K = UI->K_PRIMARY() ? Constraint::Kind::PrimaryKey
                            : Constraint::Kind::Unique;
    lowerConstraintAttrs(UI->constraintAttr(), Out);
    return false;
  } else if (auto *X = altCast<P::ExclusionConstraintContext>(E)) {
    Out.K = Constraint::Kind::Exclusion;
    if (X->accessMethodClause())
      Out.ExclusionMethod = name(X->accessMethodClause()->colId());
    for (P::ExclusionElemContext *XE : X->exclusionElem()) {
      ExclusionElement EE;
      EE.Element = lowerIndexElem(XE->indexElem());
      P::AnyOperatorContext *Op = XE->anyOperator();
      EE.Operator = XE->K_OPERATOR() ? "OPERATOR(" + normalizedText(Op) + ")"
                                     : normalizedText(Op);
      Out.Exclusions.push_back(std::move(EE));
    }
    IndexOptions(X->includeClause(), X->withOptions(), X->indexTablespace());
    if (X->aExpr())
      Out.ExclusionWhere = lowerExpr(X->aExpr());
    lowerConstraintAttrs(X->constraintAttr(), Out);
  } else if (auto *F = altCast<P::ForeignKeyConstraintContext>(E)) {
    Out.K = Constraint::Kind::ForeignKey;
    std::vector<P::FkColumnListContext *> Lists = F->fkColumnList();
    auto FkColumns = [&](P::FkColumnListContext *L,
                         std::vector<std::string> &Cols, bool &Period) {
      std::vector<P::FkColumnContext *> Cs = L->fkColumn();
      for (size_t I = 0; I < Cs.size(); ++I) {
        if (Cs[I]->K_PERIOD()) {
          if (I + 1 != Cs.size())
            error(loc(Cs[I]), DiagID::err_fk_period_not_last);
          Period = true;
        }
        Cols.push_back(name(Cs[I]->colId()));
      }
    };
    bool LocalPeriod = false, RefPeriod = false;
    FkColumns(Lists[0], Out.Columns, LocalPeriod);
    if (Lists.size() > 1)
      FkColumns(Lists[1], Out.RefColumns, RefPeriod);
    if (LocalPeriod != RefPeriod && Lists.size() > 1)
      error(loc(F), DiagID::err_fk_period_mismatch);
    Out.Period = LocalPeriod;
    Out.RefTable = qualifiedName(F->qualifiedName());
    Out.Match = lowerKeyMatch(F->keyMatch());
    lowerKeyActions(F->keyActions(), Out);
    lowerConstraintAttrs(F->constraintAttr(), Out);
  }
  return true;
}

IndexElement PostgresLowering::lowerIndexElem(P::IndexElemContext *C) {
  IndexElement E;
  E.Loc = loc(C);
  if (C->colId())
    E.Column = name(C->colId());
  else if (C->funcExprWindowless())
    E.Expression = lowerFuncExpr(C->funcExprWindowless());
  else
    E.Expression = lowerExpr(C->aExpr());
  std::vector<P::AnyNameContext *> Names = C->anyName();
  size_t Next = 0;
  if (C->K_COLLATE())
    E.details().Collation = qualifiedName(Names[Next++]);
  if (Next < Names.size()) {
    E.details().OpClass = qualifiedName(Names[Next]);
    E.details().OpClassParams = relOptions(C->relOptions());
  }
  if (C->K_ASC())
    E.Direction = SortDirection::Asc;
  else if (C->K_DESC())
    E.Direction = SortDirection::Desc;
  if (C->K_FIRST())
    E.Nulls = NullsOrder::First;
  else if (C->K_LAST())
    E.Nulls = NullsOrder::Last;
  return E;
}

bool pg::partitionStrategy(llvm::StringRef Name, PartitionSpec::Strategy &Out) {
  if (Name == "range")
    Out = PartitionSpec::Strategy::Range;
  else if (Name == "list")
    Out = PartitionSpec::Strategy::List;
  else if (Name == "hash")
    Out = PartitionSpec::Strategy::Hash;
  else
    return false;
  return true;
}

PartitionSpec PostgresLowering::lowerPartitionSpec(P::PartitionSpecContext *C) {
  PartitionSpec S;
  std::string Strategy = name(C->colId());
  if (!partitionStrategy(Strategy, S.Strat))
    error(loc(C->colId()), DiagID::err_unknown_partition_strategy, {Strategy});
  for (P::PartitionElemContext *PE : C->partitionElem()) {
    IndexElement E;
    E.Loc = loc(PE);
    if (PE->colId())
      E.Column = name(PE->colId());
    else if (PE->funcExprWindowless())
      E.Expression = lowerFuncExpr(PE->funcExprWindowless());
    else
      E.Expression = lowerExpr(PE->aExpr());
    std::vector<P::AnyNameContext *> Names = PE->anyName();
    size_t Next = 0;
    if (PE->K_COLLATE())
      E.details().Collation = qualifiedName(Names[Next++]);
    if (Next < Names.size())
      E.details().OpClass = qualifiedName(Names[Next]);
    S.Keys.push_back(std::move(E));
  }
  return S;
}

PartitionBound
PostgresLowering::lowerPartitionBound(P::PartitionBoundSpecContext *C) {
  PartitionBound B;
  if (auto *H = altCast<P::HashPartitionBoundContext>(C)) {
    B.BK = PartitionBound::BoundKind::Hash;
    bool HasModulus = false, HasRemainder = false;
    for (P::HashBoundContext *HB : H->hashBound()) {
      std::string Key = name(HB->nonReservedWord());
      int64_t V = integerValue(HB->INTEGER()->getSymbol());
      if (Key == "modulus") {
        HasModulus = true;
        B.Modulus = V;
      } else if (Key == "remainder") {
        HasRemainder = true;
        B.Remainder = V;
      } else {
        error(loc(HB), DiagID::err_unknown_hash_bound_option, {Key});
      }
    }
    if (!HasModulus || !HasRemainder)
      error(loc(C), DiagID::err_hash_bound_incomplete);
  } else if (auto *L = altCast<P::ListPartitionBoundContext>(C)) {
    B.BK = PartitionBound::BoundKind::In;
    B.In = lowerExprList(L->exprList());
  } else if (auto *R = altCast<P::RangePartitionBoundContext>(C)) {
    B.BK = PartitionBound::BoundKind::Range;
    B.From = lowerExprList(R->exprList(0));
    B.To = lowerExprList(R->exprList(1));
  } else {
    B.BK = PartitionBound::BoundKind::Default;
  }
  return B;
}

void PostgresLowering::lowerCreateTable(P::CreateTableStmtContext *C) {
  std::vector<P::QualifiedNameContext *> Names = C->qualifiedName();
  auto T = std::make_unique<Table>(loc(Names[0]), createdName(Names[0]));
  if (P::TableScopeContext *S = C->tableScope())
    T->Persist = S->K_UNLOGGED() ? Table::Persistence::Unlogged
                                 : Table::Persistence::Temporary;
  T->IfNotExists = C->ifNotExists() != nullptr;
  std::vector<LikeClause> Likes;

  // Column name -> position, so that wide tables stay linear.
  llvm::StringMap<size_t> ColumnIndex;
  auto AddColumn = [&](Column Col) {
    auto [It, New] = ColumnIndex.try_emplace(Col.Name, T->Columns.size());
    if (!New) {
      const Column &Prev = T->Columns[It->second];
      Diagnostic D = makeDiagnostic(Col.Loc, DiagID::err_duplicate_object,
                                    {"column", Col.Name});
      D.Notes.push_back(
          makeDiagnostic(Prev.Loc, DiagID::note_previous_definition));
      Out.Diags.push_back(std::move(D));
      Out.Failed = true;
      return;
    }
    unsigned Max = getPostgresDialect().getFeatures().MaxTableColumns;
    if (Max && T->Columns.size() == Max)
      error(Col.Loc, DiagID::err_too_many_columns, {std::to_string(Max)});
    T->Columns.push_back(std::move(Col));
  };
  auto AddConstraint = [&](Constraint K) {
    // PostgreSQL accepts NOT VALID on a table constraint of CREATE TABLE and
    // ignores it: the new table is empty, so the constraint is valid
    // (pg_constraint.convalidated is true). Kept, it would come out as an
    // ALTER TABLE ... NOT VALID that leaves the constraint unvalidated.
    K.NotValid = false;
    if (K.K == Constraint::Kind::PrimaryKey)
      for (const Constraint &Prev : T->Constraints)
        if (Prev.K == Constraint::Kind::PrimaryKey) {
          error(K.Loc, DiagID::err_multiple_primary_keys, {T->getName().str()});
          return;
        }
    T->Constraints.push_back(std::move(K));
  };
  auto LowerTyped = [&](P::TypedTableElementListContext *L) {
    if (!L)
      return;
    for (P::TypedTableElementContext *E : L->typedTableElement()) {
      if (E->tableConstraint()) {
        Constraint K;
        if (!lowerTableConstraint(E->tableConstraint(), K))
          error(loc(E), DiagID::err_using_index_not_in_alter);
        AddConstraint(std::move(K));
        continue;
      }
      // Options for an inherited column: its type comes from the type or
      // the parent (DataType Unknown, no spelling).
      Column Col;
      Col.Loc = loc(E->colId());
      Col.Name = name(E->colId());
      std::vector<Constraint> Cs;
      lowerColConstraints(E->colConstraint(), Col, Cs);
      AddColumn(std::move(Col));
      for (Constraint &K : Cs)
        AddConstraint(std::move(K));
    }
  };

  if (C->K_OF() && !C->K_PARTITION()) {
    T->OfType = qualifiedName(C->anyName());
    LowerTyped(C->typedTableElementList());
  } else if (C->K_PARTITION() && C->K_OF()) {
    T->PartitionOf = qualifiedName(Names[1]);
    LowerTyped(C->typedTableElementList());
    T->Bound = lowerPartitionBound(C->partitionBoundSpec());
  } else if (P::TableElementListContext *L = C->tableElementList()) {
    std::vector<P::TableElementContext *> Elements = L->tableElement();
    // Columns are large; a vector grown by doubling would hold up to twice
    // the memory for the lifetime of the module.
    T->Columns.reserve(static_cast<size_t>(
        llvm::count_if(Elements, [](P::TableElementContext *E) {
          return E->columnDef() != nullptr;
        })));
    for (P::TableElementContext *E : Elements) {
      if (P::ColumnDefContext *CD = E->columnDef()) {
        Column Col;
        std::vector<Constraint> Cs;
        lowerColumnDef(CD, Col, Cs);
        AddColumn(std::move(Col));
        for (Constraint &K : Cs)
          AddConstraint(std::move(K));
      } else if (P::TableConstraintContext *TC = E->tableConstraint()) {
        Constraint K;
        if (!lowerTableConstraint(TC, K))
          error(loc(TC), DiagID::err_using_index_not_in_alter);
        AddConstraint(std::move(K));
      } else if (P::TableLikeClauseContext *Like = E->tableLikeClause()) {
        LikeClause LC;
        LC.Source = {qualifiedName(Like->qualifiedName()),
                     loc(Like->qualifiedName())};
        LC.ColumnPosition = T->Columns.size();
        for (P::TableLikeOptionContext *O : Like->tableLikeOption()) {
          bool On = O->K_INCLUDING() != nullptr;
          antlr4::Token *What = O->getStop();
          switch (What->getType()) {
          case P::K_DEFAULTS:
            LC.Defaults = On;
            break;
          case P::K_CONSTRAINTS:
            LC.Constraints = On;
            break;
          case P::K_IDENTITY:
            LC.Identity = On;
            break;
          case P::K_GENERATED:
            LC.Generated = On;
            break;
          case P::K_INDEXES:
            LC.Indexes = On;
            break;
          case P::K_COMMENTS:
            LC.Comments = On;
            break;
          case P::K_STORAGE:
            LC.Storage = On;
            break;
          case P::K_COMPRESSION:
            LC.Compression = On;
            break;
          case P::K_STATISTICS:
            break;
          case P::K_ALL:
            LC.Defaults = LC.Constraints = LC.Identity = LC.Generated =
                LC.Indexes = LC.Comments = LC.Storage = LC.Compression = On;
            break;
          default:
            break;
          }
        }
        Likes.push_back(std::move(LC));
      }
    }
  }
  if (P::InheritClauseContext *I = C->inheritClause())
    for (P::QualifiedNameContext *N : I->qualifiedName())
      T->Inherits.push_back(qualifiedName(N));
  if (C->partitionSpec())
    T->PartitionBy = lowerPartitionSpec(C->partitionSpec());
  if (C->tableAccessMethod())
    T->AccessMethod = name(C->tableAccessMethod()->colId());
  if (P::TableWithContext *W = C->tableWith())
    if (W->withOptions())
      T->With = relOptions(W->withOptions()->relOptions());
  if (P::OnCommitContext *OC = C->onCommit()) {
    if (T->Persist != Table::Persistence::Temporary)
      error(loc(OC), DiagID::err_on_commit_not_temporary);
    T->OnCommit = OC->K_DROP()     ? "DROP"
                  : OC->K_DELETE() ? "DELETE ROWS"
                                   : "PRESERVE ROWS";
  }
  if (C->tablespaceClause())
    T->Tablespace = name(C->tablespaceClause()->colId());
  create(std::move(T));
  llvm::cast<CreateChange>(*Out.Change).Likes = std::move(Likes);
}

//===----------------------------------------------------------------------===//
// CREATE INDEX / VIEW / SEQUENCE / TYPE / DOMAIN
//===----------------------------------------------------------------------===//

void PostgresLowering::lowerCreateIndex(P::CreateIndexStmtContext *C) {
  QualifiedName TableName = createdName(C->qualifiedName());
  QualifiedName IndexName;
  Location L = loc(C->qualifiedName());
  if (C->colId()) {
    IndexName = QualifiedName(TableName.Schema, name(C->colId()));
    L = loc(C->colId());
  } else if (C->ifNotExists()) {
    error(loc(C->ifNotExists()), DiagID::err_if_not_exists_unnamed_index);
  }
  auto I = std::make_unique<Index>(L, IndexName, TableName);
  I->Unique = C->K_UNIQUE() != nullptr;
  I->Concurrently = C->K_CONCURRENTLY() != nullptr;
  I->IfNotExists = C->ifNotExists() != nullptr;
  I->Only = C->K_ONLY() != nullptr;
  if (C->accessMethodClause())
    I->Method = name(C->accessMethodClause()->colId());
  for (P::IndexElemContext *E : C->indexElemList()->indexElem())
    I->Elements.push_back(lowerIndexElem(E));
  if (C->includeClause())
    I->Include = nameList(C->includeClause()->nameList());
  if (P::NullsDistinctContext *ND = C->nullsDistinct())
    I->NullsNotDistinct = ND->K_NOT() != nullptr;
  if (C->withOptions())
    I->With = relOptions(C->withOptions()->relOptions());
  if (C->tablespaceClause())
    I->Tablespace = name(C->tablespaceClause()->colId());
  if (C->whereClause())
    I->Where = lowerExpr(C->whereClause()->aExpr());
  create(std::move(I));
}

void PostgresLowering::lowerCreateView(P::CreateViewStmtContext *C) {
  auto V = std::make_unique<View>(loc(C->qualifiedName()),
                                  createdName(C->qualifiedName()), false);
  V->OrReplace = C->K_REPLACE() != nullptr;
  if (P::OptTempContext *T = C->optTemp()) {
    if (T->K_UNLOGGED())
      error(loc(T), DiagID::err_unlogged_view);
    V->Temporary = true;
  }
  V->Recursive = C->K_RECURSIVE() != nullptr;
  V->ColumnNames = nameList(C->nameList());
  if (V->Recursive && V->ColumnNames.empty())
    error(loc(C), DiagID::err_recursive_view_columns);
  if (C->withOptions())
    V->Options = relOptions(C->withOptions()->relOptions());
  V->Query = lowerSelect(C->selectStmt());
  if (P::ViewCheckOptionContext *CO = C->viewCheckOption()) {
    V->WithCheckOption = true;
    V->CheckOption = CO->K_LOCAL()      ? "LOCAL"
                     : CO->K_CASCADED() ? "CASCADED"
                                        : "";
  }
  create(std::move(V));
}

void PostgresLowering::lowerCreateMatView(P::CreateMatViewStmtContext *C) {
  auto V = std::make_unique<View>(loc(C->qualifiedName()),
                                  qualifiedName(C->qualifiedName()), true);
  if (C->K_UNLOGGED())
    error(loc(C), DiagID::err_unlogged_materialized_view);
  V->IfNotExists = C->ifNotExists() != nullptr;
  V->ColumnNames = nameList(C->nameList());
  if (C->tableAccessMethod())
    V->AccessMethod = name(C->tableAccessMethod()->colId());
  if (C->withOptions())
    V->Options = relOptions(C->withOptions()->relOptions());
  if (C->tablespaceClause())
    V->Tablespace = name(C->tablespaceClause()->colId());
  V->Query = lowerSelect(C->selectStmt());
  if (P::WithDataContext *W = C->withData())
    V->WithData = W->K_NO() == nullptr;
  create(std::move(V));
}

void PostgresLowering::lowerSeqOption(P::SeqOptElemContext *C,
                                      SequenceOptions &Opts, Sequence *Seq,
                                      AlterAction *Act) {
  auto Set = [&](std::optional<int64_t> &Field, P::NumericOnlyContext *N,
                 llvm::StringRef What) {
    if (Field)
      error(loc(C), DiagID::err_redundant_sequence_option, {What.str()});
    Field = numericOnly(N);
  };
  if (auto *A = altCast<P::SeqAsContext>(C)) {
    Opts.AsType = lowerSimpleType(A->simpleTypeName());
  } else if (auto *X = altCast<P::SeqCacheContext>(C)) {
    Set(Opts.Cache, X->numericOnly(), "CACHE");
  } else if (altCast<P::SeqCycleContext>(C)) {
    Opts.Cycle = true;
  } else if (altCast<P::SeqNoCycleContext>(C)) {
    Opts.Cycle = false;
  } else if (auto *X = altCast<P::SeqIncrementContext>(C)) {
    Set(Opts.Increment, X->numericOnly(), "INCREMENT");
    if (Opts.Increment && *Opts.Increment == 0)
      error(loc(C), DiagID::err_sequence_increment_zero);
  } else if (auto *X = altCast<P::SeqMaxValueContext>(C)) {
    Set(Opts.MaxValue, X->numericOnly(), "MAXVALUE");
  } else if (auto *X = altCast<P::SeqMinValueContext>(C)) {
    Set(Opts.MinValue, X->numericOnly(), "MINVALUE");
  } else if (altCast<P::SeqNoMaxValueContext>(C)) {
    Opts.NoMaxValue = true;
  } else if (altCast<P::SeqNoMinValueContext>(C)) {
    Opts.NoMinValue = true;
  } else if (auto *X = altCast<P::SeqStartContext>(C)) {
    Set(Opts.Start, X->numericOnly(), "START");
  } else if (auto *X = altCast<P::SeqOwnedByContext>(C)) {
    std::vector<std::string> Parts = nameParts(X->anyName());
    NameRef Ref;
    Ref.Loc = loc(X->anyName());
    std::string Column;
    bool None = Parts.size() == 1 && Parts[0] == "none";
    if (!None && (Parts.size() < 2 || Parts.size() > 3)) {
      error(Ref.Loc, DiagID::err_invalid_owned_by);
      return;
    }
    if (!None) {
      // table.column or schema.table.column.
      Column = Parts.back();
      Ref.Name = Parts.size() == 2 ? QualifiedName(Parts[0])
                                   : QualifiedName(Parts[0], Parts[1]);
    }
    if (Seq) {
      Seq->OwnedByNone = None;
      if (!None) {
        Seq->OwnedByTable = Ref.Name;
        Seq->OwnedByColumn = Column;
        OwnedByLoc = Ref.Loc;
      }
    } else if (Act) {
      Act->OwnedByNone = None;
      Act->Relation = Ref;
      Act->Name = Column;
    } else {
      error(loc(C), DiagID::err_owned_by_in_identity);
    }
  } else if (auto *X = altCast<P::SeqNameContext>(C)) {
    if (Seq)
      error(loc(C), DiagID::err_sequence_name_not_identity);
    Opts.SequenceName = qualifiedName(X->anyName());
  } else if (auto *X = altCast<P::SeqRestartContext>(C)) {
    if (Act) {
      Act->Restart = true;
      if (X->numericOnly())
        Act->RestartWith = numericOnly(X->numericOnly());
    } else
      error(loc(C), DiagID::err_restart_not_in_alter);
  } else if (altCast<P::SeqLoggedContext>(C)) {
    // LOGGED/UNLOGGED in identity options: the sequence follows its table.
  }
}

void PostgresLowering::lowerCreateSequence(P::CreateSequenceStmtContext *C) {
  auto S = std::make_unique<Sequence>(loc(C->qualifiedName()),
                                      createdName(C->qualifiedName()));
  if (P::OptTempContext *T = C->optTemp())
    S->Persist = T->K_UNLOGGED() ? Sequence::Persistence::Unlogged
                                 : Sequence::Persistence::Temporary;
  S->IfNotExists = C->ifNotExists() != nullptr;
  for (P::SeqOptElemContext *O : C->seqOptElem())
    lowerSeqOption(O, S->Options, S.get(), nullptr);
  create(std::move(S));
  llvm::cast<CreateChange>(*Out.Change).OwnedByLoc = OwnedByLoc;
}

void PostgresLowering::lowerCreateEnum(P::CreateEnumStmtContext *C) {
  auto E = std::make_unique<EnumType>(loc(C->anyName()),
                                      qualifiedName(C->anyName()));
  for (P::SconstContext *S : C->sconst()) {
    std::string V = stringValue(S);
    if (V.size() > MaxIdentifierLength)
      error(loc(S), DiagID::err_enum_label_too_long, {V});
    if (std::find(E->Values.begin(), E->Values.end(), V) != E->Values.end())
      error(loc(S), DiagID::err_duplicate_object, {"enum label", V});
    E->Values.push_back(std::move(V));
  }
  create(std::move(E));
}

void PostgresLowering::lowerCreateDomain(P::CreateDomainStmtContext *C) {
  auto D = std::make_unique<Domain>(
      loc(C->anyName()), qualifiedName(C->anyName()), lowerType(C->typeName()));
  // Reuse the column constraint lowering; CHECKs come back as constraints.
  Column Col;
  Col.Name = D->getName().Name;
  Col.Loc = D->Loc;
  std::vector<Constraint> Cs;
  lowerColConstraints(C->colConstraint(), Col, Cs, /*ForDomain=*/true);
  fillDomain(*D, Col, Cs);
  create(std::move(D));
}

void pg::fillDomain(Domain &D, Column &Col, std::vector<Constraint> &Cs) {
  D.Collation = Col.collation();
  D.Default = std::move(Col.Default);
  D.NotNull = Col.NotNull;
  D.ExplicitNull = Col.ExplicitNull;
  for (Constraint &K : Cs) {
    DomainCheck DC;
    DC.Name = K.Name;
    DC.Check = std::move(K.Check);
    DC.NotValid = K.NotValid;
    DC.Loc = K.Loc;
    D.Checks.push_back(std::move(DC));
  }
}

//===----------------------------------------------------------------------===//
// ALTER TABLE
//===----------------------------------------------------------------------===//

/// "ALTER TABLE ... CLUSTER ON": the leading words of an action, for
/// messages about actions the IR does not model.
static std::string describeAction(llvm::StringRef Stmt, llvm::StringRef Words) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Words.split(Parts, ' ', 2, false);
  std::string R = Stmt.str() + " ...";
  for (size_t I = 0; I < Parts.size() && I < 2; ++I)
    R += " " + Parts[I].upper();
  return R;
}

void PostgresLowering::create(ObjectPtr O) {
  Out.Change = std::make_unique<CreateChange>(Out.Loc, std::move(O));
}

AlterChange &PostgresLowering::beginAlter(NameRef Target, TargetKind TK,
                                          bool IfExists) {
  auto A = std::make_unique<AlterChange>(Out.Loc, std::move(Target), TK);
  A->IfExists = IfExists;
  AlterChange &R = *A;
  Out.Change = std::move(A);
  return R;
}

AlterAction &PostgresLowering::action(AlterAction::Kind K, Location L) {
  auto &A = llvm::cast<AlterChange>(*Out.Change);
  A.Actions.emplace_back(K, L);
  return A.Actions.back();
}

void PostgresLowering::renameAction(antlr4::ParserRuleContext *Clause,
                                    std::string NewName,
                                    std::string NewSchema) {
  auto &A = llvm::cast<AlterChange>(*Out.Change);
  auto R = std::make_unique<RenameChange>(loc(Clause), A.Target, A.TK);
  R->IfExists = A.IfExists;
  R->NewName = std::move(NewName);
  R->NewSchema = std::move(NewSchema);
  // RENAME TO and SET SCHEMA stand alone in an ALTER statement.
  if (RenameClause || !A.Actions.empty()) {
    error(loc(Clause), DiagID::err_syntax_near,
          {text(Clause->getStart()).str()});
    return;
  }
  Rename = std::move(R);
  RenameClause = Clause;
}

void PostgresLowering::unsupported(std::string Description) {
  // The first action the IR does not model keeps the statement opaque.
  if (Out.Unsupported.empty())
    Out.Unsupported = std::move(Description);
}

void PostgresLowering::endAlter() {
  if (!Rename)
    return;
  auto &A = llvm::cast<AlterChange>(*Out.Change);
  if (!A.Actions.empty()) {
    error(loc(RenameClause), DiagID::err_syntax_near,
          {text(RenameClause->getStart()).str()});
    return;
  }
  Out.Change = std::move(Rename);
}

void PostgresLowering::lowerAlterColumn(P::AlterColumnContext *C) {
  std::string Col = name(C->colId());
  Location ColLoc = loc(C->colId());
  P::AlterColumnActionContext *A = C->alterColumnAction();
  auto Act = [&](AlterAction::Kind K) {
    AlterAction &R = action(K, loc(C));
    R.Name = Col;
    R.NameLoc = ColLoc;
    return &R;
  };
  using K = AlterAction::Kind;
  if (auto *X = altCast<P::AlterColumnTypeContext>(A)) {
    AlterAction *R = Act(K::AlterColumnType);
    R->Type = std::make_unique<DataType>(lowerType(X->typeName()));
    if (X->anyName())
      R->Collation = qualifiedName(X->anyName());
    if (X->aExpr())
      R->Expression = lowerExpr(X->aExpr());
  } else if (auto *X = altCast<P::AlterColumnSetDefaultContext>(A)) {
    Act(K::SetDefault)->Expression = lowerExpr(X->aExpr());
  } else if (altCast<P::AlterColumnDropDefaultContext>(A)) {
    Act(K::DropDefault);
  } else if (altCast<P::AlterColumnSetNotNullContext>(A)) {
    Act(K::SetNotNull);
  } else if (altCast<P::AlterColumnDropNotNullContext>(A)) {
    Act(K::DropNotNull);
  } else if (auto *X = altCast<P::AlterColumnAddIdentityContext>(A)) {
    AlterAction *R = Act(K::AddIdentity);
    Column::Identity Id;
    Id.Always = X->generatedWhen()->K_ALWAYS() != nullptr;
    for (P::SeqOptElemContext *O : X->seqOptElem())
      lowerSeqOption(O, Id.Options, nullptr, nullptr);
    R->Identity = std::make_unique<Column::Identity>(std::move(Id));
  } else if (auto *X = altCast<P::AlterColumnAlterIdentityContext>(A)) {
    AlterAction *R = Act(K::AlterIdentity);
    R->SeqOptions = std::make_unique<SequenceOptions>();
    for (P::AlterIdentityElemContext *E : X->alterIdentityElem()) {
      if (E->generatedWhen())
        R->Always = E->generatedWhen()->K_ALWAYS() != nullptr;
      else if (E->seqOptElem())
        lowerSeqOption(E->seqOptElem(), *R->SeqOptions, nullptr, R);
      else {
        R->Restart = true;
        if (E->numericOnly())
          R->RestartWith = numericOnly(E->numericOnly());
      }
    }
  } else if (auto *X = altCast<P::AlterColumnDropIdentityContext>(A)) {
    Act(K::DropIdentity)->IfExists = X->ifExists() != nullptr;
  } else if (auto *X = altCast<P::AlterColumnDropExpressionContext>(A)) {
    Act(K::DropExpression)->IfExists = X->ifExists() != nullptr;
  } else if (auto *X = altCast<P::AlterColumnSetExpressionContext>(A)) {
    Act(K::SetExpression)->Expression = lowerExpr(X->aExpr());
  } else if (auto *X = altCast<P::AlterColumnSetStorageContext>(A)) {
    Act(K::SetStorage)->Value = text(X->getStop()).upper();
  } else if (auto *X = altCast<P::AlterColumnSetCompressionContext>(A)) {
    // SET COMPRESSION default: the default method, written as none.
    Act(K::SetCompression)->Value = X->colId() ? name(X->colId()) : "";
  } else {
    unsupported(
        describeAction("ALTER TABLE ... ALTER COLUMN", normalizedText(A)));
  }
}

void PostgresLowering::lowerAlterTableCmd(P::AlterTableCmdContext *C) {
  Location L = loc(C);
  using K = AlterAction::Kind;
  auto Act = [&](K Kind) { return &action(Kind, L); };
  auto Named = [&](K Kind, P::ColIdContext *Id) {
    AlterAction *R = Act(Kind);
    R->Name = name(Id);
    R->NameLoc = loc(Id);
    return R;
  };
  auto WithRelation = [&](K Kind, P::QualifiedNameContext *N) {
    AlterAction *R = Act(Kind);
    R->Relation = {qualifiedName(N), loc(N)};
    return R;
  };
  auto Behavior = [](P::DropBehaviorContext *B) {
    return B && B->K_CASCADE() != nullptr;
  };
  if (auto *X = altCast<P::AddColumnContext>(C)) {
    AlterAction *R = Act(K::AddColumn);
    R->IfNotExists = X->ifNotExists() != nullptr;
    Column Col;
    lowerColumnDef(X->columnDef(), Col, R->Constraints);
    R->Name = Col.Name;
    R->NameLoc = Col.Loc;
    for (Constraint &Con : R->Constraints)
      Con.AddedByAlter = true;
    R->Col = std::make_unique<Column>(std::move(Col));
  } else if (auto *X = altCast<P::AddConstraintContext>(C)) {
    Constraint Con;
    bool Regular = lowerTableConstraint(X->tableConstraint(), Con);
    Con.AddedByAlter = true;
    AlterAction *R =
        Act(Regular ? K::AddConstraint : K::AddConstraintUsingIndex);
    if (!Regular) {
      auto *UI = static_cast<P::ConstraintUsingIndexContext *>(
          X->tableConstraint()->constraintElem());
      R->Name = name(UI->colId());
      R->NameLoc = loc(UI->colId());
    }
    R->Constraints.push_back(std::move(Con));
  } else if (auto *X = altCast<P::AlterColumnContext>(C)) {
    lowerAlterColumn(X);
  } else if (auto *X = altCast<P::DropColumnContext>(C)) {
    AlterAction *R = Named(K::DropColumn, X->colId());
    R->IfExists = X->ifExists() != nullptr;
    R->Cascade = Behavior(X->dropBehavior());
  } else if (auto *X = altCast<P::DropConstraintContext>(C)) {
    AlterAction *R = Named(K::DropConstraint, X->colId());
    R->IfExists = X->ifExists() != nullptr;
    R->Cascade = Behavior(X->dropBehavior());
  } else if (auto *X = altCast<P::ValidateConstraintContext>(C)) {
    Named(K::ValidateConstraint, X->colId());
  } else if (auto *X = altCast<P::RenameColumnContext>(C)) {
    Named(K::RenameColumn, X->colId(0))->NewName = name(X->colId(1));
  } else if (auto *X = altCast<P::RenameConstraintContext>(C)) {
    Named(K::RenameConstraint, X->colId(0))->NewName = name(X->colId(1));
  } else if (auto *X = altCast<P::RenameTableContext>(C)) {
    renameAction(C, name(X->colId()), "");
  } else if (auto *X = altCast<P::SetSchemaContext>(C)) {
    renameAction(C, "", name(X->colId()));
  } else if (auto *X = altCast<P::OwnerToContext>(C)) {
    Act(K::OwnerTo)->Value = roleName(X->roleSpec());
  } else if (auto *X = altCast<P::AttachPartitionContext>(C)) {
    WithRelation(K::AttachPartition, X->qualifiedName())->Bound =
        std::make_unique<PartitionBound>(
            lowerPartitionBound(X->partitionBoundSpec()));
  } else if (auto *X = altCast<P::DetachPartitionContext>(C)) {
    WithRelation(K::DetachPartition, X->qualifiedName());
  } else if (auto *X = altCast<P::RowLevelSecurityContext>(C)) {
    Act(X->K_ENABLE() ? K::EnableRowSecurity : K::DisableRowSecurity);
  } else if (auto *X = altCast<P::ForceRowLevelSecurityContext>(C)) {
    Act(X->K_NO() ? K::NoForceRowSecurity : K::ForceRowSecurity);
  } else if (auto *X = altCast<P::InheritParentContext>(C)) {
    WithRelation(K::Inherit, X->qualifiedName());
  } else if (auto *X = altCast<P::NoInheritParentContext>(C)) {
    WithRelation(K::NoInherit, X->qualifiedName());
  } else if (auto *X = altCast<P::SetRelOptionsContext>(C)) {
    Act(K::SetOptions)->Params = relOptions(X->relOptions());
  } else if (auto *X = altCast<P::ResetRelOptionsContext>(C)) {
    Act(K::ResetOptions)->Params = relOptions(X->relOptions());
  } else if (auto *X = altCast<P::SetTablespaceContext>(C)) {
    Act(K::SetTablespace)->Value = name(X->colId());
  } else if (auto *X = altCast<P::SetLoggedContext>(C)) {
    Act(X->K_LOGGED() ? K::SetLogged : K::SetUnlogged);
  } else {
    unsupported(describeAction("ALTER TABLE", normalizedText(C)));
  }
}

void PostgresLowering::lowerAlterTable(P::AlterTableStmtContext *C) {
  P::RelationExprContext *R = C->relationExpr();
  beginAlter({qualifiedName(R->qualifiedName()), loc(R->qualifiedName())},
             TargetKind::Table, C->ifExists() != nullptr);
  for (P::AlterTableCmdContext *Cmd : C->alterTableCmd())
    lowerAlterTableCmd(Cmd);
  endAlter();
}

void PostgresLowering::lowerAlterIndex(P::AlterIndexStmtContext *C) {
  beginAlter({qualifiedName(C->qualifiedName()), loc(C->qualifiedName())},
             TargetKind::Index, C->ifExists() != nullptr);
  P::AlterIndexCmdContext *A = C->alterIndexCmd();
  Location L = loc(A);
  using K = AlterAction::Kind;
  if (auto *X = altCast<P::AlterIndexRenameContext>(A)) {
    renameAction(A, name(X->colId()), "");
  } else if (auto *X = altCast<P::AlterIndexTablespaceContext>(A)) {
    action(K::SetTablespace, L).Value = name(X->colId());
  } else if (auto *X = altCast<P::AlterIndexSetOptionsContext>(A)) {
    action(K::SetOptions, L).Params = relOptions(X->relOptions());
  } else if (auto *X = altCast<P::AlterIndexResetOptionsContext>(A)) {
    action(K::ResetOptions, L).Params = relOptions(X->relOptions());
  } else if (altCast<P::AlterIndexSetSchemaContext>(A) ||
             altCast<P::AlterIndexOwnerContext>(A)) {
    error(L, DiagID::err_index_moves_and_changes_owner);
  } else {
    unsupported(describeAction("ALTER INDEX", normalizedText(A)));
  }
  endAlter();
}

void PostgresLowering::lowerAlterView(P::AlterViewStmtContext *C) {
  beginAlter({qualifiedName(C->qualifiedName()), loc(C->qualifiedName())},
             C->K_MATERIALIZED() ? TargetKind::MaterializedView
                                 : TargetKind::View,
             C->ifExists() != nullptr);
  std::string Stmt =
      C->K_MATERIALIZED() ? "ALTER MATERIALIZED VIEW" : "ALTER VIEW";
  using K = AlterAction::Kind;
  for (P::AlterViewCmdContext *A : C->alterViewCmd()) {
    Location L = loc(A);
    if (auto *X = altCast<P::AlterViewOwnerContext>(A))
      action(K::OwnerTo, L).Value = roleName(X->roleSpec());
    else if (auto *X = altCast<P::AlterViewRenameContext>(A))
      renameAction(A, name(X->colId()), "");
    else if (auto *X = altCast<P::AlterViewSetSchemaContext>(A))
      renameAction(A, "", name(X->colId()));
    else if (auto *X = altCast<P::AlterViewSetOptionsContext>(A))
      action(K::SetOptions, L).Params = relOptions(X->relOptions());
    else if (auto *X = altCast<P::AlterViewResetOptionsContext>(A))
      action(K::ResetOptions, L).Params = relOptions(X->relOptions());
    else if (auto *X = altCast<P::AlterViewTablespaceContext>(A))
      action(K::SetTablespace, L).Value = name(X->colId());
    else
      unsupported(describeAction(Stmt, normalizedText(A)));
  }
  endAlter();
}

void PostgresLowering::lowerAlterSequence(P::AlterSequenceStmtContext *C) {
  beginAlter({qualifiedName(C->qualifiedName()), loc(C->qualifiedName())},
             TargetKind::Sequence, C->ifExists() != nullptr);
  Location L = loc(C->qualifiedName());
  using K = AlterAction::Kind;
  if (!C->seqOptElem().empty()) {
    AlterAction &R = action(K::SetSequenceOptions, L);
    R.SeqOptions = std::make_unique<SequenceOptions>();
    for (P::SeqOptElemContext *O : C->seqOptElem())
      lowerSeqOption(O, *R.SeqOptions, nullptr, &R);
  } else if (C->roleSpec()) {
    action(K::OwnerTo, L).Value = roleName(C->roleSpec());
  } else if (C->K_RENAME()) {
    renameAction(C->qualifiedName(), name(C->colId()), "");
  } else if (C->K_SCHEMA()) {
    renameAction(C->qualifiedName(), "", name(C->colId()));
  } else {
    action(C->K_LOGGED() ? K::SetLogged : K::SetUnlogged, L);
  }
  endAlter();
}

void PostgresLowering::lowerAlterType(P::AlterTypeStmtContext *C) {
  beginAlter({qualifiedName(C->anyName()), loc(C->anyName())}, TargetKind::Type,
             false);
  P::AlterTypeCmdContext *A = C->alterTypeCmd();
  Location L = loc(A);
  using K = AlterAction::Kind;
  if (auto *X = altCast<P::AlterTypeAddValueContext>(A)) {
    AlterAction &R = action(K::AddEnumValue, L);
    R.IfNotExists = X->ifNotExists() != nullptr;
    std::vector<P::SconstContext *> S = X->sconst();
    R.Name = stringValue(S[0]);
    R.NameLoc = loc(S[0]);
    if (S.size() > 1) {
      R.Before = X->K_BEFORE() != nullptr;
      R.Neighbour = stringValue(S[1]);
      R.NeighbourLoc = loc(S[1]);
    }
    if (R.Name.size() > MaxIdentifierLength)
      error(R.NameLoc, DiagID::err_enum_label_too_long, {R.Name});
  } else if (auto *X = altCast<P::AlterTypeRenameValueContext>(A)) {
    AlterAction &R = action(K::RenameEnumValue, L);
    R.Name = stringValue(X->sconst(0));
    R.NameLoc = loc(X->sconst(0));
    R.NewName = stringValue(X->sconst(1));
  } else if (auto *X = altCast<P::AlterTypeOwnerContext>(A)) {
    action(K::OwnerTo, L).Value = roleName(X->roleSpec());
  } else if (auto *X = altCast<P::AlterTypeRenameContext>(A)) {
    renameAction(A, name(X->colId()), "");
  } else if (auto *X = altCast<P::AlterTypeSetSchemaContext>(A)) {
    renameAction(A, "", name(X->colId()));
  }
  endAlter();
}

void PostgresLowering::lowerAlterDomain(P::AlterDomainStmtContext *C) {
  beginAlter({qualifiedName(C->anyName()), loc(C->anyName())},
             TargetKind::Domain, false);
  P::AlterDomainCmdContext *A = C->alterDomainCmd();
  Location L = loc(A);
  using K = AlterAction::Kind;
  auto Named = [&](K Kind, P::ColIdContext *Id) -> AlterAction & {
    AlterAction &R = action(Kind, L);
    R.Name = name(Id);
    R.NameLoc = loc(Id);
    return R;
  };
  if (auto *X = altCast<P::AlterDomainSetDefaultContext>(A)) {
    action(K::SetDefault, L).Expression = lowerExpr(X->aExpr());
  } else if (altCast<P::AlterDomainDropDefaultContext>(A)) {
    action(K::DropDefault, L);
  } else if (altCast<P::AlterDomainSetNotNullContext>(A)) {
    action(K::SetNotNull, L);
  } else if (altCast<P::AlterDomainDropNotNullContext>(A)) {
    action(K::DropNotNull, L);
  } else if (auto *X = altCast<P::AlterDomainAddCheckContext>(A)) {
    AlterAction &R = action(K::AddDomainCheck, L);
    R.Check = std::make_unique<DomainCheck>();
    R.Check->Loc = L;
    if (X->colId())
      R.Check->Name = name(X->colId());
    R.Check->Check = lowerExpr(X->aExpr());
    Constraint Tmp;
    Tmp.K = Constraint::Kind::Check;
    lowerConstraintAttrs(X->constraintAttr(), Tmp);
    R.Check->NotValid = Tmp.NotValid;
  } else if (altCast<P::AlterDomainAddNotNullContext>(A)) {
    action(K::AddDomainNotNull, L);
  } else if (auto *X = altCast<P::AlterDomainDropConstraintContext>(A)) {
    AlterAction &R = Named(K::DropConstraint, X->colId());
    R.IfExists = X->ifExists() != nullptr;
    R.Cascade = X->dropBehavior() && X->dropBehavior()->K_CASCADE();
  } else if (auto *X = altCast<P::AlterDomainRenameConstraintContext>(A)) {
    Named(K::RenameConstraint, X->colId(0)).NewName = name(X->colId(1));
  } else if (auto *X = altCast<P::AlterDomainValidateConstraintContext>(A)) {
    Named(K::ValidateConstraint, X->colId());
  } else if (auto *X = altCast<P::AlterDomainOwnerContext>(A)) {
    action(K::OwnerTo, L).Value = roleName(X->roleSpec());
  } else if (auto *X = altCast<P::AlterDomainRenameContext>(A)) {
    renameAction(A, name(X->colId()), "");
  } else if (auto *X = altCast<P::AlterDomainSetSchemaContext>(A)) {
    renameAction(A, "", name(X->colId()));
  }
  endAlter();
}

void PostgresLowering::lowerAlterSchema(P::AlterSchemaStmtContext *C) {
  std::vector<P::ColIdContext *> Ids = C->colId();
  beginAlter({QualifiedName(name(Ids[0])), loc(Ids[0])}, TargetKind::Schema,
             false);
  if (C->roleSpec())
    action(AlterAction::Kind::OwnerTo, loc(Ids[0])).Value =
        roleName(C->roleSpec());
  else
    renameAction(Ids[0], name(Ids[1]), "");
  endAlter();
}

//===----------------------------------------------------------------------===//
// COMMENT, DROP, SET
//===----------------------------------------------------------------------===//

void PostgresLowering::lowerComment(P::CommentStmtContext *C) {
  P::CommentTargetContext *T = C->commentTarget();
  std::optional<std::string> Text;
  if (C->sconst())
    Text = stringValue(C->sconst());
  auto Comment = [&](TargetKind TK, NameRef Target) -> CommentChange & {
    auto R = std::make_unique<CommentChange>(Out.Loc, TK, std::move(Target));
    R->Text = std::move(Text);
    CommentChange &Ref = *R;
    Out.Change = std::move(R);
    return Ref;
  };
  if (auto *X = altCast<P::CommentOnRelationContext>(T)) {
    TargetKind TK = X->K_TABLE()          ? TargetKind::Table
                    : X->K_MATERIALIZED() ? TargetKind::MaterializedView
                    : X->K_VIEW()         ? TargetKind::View
                    : X->K_SEQUENCE()     ? TargetKind::Sequence
                                          : TargetKind::Index;
    Comment(TK, {qualifiedName(X->anyName()), loc(X->anyName())});
  } else if (auto *X = altCast<P::CommentOnTypeContext>(T)) {
    DataType DT = lowerType(X->typeName());
    // A built-in type is named by its spelling.
    QualifiedName N = DT.Kind == TypeKind::UserDefined
                          ? QualifiedName(DT.Name)
                          : QualifiedName(DT.Spelling);
    Comment(X->K_DOMAIN() ? TargetKind::Domain : TargetKind::Type,
            {N, loc(X->typeName())});
  } else if (auto *X = altCast<P::CommentOnSchemaContext>(T)) {
    Comment(TargetKind::Schema,
            {QualifiedName(name(X->colId())), loc(X->colId())});
  } else if (auto *X = altCast<P::CommentOnColumnContext>(T)) {
    std::vector<std::string> N = nameParts(X->anyName());
    if (N.size() < 2 || N.size() > 4) {
      error(loc(X->anyName()), DiagID::err_comment_column_unqualified);
      return;
    }
    if (N.size() == 4) // catalog.schema.table.column
      N.erase(N.begin());
    QualifiedName Rel =
        N.size() == 2 ? QualifiedName(N[0]) : QualifiedName(N[0], N[1]);
    CommentChange &R = Comment(TargetKind::Relation, {Rel, loc(X->anyName())});
    R.On = CommentChange::Part::Column;
    R.PartName = N.back();
  } else if (auto *X = altCast<P::CommentOnConstraintContext>(T)) {
    CommentChange &R =
        Comment(X->K_DOMAIN() ? TargetKind::Domain : TargetKind::Table,
                {qualifiedName(X->anyName()), loc(X->anyName())});
    R.On = CommentChange::Part::Constraint;
    R.PartName = name(X->colId());
  }
}

void PostgresLowering::lowerDrop(P::DropStmtContext *C) {
  P::DropKindContext *K = C->dropKind();
  TargetKind TK = K->K_TABLE()          ? TargetKind::Table
                  : K->K_MATERIALIZED() ? TargetKind::MaterializedView
                  : K->K_VIEW()         ? TargetKind::View
                  : K->K_INDEX()        ? TargetKind::Index
                  : K->K_SEQUENCE()     ? TargetKind::Sequence
                  : K->K_TYPE()         ? TargetKind::Type
                  : K->K_DOMAIN()       ? TargetKind::Domain
                                        : TargetKind::Schema;
  if (C->K_CONCURRENTLY() && TK != TargetKind::Index)
    error(loc(C->K_CONCURRENTLY()), DiagID::err_drop_concurrently);
  auto D = std::make_unique<DropChange>(Out.Loc, TK);
  D->IfExists = C->ifExists() != nullptr;
  D->Cascade = C->dropBehavior() && C->dropBehavior()->K_CASCADE();
  for (P::DropNameContext *N : C->dropName()) {
    if (TK == TargetKind::Schema) {
      std::vector<std::string> Parts = nameParts(N->anyName());
      if (Parts.size() != 1)
        error(loc(N), DiagID::err_invalid_name, {text(N).str()});
      D->Names.push_back({QualifiedName(Parts.back()), loc(N)});
      continue;
    }
    D->Names.push_back({qualifiedName(N->anyName()), loc(N)});
  }
  Out.Change = std::move(D);
}

std::vector<std::string> pg::parseSearchPath(llvm::StringRef V) {
  std::vector<std::string> R;
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  V.split(Parts, ',');
  for (llvm::StringRef P : Parts) {
    P = P.trim();
    if (P.size() >= 2 && ((P.front() == '"' && P.back() == '"') ||
                          (P.front() == '\'' && P.back() == '\''))) {
      char Q = P.front();
      std::string S;
      llvm::StringRef Body = P.drop_front().drop_back();
      for (size_t I = 0; I < Body.size(); ++I) {
        S += Body[I];
        if (Body[I] == Q && I + 1 < Body.size() && Body[I + 1] == Q)
          ++I;
      }
      // A quoted list inside a string: 'a, b'.
      if (Q == '\'' && S.find(',') != std::string::npos) {
        for (std::string &X : parseSearchPath(S))
          R.push_back(std::move(X));
        continue;
      }
      R.push_back(S);
    } else if (!P.empty()) {
      R.push_back(P.lower());
    }
  }
  return R;
}

SchemaChangePtr pg::makeSettingChange(std::unique_ptr<Setting> S) {
  // SET search_path moves where unqualified names resolve. TO DEFAULT and
  // RESET go back to the path a script starts with: PostgreSQL's default
  // "$user", public, in which the user's schema does not exist (the same
  // assumption as at the first statement, Module's initial path; the DDL
  // writer emits TO DEFAULT where an object was created under it).
  std::optional<std::vector<std::string>> Path;
  if (S->getParameter() == "search_path")
    Path = S->IsDefault ? std::vector<std::string>{"public"}
                        : parseSearchPath(S->Value);
  Location L = S->Loc;
  auto C = std::make_unique<SettingChange>(L, std::move(S));
  C->SearchPath = std::move(Path);
  return C;
}

void PostgresLowering::lowerSet(P::SetStmtContext *C) {
  bool Local = C->K_LOCAL() != nullptr;
  P::SetRestContext *R = C->setRest();
  std::string Param, Value;
  bool IsDefault = false;
  if (auto *X = altCast<P::SetGenericContext>(R)) {
    for (P::ColIdContext *Id : X->varName()->colId()) {
      if (!Param.empty())
        Param += '.';
      Param += name(Id);
    }
    if (X->K_DEFAULT())
      IsDefault = true;
    else
      Value = text(X->varList()).str();
  } else if (auto *X = altCast<P::SetTimeZoneContext>(R)) {
    Param = "timezone";
    if (X->varValue())
      Value = text(X->varValue()).str();
    else
      IsDefault = true;
  } else if (auto *X = altCast<P::SetSchemaNameContext>(R)) {
    Param = "search_path";
    Value = text(X->sconst()).str();
  } else if (auto *X = altCast<P::SetNamesContext>(R)) {
    Param = "client_encoding";
    if (X->sconst())
      Value = text(X->sconst()).str();
    else
      IsDefault = true;
  } else if (auto *X = altCast<P::SetXmlOptionContext>(R)) {
    Param = "xmloption";
    Value = X->K_DOCUMENT() ? "document" : "content";
  } else {
    error(loc(R), DiagID::err_unexpected_set_form);
    return;
  }
  auto S = std::make_unique<Setting>(loc(R), Param, Value);
  S->IsLocal = Local;
  S->IsDefault = IsDefault;
  Out.Change = makeSettingChange(std::move(S));
}

void PostgresLowering::lowerReset(P::ResetStmtContext *C) {
  std::string Param;
  if (P::VarNameContext *V = C->varName()) {
    for (P::ColIdContext *Id : V->colId()) {
      if (!Param.empty())
        Param += '.';
      Param += name(Id);
    }
  } else {
    Param = "timezone";
  }
  auto S = std::make_unique<Setting>(loc(C), Param, "");
  S->IsDefault = true;
  Out.Change = makeSettingChange(std::move(S));
}
