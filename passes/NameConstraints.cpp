//===- NameConstraints.cpp - The names databases generate -----------------===//
//
// Part of schemac. PostgreSQL's scheme mirrors PostgreSQL 15: makeObjectName(),
// ChooseRelationName() and ChooseConstraintName() (commands/indexcmds.c,
// catalog/pg_constraint.c), ChooseIndexName() and ChooseIndexColumnNames()
// (indexcmds.c), FigureIndexColname() (parser/parse_target.c), the CHECK
// naming rule of AddRelationNewConstraints() (catalog/heap.c) and the order
// of transformCreateStmt() (parser/parse_utilcmd.c). The labels and the
// length limit come from the scheme; schemes of Template style are
// NameConstraintsTemplate.cpp's.
//
//===----------------------------------------------------------------------===//

#include "schemac/passes/NameConstraints.h"
#include "NameConstraintsTemplate.h"
#include "schemac/dialects/SQLDialect.h"
#include "schemac/ir/DialectRules.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/Walk.h"
#include "schemac/passes/DependencyOrder.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <set>

using namespace schemac;

//===----------------------------------------------------------------------===//
// Name building
//===----------------------------------------------------------------------===//

llvm::StringRef pgnames::clipUTF8(llvm::StringRef S, size_t Limit) {
  if (S.size() <= Limit)
    return S;
  size_t N = Limit;
  // Back up over continuation bytes (10xxxxxx) so no character is split.
  while (N > 0 && (static_cast<unsigned char>(S[N]) & 0xC0) == 0x80)
    --N;
  return S.take_front(N);
}

std::string pgnames::makeObjectName(llvm::StringRef Name1,
                                    llvm::StringRef Name2,
                                    llvm::StringRef Label, unsigned MaxLength) {
  size_t Overhead = 0;
  size_t Name1Chars = Name1.size(), Name2Chars = 0;
  bool HasName2 = !Name2.empty();
  if (HasName2) {
    Name2Chars = Name2.size();
    ++Overhead; // separating underscore
  }
  if (!Label.empty())
    Overhead += Label.size() + 1;
  size_t Avail = MaxLength > Overhead ? MaxLength - Overhead : 1;
  // Truncate the longer name first, one byte at a time, as PostgreSQL does.
  while (Name1Chars + Name2Chars > Avail) {
    if (Name1Chars > Name2Chars)
      --Name1Chars;
    else
      --Name2Chars;
  }
  std::string Result = clipUTF8(Name1, Name1Chars).str();
  if (HasName2) {
    Result += '_';
    Result += clipUTF8(Name2, Name2Chars);
  }
  if (!Label.empty()) {
    Result += '_';
    Result += Label;
  }
  return Result;
}

std::string pgnames::joinNameParts(llvm::ArrayRef<std::string> Names,
                                   unsigned MaxLength) {
  std::string Buf;
  for (const std::string &N : Names) {
    if (!Buf.empty())
      Buf += '_';
    // strlcpy(buf + buflen, name, NAMEDATALEN) copies NAMEDATALEN-1 bytes.
    Buf += llvm::StringRef(N).take_front(MaxLength);
    if (Buf.size() >= MaxLength + 1)
      break;
  }
  return Buf;
}

std::vector<std::string>
pgnames::uniquifyColumnNames(std::vector<std::string> Names,
                             unsigned MaxLength) {
  std::vector<std::string> Result;
  for (std::string &Orig : Names) {
    std::string Cur = Orig;
    for (unsigned I = 1; llvm::is_contained(Result, Cur); ++I) {
      std::string Num = std::to_string(I);
      size_t Room = MaxLength > Num.size() ? MaxLength - Num.size() : 0;
      Cur = clipUTF8(Orig, Room).str() + Num;
    }
    Result.push_back(std::move(Cur));
  }
  return Result;
}

/// The name PostgreSQL's grammar gives a type in a cast (the last part of
/// the TypeName, e.g. int4 for integer).
static std::string getCastTypeName(const DataType &T) {
  switch (T.Kind) {
  case TypeKind::Boolean:
    return "bool";
  case TypeKind::SmallInt:
    return "int2";
  case TypeKind::Integer:
    return "int4";
  case TypeKind::BigInt:
    return "int8";
  case TypeKind::Decimal:
    return "numeric";
  case TypeKind::Real:
    return "float4";
  case TypeKind::Double:
    return "float8";
  case TypeKind::Char:
    return "bpchar";
  case TypeKind::Binary:
    return "bytea";
  case TypeKind::DialectSpecific:
  case TypeKind::UserDefined:
    return T.Name.Name;
  case TypeKind::Unknown: {
    // Only the spelling is known: its last word before any modifier.
    llvm::StringRef S = llvm::StringRef(T.Spelling).split('(').first.trim();
    S = S.split('[').first.trim();
    return S.rsplit(' ').second.empty() ? S.str() : S.rsplit(' ').second.str();
  }
  default:
    return getTypeKindName(T.Kind).str();
  }
}

namespace {
/// FigureColnameInternal(): a name and its strength (0 none, 1 weak from a
/// type or keyword, 2 strong from a column or function).
struct FiguredName {
  std::string Name;
  int Strength = 0;
};
} // namespace

static FiguredName figureColname(const Expr &E) {
  switch (E.getKind()) {
  case Expr::Kind::ColumnRef: {
    const auto &C = llvm::cast<ColumnRef>(E);
    if (!C.Path.empty())
      return {C.Path.back(), 2};
    return {};
  }
  case Expr::Kind::FuncCall: {
    const auto &F = llvm::cast<FuncCall>(E);
    if (F.Name.empty())
      return {};
    std::string Name = F.Name.back();
    switch (F.Form) {
    case FuncCall::Syntax::Normal:
      break;
    case FuncCall::Syntax::Trim:
      Name = F.TrimSpec == "LEADING"    ? "ltrim"
             : F.TrimSpec == "TRAILING" ? "rtrim"
                                        : "btrim";
      break;
    case FuncCall::Syntax::NoParens:
      Name = llvm::StringRef(Name).lower();
      // The SQL keyword USER is current_user's alias but keeps its name.
      break;
    default:
      Name = llvm::StringRef(Name).lower();
      break;
    }
    return {Name, 2};
  }
  case Expr::Kind::Subscript:
    return figureColname(*llvm::cast<Subscript>(E).Base);
  case Expr::Kind::FieldAccess: {
    const auto &F = llvm::cast<FieldAccess>(E);
    if (F.Field != "*")
      return {F.Field, 2};
    return figureColname(*F.Base);
  }
  case Expr::Kind::Cast: {
    const auto &C = llvm::cast<Cast>(E);
    FiguredName N = figureColname(*C.Operand);
    if (N.Strength <= 1)
      return {getCastTypeName(C.Type), 1};
    return N;
  }
  case Expr::Kind::CollateExpr:
    return figureColname(*llvm::cast<CollateExpr>(E).Operand);
  case Expr::Kind::Case: {
    const auto &C = llvm::cast<Case>(E);
    FiguredName N;
    if (C.Else)
      N = figureColname(*C.Else);
    if (N.Strength <= 1)
      return {"case", 1};
    return N;
  }
  case Expr::Kind::ArrayExpr:
    return {"array", 1};
  case Expr::Kind::RowExpr:
    return {"row", 1};
  case Expr::Kind::SubqueryExpr: {
    const auto &S = llvm::cast<SubqueryExpr>(E);
    if (S.SK == SubqueryExpr::SubKind::Exists)
      return {"exists", 2};
    if (S.SK == SubqueryExpr::SubKind::Array)
      return {"array", 2};
    return {};
  }
  case Expr::Kind::BinaryOp:
    // x AT TIME ZONE y is the function timezone(y, x) in PostgreSQL 15.
    if (DialectRules::getKind(llvm::cast<BinaryOp>(E)) ==
        BinaryOpKind::AtTimeZone)
      return {"timezone", 2};
    return {};
  default:
    return {};
  }
}

std::string pgnames::figureIndexColumnName(const Expr &E) {
  FiguredName N = figureColname(E);
  return N.Strength > 0 && !N.Name.empty() ? N.Name : "expr";
}

//===----------------------------------------------------------------------===//
// The pass
//===----------------------------------------------------------------------===//

void NameConstraintsPass::declareOptions(PassOptions &O) {
  O.addBool("indexes", true, "name unnamed indexes (CREATE INDEX)");
  O.addBool("constraints", true,
            "name unnamed table constraints and domain checks");
  O.addInt("max-length", 63,
           "longest identifier in bytes of PostgreSQL's names (NAMEDATALEN - "
           "1); other databases' limits are fixed",
           16, 1024);
}

NameConstraintsPass::NameConstraintsPass(const PassOptions &O)
    : NameIndexes(O.getBool("indexes")),
      NameConstraints(O.getBool("constraints")),
      MaxLength(unsigned(O.getInt("max-length"))) {}

namespace {

/// The names taken in each schema, as PostgreSQL's catalogs would hold them
/// while the script runs.
class Namer {
public:
  Namer(Module &M, unsigned MaxLength) : M(M), MaxLength(MaxLength) {}

  std::string schemaOf(const QualifiedName &N) const {
    return M.qualify(N).Schema;
  }

  /// The schema and name of the table \p N names (an index's table).
  std::pair<std::string, std::string> resolveRelation(const QualifiedName &N) {
    if (Object *O = M.lookupRelation(N))
      return {schemaOf(O->getName()), O->getName().Name};
    return {schemaOf(N), N.Name};
  }

  void reserveRelation(llvm::StringRef Schema, llvm::StringRef Name) {
    RelNames[Schema].insert(Name);
  }
  void reserveConstraint(llvm::StringRef Schema, llvm::StringRef Name) {
    ConNames[Schema].insert(Name);
  }

  /// ChooseRelationName(): avoids relation names, and for the index of a
  /// constraint also constraint names.
  std::string chooseRelationName(llvm::StringRef Schema, llvm::StringRef Name1,
                                 llvm::StringRef Name2, llvm::StringRef Label,
                                 bool IsConstraint) {
    llvm::StringSet<> &Rels = RelNames[Schema];
    llvm::StringSet<> &Cons = ConNames[Schema];
    std::string ModLabel = Label.str();
    for (unsigned Pass = 0;;) {
      std::string Name = pgnames::makeObjectName(clip(Name1), clip(Name2),
                                                 ModLabel, MaxLength);
      if (!Rels.count(Name) && (!IsConstraint || !Cons.count(Name))) {
        Rels.insert(Name);
        if (IsConstraint)
          Cons.insert(Name);
        return Name;
      }
      ModLabel = (Label + llvm::Twine(++Pass)).str();
    }
  }

  /// ChooseConstraintName(): avoids the constraint names of the schema.
  std::string chooseConstraintName(llvm::StringRef Schema,
                                   llvm::StringRef Name1, llvm::StringRef Name2,
                                   llvm::StringRef Label) {
    llvm::StringSet<> &Cons = ConNames[Schema];
    std::string ModLabel = Label.str();
    for (unsigned Pass = 0;;) {
      std::string Name = pgnames::makeObjectName(clip(Name1), clip(Name2),
                                                 ModLabel, MaxLength);
      if (!Cons.count(Name)) {
        Cons.insert(Name);
        return Name;
      }
      ModLabel = (Label + llvm::Twine(++Pass)).str();
    }
  }

  /// ChooseIndexColumnNames() + ChooseIndexNameAddition().
  std::string indexNameAddition(std::vector<std::string> Cols) {
    for (std::string &C : Cols)
      C = clip(C).str();
    return pgnames::joinNameParts(
        pgnames::uniquifyColumnNames(std::move(Cols), MaxLength), MaxLength);
  }

  std::string elementName(const IndexElement &E) {
    return E.isExpression() ? pgnames::figureIndexColumnName(*E.Expression)
                            : E.Column;
  }

  unsigned getMaxLength() const { return MaxLength; }

private:
  /// Identifiers longer than NAMEDATALEN - 1 are truncated by the parser.
  llvm::StringRef clip(llvm::StringRef S) const {
    return pgnames::clipUTF8(S, MaxLength);
  }

  Module &M;
  unsigned MaxLength;
  llvm::StringMap<llvm::StringSet<>> RelNames;
  llvm::StringMap<llvm::StringSet<>> ConNames;
};

bool isIndexBacked(const Constraint &C) {
  return C.K == Constraint::Kind::PrimaryKey ||
         C.K == Constraint::Kind::Unique || C.K == Constraint::Kind::Exclusion;
}

} // namespace

std::string schemac::getSingleCheckColumn(const Table &T, const Expr &Check) {
  llvm::SmallVector<std::string, 2> Cols;
  walk(Check, [&](const Expr &E) {
    const auto *C = llvm::dyn_cast<ColumnRef>(&E);
    if (!C || C->Star || C->Path.empty())
      return;
    const Column *Col = T.findColumn(C->Path.back());
    if (Col && !llvm::is_contained(Cols, Col->Name))
      Cols.push_back(Col->Name);
  });
  return Cols.size() == 1 ? Cols.front() : std::string();
}

namespace {

class NameConstraintsImpl {
public:
  NameConstraintsImpl(Module &M, const NamingScheme &S, unsigned MaxLength,
                      bool Indexes, bool Constraints)
      : M(M), S(S), N(M, MaxLength), Indexes(Indexes),
        Constraints(Constraints) {}

  bool run() {
    reserveExplicitRelationNames();
    for (Sequence *S : M.getObjects<Sequence>())
      if (S->isOwned())
        if (Table *T = M.lookupTable(S->OwnedByTable))
          OwnedSequences.insert({T, S->OwnedByColumn});
    // Phase 1: the CREATE statements in module order.
    for (const ObjectPtr &O : M.objects()) {
      if (auto *T = llvm::dyn_cast<Table>(O.get()))
        nameCreateTable(*T);
      else if (auto *I = llvm::dyn_cast<Index>(O.get()))
        nameIndex(*I);
      else if (auto *D = llvm::dyn_cast<Domain>(O.get()))
        nameDomain(*D);
    }
    // Phase 2: ALTER TABLE ... ADD CONSTRAINT, which follow the CREATEs.
    for (Table *T : M.getObjects<Table>())
      nameAlterConstraints(*T);
    // Renaming invalidates the module's name index: rename once at the end.
    for (auto &[I, Name] : IndexRenames)
      M.rename(I, std::move(Name));
    return Changed;
  }

private:
  /// Relation names are unique per schema, so a valid script never creates
  /// later a relation with a name chosen earlier: every explicit relation
  /// name can be reserved up front (constraint names cannot: two tables
  /// may have constraints of the same name).
  void reserveExplicitRelationNames() {
    for (const ObjectPtr &O : M.objects()) {
      const QualifiedName &Name = O->getName();
      if (auto *I = llvm::dyn_cast<Index>(O.get())) {
        if (I->isNamed())
          N.reserveRelation(N.resolveRelation(I->Table).first, Name.Name);
        continue;
      }
      if (auto *T = llvm::dyn_cast<Table>(O.get())) {
        std::string Schema = N.schemaOf(Name);
        for (const Constraint &C : T->Constraints)
          if (isIndexBacked(C) && !C.Name.empty())
            N.reserveRelation(Schema, C.Name);
        for (const Column &Col : T->Columns)
          if (Col.Ident && !Col.Ident->Options.SequenceName.empty()) {
            const QualifiedName &S = Col.Ident->Options.SequenceName;
            N.reserveRelation(S.isQualified() ? S.Schema : Schema, S.Name);
          }
      }
      bool IsRelation = getNamespace(*O) == Namespace::Relation;
      if (auto *Op = llvm::dyn_cast<OpaqueObject>(O.get()))
        IsRelation |= Op->ObjectType == "composite type" ||
                      Op->ObjectType == "sequence" || Op->ObjectType == "index";
      if (IsRelation && !Name.empty())
        N.reserveRelation(N.schemaOf(Name), Name.Name);
    }
  }

  bool hasOwnedSequence(const Table &T, const Column &Col) const {
    return OwnedSequences.count({&T, Col.Name});
  }

  void nameCreateTable(Table &T) {
    std::string Schema = N.schemaOf(T.getName());
    const std::string &TName = T.getName().Name;
    // Constraint names of this table are unique within it: reserve them.
    for (const Constraint &C : T.Constraints)
      if (!C.Name.empty() && !C.AddedByAlter)
        N.reserveConstraint(Schema, C.Name);
    // serial and identity columns create <table>_<column>_seq first.
    for (const Column &Col : T.Columns)
      if ((Col.Type.Serial ||
           (Col.Ident && Col.Ident->Options.SequenceName.empty())) &&
          !hasOwnedSequence(T, Col))
        N.chooseRelationName(Schema, TName, Col.Name, S.Sequence.Pattern,
                             false);
    if (!Constraints)
      return;
    // heap.c names the checks, then the indexes are built (primary key
    // first), then the foreign keys are added.
    for (Constraint &C : T.Constraints)
      if (!C.AddedByAlter && C.K == Constraint::Kind::Check)
        nameConstraint(T, Schema, C);
    nameIndexConstraints(T, Schema);
    for (Constraint &C : T.Constraints)
      if (!C.AddedByAlter && C.K == Constraint::Kind::ForeignKey)
        nameConstraint(T, Schema, C);
  }

  /// transformIndexConstraints(): the primary key first, then the other
  /// index-backed constraints; one that duplicates an earlier one is merged
  /// into it (and gives it its name if the earlier one has none). Merged
  /// constraints and unnamed ones that receive a merged name stay unnamed:
  /// PostgreSQL merges them again the same way.
  void nameIndexConstraints(Table &T, llvm::StringRef Schema) {
    std::vector<Constraint *> Order;
    for (Constraint &C : T.Constraints)
      if (!C.AddedByAlter && C.K == Constraint::Kind::PrimaryKey) {
        Order.push_back(&C);
        break;
      }
    for (Constraint &C : T.Constraints)
      if (!C.AddedByAlter && isIndexBacked(C) &&
          (Order.empty() || &C != Order[0]))
        Order.push_back(&C);
    std::vector<Constraint *> Kept;
    std::vector<bool> GetsMergedName;
    for (Constraint *C : Order) {
      auto Prior = llvm::find_if(
          Kept, [&](Constraint *P) { return isSameIndex(*P, *C); });
      if (Prior == Kept.end()) {
        Kept.push_back(C);
        GetsMergedName.push_back(false);
        continue;
      }
      size_t Idx = Prior - Kept.begin();
      if (!C->Name.empty())
        GetsMergedName[Idx] = true;
    }
    for (size_t I = 0; I != Kept.size(); ++I)
      if (!GetsMergedName[I])
        nameConstraint(T, Schema, *Kept[I]);
  }

  /// The comparison of transformIndexConstraints() for plain-column keys.
  static bool isSameIndex(const Constraint &A, const Constraint &B) {
    bool AExcl = A.K == Constraint::Kind::Exclusion;
    bool BExcl = B.K == Constraint::Kind::Exclusion;
    if (AExcl != BExcl || A.Include != B.Include ||
        A.NullsNotDistinct != B.NullsNotDistinct ||
        A.Deferrable.value_or(false) != B.Deferrable.value_or(false) ||
        A.InitiallyDeferred.value_or(false) !=
            B.InitiallyDeferred.value_or(false))
      return false;
    if (!AExcl)
      return A.Columns == B.Columns;
    if (A.ExclusionWhere || B.ExclusionWhere ||
        A.ExclusionMethod != B.ExclusionMethod ||
        A.Exclusions.size() != B.Exclusions.size())
      return false;
    for (size_t I = 0; I != A.Exclusions.size(); ++I) {
      const ExclusionElement &X = A.Exclusions[I], &Y = B.Exclusions[I];
      // Expressions are not compared: treat them as different.
      if (X.Element.isExpression() || Y.Element.isExpression() ||
          X.Element.Column != Y.Element.Column || X.Operator != Y.Operator ||
          X.Element.OpClass != Y.Element.OpClass ||
          X.Element.Collation != Y.Element.Collation ||
          X.Element.Direction != Y.Element.Direction ||
          X.Element.Nulls != Y.Element.Nulls)
        return false;
    }
    return true;
  }

  void nameAlterConstraints(Table &T) {
    std::string Schema = N.schemaOf(T.getName());
    for (Constraint &C : T.Constraints) {
      if (!C.AddedByAlter)
        continue;
      if (!C.Name.empty())
        N.reserveConstraint(Schema, C.Name);
      else if (Constraints)
        nameConstraint(T, Schema, C);
    }
  }

  void nameConstraint(Table &T, llvm::StringRef Schema, Constraint &C) {
    if (!C.Name.empty())
      return;
    const std::string &TName = T.getName().Name;
    switch (C.K) {
    case Constraint::Kind::Check: {
      std::string Col = C.Check ? getSingleCheckColumn(T, *C.Check) : "";
      C.Name = N.chooseConstraintName(Schema, TName, Col, S.Check.Pattern);
      break;
    }
    case Constraint::Kind::PrimaryKey:
      C.Name =
          N.chooseRelationName(Schema, TName, "", S.PrimaryKey.Pattern, true);
      break;
    case Constraint::Kind::Unique: {
      std::vector<std::string> Cols = C.Columns;
      Cols.insert(Cols.end(), C.Include.begin(), C.Include.end());
      C.Name = N.chooseRelationName(Schema, TName,
                                    N.indexNameAddition(std::move(Cols)),
                                    S.Unique.Pattern, true);
      break;
    }
    case Constraint::Kind::Exclusion: {
      std::vector<std::string> Cols;
      for (const ExclusionElement &E : C.Exclusions)
        Cols.push_back(N.elementName(E.Element));
      Cols.insert(Cols.end(), C.Include.begin(), C.Include.end());
      C.Name = N.chooseRelationName(Schema, TName,
                                    N.indexNameAddition(std::move(Cols)),
                                    S.Exclusion.Pattern, true);
      break;
    }
    case Constraint::Kind::ForeignKey:
      C.Name = N.chooseConstraintName(
          Schema, TName, pgnames::joinNameParts(C.Columns, N.getMaxLength()),
          S.ForeignKey.Pattern);
      break;
    }
    Changed = true;
  }

  void nameIndex(Index &I) {
    if (I.isNamed() || !Indexes)
      return;
    auto [Schema, TName] = N.resolveRelation(I.Table);
    std::vector<std::string> Cols;
    for (const IndexElement &E : I.Elements)
      Cols.push_back(N.elementName(E));
    Cols.insert(Cols.end(), I.Include.begin(), I.Include.end());
    std::string Name = N.chooseRelationName(
        Schema, TName, N.indexNameAddition(std::move(Cols)), S.Index.Pattern,
        false);
    // The index lives in its table's schema; keep the IR's spelling style
    // (qualified only if the table reference was).
    std::string IndexSchema = I.getName().Schema;
    if (IndexSchema.empty() && I.Table.isQualified())
      IndexSchema = Schema;
    IndexRenames.emplace_back(&I, QualifiedName(IndexSchema, Name));
    Changed = true;
  }

  void nameDomain(Domain &D) {
    std::string Schema = N.schemaOf(D.getName());
    for (const DomainCheck &C : D.Checks)
      if (!C.Name.empty())
        N.reserveConstraint(Schema, C.Name);
    if (!Constraints)
      return;
    for (DomainCheck &C : D.Checks) {
      if (!C.Name.empty())
        continue;
      C.Name = N.chooseConstraintName(Schema, D.getName().Name, "",
                                      S.DomainCheck.Pattern);
      Changed = true;
    }
  }

  Module &M;
  /// The labels of the names.
  const NamingScheme &S;
  Namer N;
  std::set<std::pair<const Table *, std::string>> OwnedSequences;
  std::vector<std::pair<Index *, QualifiedName>> IndexRenames;
  bool Indexes, Constraints;
  bool Changed = false;
};

} // namespace

const NamingScheme &schemac::getNamingSchemeOf(llvm::StringRef Dialect) {
  if (const SQLDialect *D = SQLDialect::lookup(Dialect))
    return D->getNamingScheme();
  if (const NamingScheme *S = NamingScheme::lookup(Dialect))
    return *S;
  return NamingScheme::getPostgres();
}

bool schemac::nameConstraints(Module &M, const NamingScheme &S, bool Indexes,
                              bool Constraints, unsigned MaxLength) {
  if (S.Kind == NamingScheme::Style::Template)
    return nameByTemplates(M, S, Indexes, Constraints);
  return NameConstraintsImpl(M, S, MaxLength, Indexes, Constraints).run();
}

PassResult NameConstraintsPass::run(Module &M, AnalysisManager &AM) {
  llvm::StringRef Target = AM.getTargetDialect();
  const NamingScheme &S =
      getNamingSchemeOf(Target.empty() ? M.Dialect : Target);
  bool Changed = nameConstraints(M, S, NameIndexes, NameConstraints, MaxLength);
  if (!Changed)
    return PreservedAnalyses::all();
  // Objects keep their positions and references resolve to the same
  // objects: the dependency graph stays valid.
  return PreservedAnalyses::none().preserve<DependencyOrderAnalysis>();
}
