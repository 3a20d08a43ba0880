//===- SchemaEditorPropertyTest.cpp - Random schema changes ---------------===//
//
// Part of schemac. Random sequences of schema changes (creates, alters of
// every action kind, renames, drops with and without CASCADE, comments,
// search path changes) applied to random modules. After each change:
//
//   - it applied and the verifier finds no error, or it failed with an
//     error diagnostic and the module prints exactly as before (a change
//     the IR cannot express leaves it alone too);
//   - the module's name index agrees with its objects: every object is
//     found by its name, and no name finds an object that is gone or is
//     named differently;
//   - printing, parsing and printing again gives the same text.
//
// The run is deterministic for a seed: SCHEMAC_PROPERTY_SEED (default 1)
// and SCHEMAC_PROPERTY_STEPS (default 3000) change it. A failure prints
// the seed, the step, the change, and the module before and after.
//
// The generator makes changes from what the module holds, sometimes with
// names that do not exist or name the wrong kind of object (so that
// changes fail), but keeps to the inputs the editor is meant to check: it
// does not reference tables that are created later (the editor allows
// that, and the verifier reports what never resolves), and it changes
// column types only where no default, key or expression uses the column.
//
//===----------------------------------------------------------------------===//

#include "EditorTestUtil.h"

#include "schemac/ir/NameResolver.h"
#include "schemac/ir/Verifier.h"
#include "schemac/ir/Walk.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/Twine.h"

#include "gtest/gtest.h"

#include <cstdlib>
#include <random>
#include <set>

using namespace schemac;
using namespace schemac::irtest;

namespace {

using Act = AlterAction::Kind;

unsigned envOr(const char *Name, unsigned Default) {
  const char *V = std::getenv(Name);
  return V && *V ? unsigned(std::strtoul(V, nullptr, 10)) : Default;
}

/// Makes random changes for the module as it is.
class ChangeGenerator {
public:
  ChangeGenerator(std::mt19937 &Rng, const Module &M, IRReader &R)
      : Rng(Rng), M(M), R(R) {}

  /// The next change, and a description of it (Description).
  SchemaChangePtr next();
  std::string Description;

private:
  //===--- Randomness -----------------------------------------------------===//
  unsigned below(unsigned N) {
    return N ? std::uniform_int_distribution<unsigned>(0, N - 1)(Rng) : 0;
  }
  bool chance(unsigned Percent) { return below(100) < Percent; }
  template <typename T> T *pick(const std::vector<T *> &V) {
    return V.empty() ? nullptr : V[below(V.size())];
  }
  std::string fresh(llvm::StringRef Prefix) {
    return Prefix.str() + std::to_string(++Counter);
  }
  /// A new constraint's name, or none (the editor generates one).
  std::string constraintName() { return chance(30) ? "" : fresh("k"); }

  //===--- Names ----------------------------------------------------------===//
  std::string schemaOf(const Object &O) const {
    if (O.getName().isQualified())
      return O.getName().Schema;
    if (auto *I = llvm::dyn_cast<Index>(&O))
      if (Object *T = M.lookupRelation(I->Table))
        return schemaOf(*T);
    return M.getDefaultSchema();
  }
  /// A name for \p O as a change may write it: as the module has it, or
  /// qualified.
  QualifiedName nameOf(const Object &O) {
    if (chance(50) || llvm::isa<SchemaDecl>(O))
      return O.getName();
    return QualifiedName(schemaOf(O), O.getName().Name);
  }
  /// A name for a new object: unqualified (in the default schema) or in
  /// one of the test's schemas.
  QualifiedName newName(llvm::StringRef Prefix) {
    std::string N = fresh(Prefix);
    if (chance(40))
      return QualifiedName(N);
    return QualifiedName(Schemas[below(Schemas.size())], N);
  }
  std::string text(const QualifiedName &N) const {
    auto Part = [](const std::string &S) { return "\"" + S + "\""; };
    return N.isQualified() ? Part(N.Schema) + "." + Part(N.Name) : Part(N.Name);
  }
  /// Sometimes a name that finds nothing or the wrong kind of object.
  QualifiedName wrongName() {
    if (chance(50))
      if (Object *O = pick(all()))
        if (!O->getName().empty())
          return O->getName();
    return QualifiedName("nope" + std::to_string(++Counter));
  }
  NameRef ref(const Object *O) {
    if (!O || chance(8))
      return {wrongName(), Location()};
    return {nameOf(*O), Location()};
  }

  /// The kind a change names \p O by.
  static TargetKind kindOf(const Object &O) {
    if (auto *V = llvm::dyn_cast<View>(&O))
      return V->Materialized ? TargetKind::MaterializedView : TargetKind::View;
    if (llvm::isa<Index>(O))
      return TargetKind::Index;
    if (llvm::isa<Sequence>(O))
      return TargetKind::Sequence;
    if (llvm::isa<EnumType>(O))
      return TargetKind::Type;
    if (llvm::isa<Domain>(O))
      return TargetKind::Domain;
    if (llvm::isa<SchemaDecl>(O))
      return TargetKind::Schema;
    return TargetKind::Table;
  }

  //===--- What the module holds ------------------------------------------===//
  std::vector<Object *> all() const {
    std::vector<Object *> V;
    for (const ObjectPtr &O : M.objects())
      V.push_back(O.get());
    return V;
  }
  std::vector<Table *> tables() const { return M.getObjects<Table>(); }
  /// Tables with columns of their own (not bare partitions).
  std::vector<Table *> tablesWithColumns() const {
    std::vector<Table *> V;
    for (Table *T : tables())
      if (!T->Columns.empty())
        V.push_back(T);
    return V;
  }
  /// Tables with a primary key on one integer column.
  std::vector<Table *> tablesWithPrimaryKey() const {
    std::vector<Table *> V;
    for (Table *T : tablesWithColumns())
      if (const Constraint *PK = T->getPrimaryKey())
        if (PK->Columns.size() == 1)
          if (const Column *C = T->findColumn(PK->Columns[0]))
            if (C->Type.isIntegral() && !C->Type.ArrayDims)
              V.push_back(T);
    return V;
  }
  Column *pickColumn(Table &T) {
    return T.Columns.empty() ? nullptr : &T.Columns[below(T.Columns.size())];
  }
  /// Whether no key, index, expression, default or other table uses \p C.
  bool isFree(const Table &T, const Column &C) const;

  //===--- Types and expressions ------------------------------------------===//
  struct TypeChoice {
    std::string IR;      ///< "integer", "user<s1.e3>"
    std::string Default; ///< a valid default, or "" if none is made
    bool Integer = false;
    bool Text = false;
  };
  TypeChoice pickType();
  std::string checkOn(const Column &C);

  //===--- Changes --------------------------------------------------------===//
  SchemaChangePtr createSchema();
  SchemaChangePtr createTable();
  SchemaChangePtr createIndex();
  SchemaChangePtr createView();
  SchemaChangePtr createSequence();
  SchemaChangePtr createEnum();
  SchemaChangePtr createDomain();
  SchemaChangePtr alterTable();
  bool tableAction(AlterChange &A, Table *T);
  SchemaChangePtr alterOther();
  SchemaChangePtr rename();
  SchemaChangePtr drop();
  SchemaChangePtr comment();
  SchemaChangePtr setting();
  SchemaChangePtr create(const std::string &Text);
  AlterAction &action(AlterChange &A, Act K, std::string Name = "") {
    A.Actions.emplace_back(K, Location());
    A.Actions.back().Name = std::move(Name);
    Description += " " + A.Actions.back().getKindName().str();
    if (!A.Actions.back().Name.empty())
      Description += " " + A.Actions.back().Name;
    return A.Actions.back();
  }

  std::mt19937 &Rng;
  const Module &M;
  IRReader &R;
  unsigned Counter = 0;
  const std::vector<std::string> Schemas = {"s1", "s2", "s3"};
};

bool ChangeGenerator::isFree(const Table &T, const Column &C) const {
  if (C.Default || C.generation() || C.Ident || !C.collation().empty())
    return false;
  auto Mentions = [&](const Expr *E) {
    bool Found = false;
    if (E)
      walk(*E, [&](const Expr &X) {
        if (auto *Ref = llvm::dyn_cast<ColumnRef>(&X))
          Found |= Ref->getColumnName() == C.Name;
      });
    return Found;
  };
  for (const Column &Other : T.Columns)
    if (Other.generation() && Mentions(Other.generation()->Expression.get()))
      return false;
  for (const Constraint &K : T.Constraints)
    if (llvm::is_contained(K.Columns, C.Name) || K.ColumnLevel == C.Name ||
        Mentions(K.Check.get()))
      return false;
  if (T.PartitionBy)
    for (const IndexElement &E : T.PartitionBy->Keys)
      if (E.Column == C.Name || Mentions(E.Expression.get()))
        return false;
  // Tables that reference this one, inherit from it or are its partitions
  // see its columns too.
  for (const Table *Other : M.getObjects<Table>())
    if (Other != &T) {
      if (M.lookupTable(Other->PartitionOf) == &T ||
          llvm::any_of(Other->Inherits, [&](const QualifiedName &N) {
            return M.lookupTable(N) == &T;
          }))
        return false;
      for (const Constraint &K : Other->Constraints)
        if (K.K == Constraint::Kind::ForeignKey &&
            M.lookupTable(K.RefTable) == &T)
          return false;
    }
  if (T.isPartition() || !T.Inherits.empty())
    return false;
  return true;
}

ChangeGenerator::TypeChoice ChangeGenerator::pickType() {
  TypeChoice C;
  switch (below(8)) {
  case 0:
  case 1:
    C = {"integer", "(lit int " + std::to_string(below(100)) + ")", true};
    break;
  case 2:
    C = {"bigint", "(lit int 7)", true};
    break;
  case 3:
    C = {"text", "(lit str \"x\")", false, true};
    break;
  case 4:
    C = {"varchar(10)", "(lit str \"abc\")", false, true};
    break;
  case 5:
    C = {"boolean", "(lit true)"};
    break;
  case 6:
    C = {"date", "(lit str \"2024-01-01\")"};
    break;
  case 7: {
    // A type of the module: a domain over integer, or an enum (no default:
    // its labels may be renamed).
    std::vector<Object *> Types;
    for (const ObjectPtr &O : M.objects())
      if (llvm::isa<EnumType>(*O) || llvm::isa<Domain>(*O))
        Types.push_back(O.get());
    if (Object *T = pick(Types)) {
      QualifiedName N(schemaOf(*T), T->getName().Name);
      C.IR = "user<" + text(N) + ">";
      if (llvm::isa<Domain>(T))
        C.Default = "(lit int 5)";
    } else {
      C = {"integer", "(lit int 1)", true};
    }
    break;
  }
  }
  return C;
}

std::string ChangeGenerator::checkOn(const Column &C) {
  std::string Col = "(col \"" + C.Name + "\")";
  if (C.Type.isIntegral())
    return "(binary \">\" " + Col + " (lit int 0))";
  if (C.Type.isString())
    return "(binary \"<>\" " + Col + " (lit str \"\"))";
  return "(is " + Col + " not null)";
}

SchemaChangePtr ChangeGenerator::create(const std::string &Text) {
  auto C = createChange(R, Text);
  EXPECT_TRUE(C->Object) << Text << "\n" << R.Errors;
  return C;
}

SchemaChangePtr ChangeGenerator::createSchema() {
  std::string N = chance(80) ? Schemas[below(Schemas.size())] : fresh("x");
  Description = "create schema " + N;
  return create("schema " + N + (chance(30) ? " if_not_exists" : ""));
}

SchemaChangePtr ChangeGenerator::createTable() {
  QualifiedName N = newName("t");
  Description = "create table " + N.str();
  std::string Attrs, Body;
  std::vector<std::string> Cols;
  Table *Parent = nullptr;
  int Kind = below(10);
  if (Kind == 0) {
    // A partition of a list-partitioned table: its columns are the
    // parent's.
    std::vector<Table *> Parents;
    for (Table *T : tablesWithColumns())
      if (T->PartitionBy &&
          T->PartitionBy->Strat == PartitionSpec::Strategy::List)
        Parents.push_back(T);
    if ((Parent = pick(Parents))) {
      Description += " partition of " + Parent->getName().str();
      return create("table " + text(N) + " partition_of " +
                    text(nameOf(*Parent)) + " bound in [(lit int " +
                    std::to_string(Counter) + ")]");
    }
  }
  if (Kind == 1)
    if (Table *P = pick(tablesWithColumns()))
      if (!P->PartitionBy && !P->isPartition()) {
        Attrs += " inherits [" + text(nameOf(*P)) + "]";
        Description += " inherits " + P->getName().str();
      }
  unsigned NumCols = 1 + below(4);
  for (unsigned I = 0; I != NumCols; ++I) {
    std::string C = "c" + std::to_string(++Counter);
    TypeChoice T =
        I == 0 ? TypeChoice{"integer", "(lit int 1)", true} : pickType();
    std::string Line = "  column " + C + " : " + T.IR;
    if (I == 0 && chance(20)) {
      // A serial: its sequence's name is generated too.
      Body += Line + " serial\n";
      Cols.push_back(C);
      continue;
    }
    if (I == 0 || chance(20))
      Line += " not_null";
    else if (!T.Default.empty() && chance(30))
      Line += " default " + T.Default;
    Body += Line + "\n";
    Cols.push_back(C);
    if (I != 0 && T.Integer && chance(10)) {
      // A generated column from the first one.
      std::string G = "c" + std::to_string(++Counter);
      Body += "  column " + G +
              " : integer generated stored (binary \"+\" "
              "(col " +
              Cols[0] + ") (lit int 1))\n";
    }
  }
  if (Kind == 2) {
    Attrs += " partition_by list [" + Cols[0] + "]";
  } else if (chance(70)) {
    Body += "  constraint " + (chance(30) ? "" : N.Name + "_pkey") +
            " primary_key [" + Cols[0] + "]\n";
  }
  if (Cols.size() > 1 && chance(30))
    Body += "  constraint " + constraintName() + " unique [" + Cols[1] + "]\n";
  if (chance(30))
    Body += "  constraint " + constraintName() + " check (binary \">=\" (col " +
            Cols[0] + ") (lit int 0))\n";
  if (chance(40))
    if (Table *Ref = pick(tablesWithPrimaryKey())) {
      const Column *PK = Ref->findColumn(Ref->getPrimaryKey()->Columns[0]);
      std::string C = "f" + std::to_string(++Counter);
      Body += "  column " + C + " : " +
              (PK->Type.Kind == TypeKind::BigInt ? "bigint" : "integer") +
              "\n  constraint " + constraintName() + " foreign_key [" + C +
              "] references " + text(nameOf(*Ref)) +
              (chance(50) ? " [" + PK->Name + "]" : "") +
              (chance(30) ? " on_delete cascade" : "") + "\n";
    }
  // Columns before constraints in the text.
  std::string Columns, Constraints;
  llvm::SmallVector<llvm::StringRef, 8> Lines;
  llvm::StringRef(Body).split(Lines, '\n', -1, false);
  for (llvm::StringRef L : Lines)
    (L.ltrim().startswith("column") ? Columns : Constraints) += L.str() + "\n";
  return create("table " + text(N) + Attrs + " {\n" + Columns + Constraints +
                "}");
}

SchemaChangePtr ChangeGenerator::createIndex() {
  Table *T = pick(tablesWithColumns());
  if (!T)
    return createTable();
  std::string N = fresh("i");
  Description = "create index " + N + " on " + T->getName().str();
  Column *C = pickColumn(*T);
  std::string Elements = "\"" + C->Name + "\"";
  if (C->Type.isString() && chance(40))
    Elements = "(call lower (col \"" + C->Name + "\"))";
  std::string Where;
  if (C->Type.isIntegral() && chance(20))
    Where = " where (binary \">\" (col \"" + C->Name + "\") (lit int 0))";
  // An index lives in its table's schema.
  QualifiedName Name =
      chance(50) ? QualifiedName(N) : QualifiedName(schemaOf(*T), N);
  return create("index " + text(Name) + " on " + text(nameOf(*T)) +
                (chance(40) ? " unique" : "") + " [" + Elements + "]" + Where);
}

SchemaChangePtr ChangeGenerator::createView() {
  QualifiedName N = newName("v");
  std::vector<Object *> Sources;
  for (Table *T : tablesWithColumns())
    Sources.push_back(T);
  for (View *V : M.getObjects<View>())
    Sources.push_back(V);
  Object *S = pick(Sources);
  if (!S)
    return createTable();
  Description = "create view " + N.str() + " on " + S->getName().str();
  std::string Items = "(col *)";
  if (auto *T = llvm::dyn_cast<Table>(S)) {
    Items = "(col \"" + pickColumn(*T)->Name + "\")";
    if (chance(50))
      Items += ", (col \"" + pickColumn(*T)->Name + "\") as other";
  }
  bool Materialized = chance(20);
  return create("view " + text(N) + (Materialized ? " materialized" : "") +
                " {\n  project [" + Items + "]\n    scan " + text(nameOf(*S)) +
                "\n}");
}

SchemaChangePtr ChangeGenerator::createSequence() {
  QualifiedName N = newName("q");
  Description = "create sequence " + N.str();
  std::string Text = "sequence " + text(N);
  if (chance(50))
    Text += " start 1 increment " + std::to_string(1 + below(3));
  if (chance(40)) {
    // OWNED BY a column of a table in the sequence's schema.
    std::string Schema = N.isQualified() ? N.Schema : M.getDefaultSchema();
    std::vector<Table *> Owners;
    for (Table *T : tablesWithColumns())
      if (schemaOf(*T) == Schema)
        Owners.push_back(T);
    if (Table *T = pick(Owners)) {
      Text += " owned_by " + text(nameOf(*T)) + "(\"" + pickColumn(*T)->Name +
              "\")";
      Description += " owned by " + T->getName().str();
    }
  }
  auto C = create(Text);
  llvm::cast<CreateChange>(*C).OwnedByLoc = C->Loc;
  return C;
}

SchemaChangePtr ChangeGenerator::createEnum() {
  QualifiedName N = newName("e");
  Description = "create enum " + N.str();
  return create("enum " + text(N) + " [\"a\", \"b\", \"c\"]");
}

SchemaChangePtr ChangeGenerator::createDomain() {
  QualifiedName N = newName("d");
  Description = "create domain " + N.str();
  return create("domain " + text(N) + " : integer {\n  check " + fresh("dk") +
                " (binary \">\" (col value) (lit int 0))\n}");
}

bool ChangeGenerator::tableAction(AlterChange &A, Table *T) {
  if (!T)
    return false;
  Column *C = pickColumn(*T);
  std::string Col = C && chance(92) ? C->Name : "nope";
  auto ConstraintName = [&]() -> std::string {
    if (!T->Constraints.empty() && chance(90))
      return T->Constraints[below(T->Constraints.size())].Name;
    return "nope";
  };
  switch (below(30)) {
  case 0:
  case 1: {
    TypeChoice Ty = pickType();
    std::string N = chance(90) ? "c" + std::to_string(++Counter) : Col;
    AlterAction &X = action(A, Act::AddColumn, N);
    std::string Def = "column " + N + " : " + Ty.IR;
    if (!Ty.Default.empty() && chance(40))
      Def += " default " + Ty.Default;
    X.Col = std::make_unique<Column>(R.column(Def));
    X.IfNotExists = chance(20);
    if (chance(30)) {
      // A constraint written in the column definition.
      Constraint K = R.constraint(
          "constraint " + fresh("k") +
          (Ty.Integer ? " check (binary \">\" (col " + N + ") (lit int 0))"
                      : " unique [" + N + "]"));
      K.ColumnLevel = N;
      X.Constraints.push_back(std::move(K));
    }
    return true;
  }
  case 2: {
    AlterAction &X = action(A, Act::DropColumn, Col);
    X.Cascade = chance(50);
    X.IfExists = chance(20);
    return true;
  }
  case 3: {
    // Alone: the editor does not check whether a default the same change
    // sets can be converted to the new type.
    if (!C || !isFree(*T, *C) || !A.Actions.empty())
      return false;
    TypeChoice Ty = pickType();
    if (Ty.IR.find("user<") != std::string::npos)
      return false;
    action(A, Act::AlterColumnType, Col).Type =
        std::make_unique<DataType>(R.type(Ty.IR));
    return true;
  }
  case 4: {
    if (!C)
      return false;
    TypeChoice Ty;
    if (C->Type.isIntegral())
      Ty.Default = "(lit int 3)";
    else if (C->Type.isString())
      Ty.Default = "(lit str \"d\")";
    else if (C->Type.Kind == TypeKind::Boolean)
      Ty.Default = "(lit false)";
    else
      return false;
    action(A, Act::SetDefault, Col).Expression = R.expr(Ty.Default);
    return true;
  }
  case 5:
    action(A, Act::DropDefault, Col);
    return true;
  case 6:
    action(A, Act::SetNotNull, Col);
    return true;
  case 7:
    action(A, Act::DropNotNull, Col);
    return true;
  case 8: {
    AlterAction &X = action(A, Act::AddIdentity, Col);
    X.Identity = std::make_unique<Column::Identity>();
    X.Identity->Always = chance(50);
    return true;
  }
  case 9: {
    AlterAction &X = action(A, Act::AlterIdentity, Col);
    X.SeqOptions = std::make_unique<SequenceOptions>();
    X.SeqOptions->Increment = 1 + below(5);
    if (chance(30))
      X.Always = chance(50);
    return true;
  }
  case 10:
    action(A, Act::DropIdentity, Col).IfExists = chance(50);
    return true;
  case 11:
    action(A, Act::DropExpression, Col).IfExists = chance(50);
    return true;
  case 12: {
    // A generated column's expression from a column that is not generated.
    const Column *Src = nullptr;
    for (const Column &X : T->Columns)
      if (X.Type.isIntegral() && !X.generation())
        Src = &X;
    if (!Src)
      return false;
    action(A, Act::SetExpression, Col).Expression =
        R.expr("(binary \"*\" (col " + Src->Name + ") (lit int 2))");
    return true;
  }
  case 13:
    action(A, Act::SetStorage, Col).Value = chance(50) ? "PLAIN" : "EXTERNAL";
    return true;
  case 14:
    action(A, Act::SetCompression, Col).Value = chance(50) ? "pglz" : "";
    return true;
  case 15:
    action(A, Act::RenameColumn, Col).NewName =
        chance(90) ? "c" + std::to_string(++Counter) : Col;
    return true;
  case 16:
  case 17: {
    if (!C)
      return false;
    std::string K = "constraint " + constraintName();
    switch (below(4)) {
    case 0:
      K += " check " + checkOn(*C);
      break;
    case 1:
      K += " unique [" + Col + "]";
      break;
    case 2:
      K += " primary_key [" + Col + "]";
      break;
    case 3: {
      // First in its change: the editor does not check that the referenced
      // key still exists after earlier actions (the verifier does).
      Table *Ref = pick(tablesWithPrimaryKey());
      if (!Ref || !C->Type.isIntegral() || C->Type.ArrayDims ||
          !A.Actions.empty())
        return false;
      const Column *PK = Ref->findColumn(Ref->getPrimaryKey()->Columns[0]);
      if (PK->Type.Kind != C->Type.Kind)
        return false;
      K += " foreign_key [" + Col + "] references " + text(nameOf(*Ref));
      break;
    }
    }
    AlterAction &X = action(A, Act::AddConstraint);
    X.Constraints.push_back(R.constraint(K));
    Description += " (" + K + ")";
    return true;
  }
  case 18: {
    std::vector<Index *> Unique;
    for (Index *I : M.getIndexes(*T))
      if (I->Unique)
        Unique.push_back(I);
    Index *I = pick(Unique);
    AlterAction &X =
        action(A, Act::AddConstraintUsingIndex, I ? I->getName().Name : "nope");
    Constraint K = R.constraint("constraint k unique []");
    K.Name = chance(50) ? fresh("k") : "";
    K.K = chance(50) ? Constraint::Kind::PrimaryKey : Constraint::Kind::Unique;
    X.Constraints.push_back(std::move(K));
    return true;
  }
  case 19: {
    AlterAction &X = action(A, Act::DropConstraint, ConstraintName());
    X.Cascade = chance(50);
    X.IfExists = chance(20);
    return true;
  }
  case 20:
    action(A, Act::ValidateConstraint, ConstraintName());
    return true;
  case 21:
    action(A, Act::RenameConstraint, ConstraintName()).NewName = fresh("k");
    return true;
  case 22:
    action(A, Act::OwnerTo).Value = chance(50) ? "alice" : "bob";
    return true;
  case 23:
    action(A, Act::SetTablespace).Value = "fast";
    return true;
  case 24: {
    AlterAction &X =
        action(A, chance(70) ? Act::SetOptions : Act::ResetOptions);
    X.Params = {{"fillfactor", std::to_string(50 + below(50))}};
    return true;
  }
  case 25:
    action(A, chance(50) ? Act::SetLogged : Act::SetUnlogged);
    return true;
  case 26:
    action(A, Act(int(Act::EnableRowSecurity) + below(4)));
    return true;
  case 27: {
    // ATTACH or DETACH PARTITION.
    std::vector<Table *> Children;
    for (Table *X : tablesWithColumns())
      if (X != T && !X->PartitionBy && X->Inherits.empty())
        Children.push_back(X);
    if (chance(50)) {
      Table *Child = pick(Children);
      AlterAction &X = action(A, Act::AttachPartition);
      X.Relation = ref(Child);
      X.Bound = std::make_unique<PartitionBound>();
      X.Bound->BK = PartitionBound::BoundKind::In;
      X.Bound->In.push_back(
          R.expr("(lit int " + std::to_string(Counter++) + ")"));
      return true;
    }
    Table *Child = nullptr;
    for (Table *X : tables())
      if (X->isPartition() && M.lookupTable(X->PartitionOf) == T)
        Child = X;
    action(A, Act::DetachPartition).Relation = ref(Child);
    return true;
  }
  case 28:
  case 29: {
    // INHERIT / NO INHERIT.
    std::vector<Table *> Parents;
    for (Table *X : tablesWithColumns())
      if (X != T && !X->PartitionBy && !X->isPartition())
        Parents.push_back(X);
    if (T->PartitionBy || T->isPartition())
      return false;
    if (chance(50)) {
      action(A, Act::Inherit).Relation = ref(pick(Parents));
      return true;
    }
    Table *P = T->Inherits.empty()
                   ? nullptr
                   : M.lookupTable(T->Inherits[below(T->Inherits.size())]);
    action(A, Act::NoInherit).Relation = ref(P);
    return true;
  }
  }
  return false;
}

SchemaChangePtr ChangeGenerator::alterTable() {
  Table *T = pick(tables());
  if (!T)
    return createTable();
  auto A = alterChange(ref(T).Name);
  A->IfExists = chance(10);
  Description = "alter table " + A->Target.Name.str() + ":";
  unsigned N = chance(70) ? 1 : 2 + below(2);
  for (unsigned I = 0; I != N; ++I) {
    for (unsigned Try = 0; Try != 10 && !tableAction(*A, T); ++Try) {
    }
    // The actions after ALTER COLUMN TYPE would be made for the old type.
    if (!A->Actions.empty() && A->Actions.back().K == Act::AlterColumnType)
      break;
  }
  if (A->Actions.empty())
    return alterOther();
  return A;
}

SchemaChangePtr ChangeGenerator::alterOther() {
  Object *O = pick(all());
  if (!O || llvm::isa<Table>(O) || llvm::isa<Setting>(O))
    return createSequence();
  TargetKind TK = kindOf(*O);
  if (TK == TargetKind::Domain && chance(30))
    TK = TargetKind::Type;
  auto A = alterChange(ref(O).Name, TK);
  Description =
      "alter " + getTargetKindName(TK).str() + " " + A->Target.Name.str() + ":";
  if (chance(20)) {
    action(*A, Act::OwnerTo).Value = "carol";
    return A;
  }
  switch (TK) {
  case TargetKind::Sequence: {
    AlterAction &X = action(*A, Act::SetSequenceOptions);
    X.SeqOptions = std::make_unique<SequenceOptions>();
    X.SeqOptions->Increment = 1 + below(4);
    if (chance(30))
      X.SeqOptions->Cache = 1 + below(10);
    if (chance(30)) {
      X.OwnedByNone = true;
    } else if (chance(40)) {
      Table *T = pick(tablesWithColumns());
      if (T) {
        X.Relation = ref(T);
        X.Name = pickColumn(*T)->Name;
      }
    }
    break;
  }
  case TargetKind::Type: {
    auto *E = llvm::dyn_cast<EnumType>(O);
    std::string Label = E && !E->Values.empty() && chance(90)
                            ? E->Values[below(E->Values.size())]
                            : "zz";
    if (chance(50)) {
      AlterAction &X =
          action(*A, Act::AddEnumValue, chance(85) ? fresh("l") : Label);
      X.IfNotExists = chance(20);
      if (chance(50)) {
        X.Neighbour = Label;
        X.Before = chance(50);
      }
    } else {
      action(*A, Act::RenameEnumValue, Label).NewName = fresh("l");
    }
    break;
  }
  case TargetKind::Domain: {
    auto *D = llvm::dyn_cast<Domain>(O);
    std::string Check = D && !D->Checks.empty() && chance(90)
                            ? D->Checks[below(D->Checks.size())].Name
                            : "nope";
    switch (below(8)) {
    case 0:
      action(*A, Act::SetDefault).Expression = R.expr("(lit int 4)");
      break;
    case 1:
      action(*A, Act::DropDefault);
      break;
    case 2:
      action(*A, chance(50) ? Act::SetNotNull : Act::AddDomainNotNull);
      break;
    case 3:
      action(*A, Act::DropNotNull);
      break;
    case 4: {
      AlterAction &X = action(*A, Act::AddDomainCheck);
      X.Check = std::make_unique<DomainCheck>();
      X.Check->Name = chance(80) ? fresh("dk") : Check;
      X.Check->Check = R.expr("(binary \"<\" (col value) (lit int 1000))");
      break;
    }
    case 5:
      action(*A, Act::DropConstraint, Check).IfExists = chance(30);
      break;
    case 6:
      action(*A, Act::RenameConstraint, Check).NewName = fresh("dk");
      break;
    case 7:
      action(*A, Act::ValidateConstraint, Check);
      break;
    }
    break;
  }
  case TargetKind::Schema:
    action(*A, Act::OwnerTo).Value = "dave";
    break;
  default: {
    // Views and indexes.
    if (chance(50)) {
      action(*A, Act::SetTablespace).Value = "slow";
    } else {
      AlterAction &X =
          action(*A, chance(70) ? Act::SetOptions : Act::ResetOptions);
      X.Params = {{"fillfactor", "80"}};
    }
    break;
  }
  }
  return A;
}

SchemaChangePtr ChangeGenerator::rename() {
  Object *O = pick(all());
  if (!O || llvm::isa<Setting>(O) || O->getName().empty())
    return createTable();
  TargetKind TK = kindOf(*O);
  auto C = std::make_unique<RenameChange>(Location(), ref(O), TK);
  C->IfExists = chance(10);
  bool Move = TK != TargetKind::Schema && chance(35);
  if (Move)
    C->NewSchema = Schemas[below(Schemas.size())];
  else
    C->NewName = chance(90) ? fresh(O->getName().Name.substr(0, 1))
                            : pick(all())->getName().Name;
  Description = "rename " + getTargetKindName(TK).str() + " " +
                C->Target.Name.str() + " to " + C->NewSchema + "." + C->NewName;
  return C;
}

SchemaChangePtr ChangeGenerator::drop() {
  Object *O = pick(all());
  if (!O || llvm::isa<Setting>(O) || O->getName().empty())
    return createTable();
  TargetKind TK = kindOf(*O);
  auto D = std::make_unique<DropChange>(Location(), TK);
  D->Names.push_back(ref(O));
  if (chance(15)) {
    // A second name: another object of the kind, or one that is not there.
    Object *Other = pick(all());
    D->Names.push_back(
        ref(Other && Other->getKind() == O->getKind() ? Other : nullptr));
  }
  D->Cascade = chance(50);
  D->IfExists = chance(20);
  Description = "drop " + getTargetKindName(TK).str();
  for (const NameRef &N : D->Names)
    Description += " " + N.Name.str();
  if (D->Cascade)
    Description += " cascade";
  return D;
}

SchemaChangePtr ChangeGenerator::comment() {
  Object *O = pick(all());
  if (!O || llvm::isa<Setting>(O) || O->getName().empty())
    return createEnum();
  std::optional<std::string> Text;
  if (chance(80))
    Text = "comment " + std::to_string(Counter++);
  std::unique_ptr<CommentChange> C;
  auto Make = [&](TargetKind TK, NameRef N) {
    C = std::make_unique<CommentChange>(Location(), TK, std::move(N));
  };
  if (auto *T = llvm::dyn_cast<Table>(O); T && chance(50)) {
    if (chance(50) || T->Constraints.empty()) {
      Make(TargetKind::Relation, ref(T));
      C->On = CommentChange::Part::Column;
      Column *Col = pickColumn(*T);
      C->PartName = Col ? Col->Name : "nope";
    } else {
      Make(TargetKind::Table, ref(T));
      C->On = CommentChange::Part::Constraint;
      C->PartName = T->Constraints[below(T->Constraints.size())].Name;
    }
  } else if (auto *V = llvm::dyn_cast<View>(O); V && chance(30)) {
    Make(TargetKind::Relation, ref(V));
    C->On = CommentChange::Part::Column;
    C->PartName = "other";
  } else if (auto *D = llvm::dyn_cast<Domain>(O); D && chance(30)) {
    Make(TargetKind::Domain, ref(D));
    C->On = CommentChange::Part::Constraint;
    C->PartName = D->Checks.empty() ? "nope" : D->Checks.front().Name;
  } else {
    TargetKind TK = kindOf(*O);
    if (TK == TargetKind::Domain && chance(50))
      TK = TargetKind::Type; // a domain is a type too
    if (chance(10))          // the wrong kind
      TK = TargetKind(below(unsigned(TargetKind::Schema) + 1));
    Make(TK, ref(O));
  }
  C->Text = std::move(Text);
  Description = "comment on " + getTargetKindName(C->TK).str() + " " +
                C->Target.Name.str() + " " + C->PartName;
  return C;
}

SchemaChangePtr ChangeGenerator::setting() {
  std::vector<std::string> Path;
  if (chance(10)) {
    Path = {""}; // search_path = ''
  } else {
    Path.push_back(chance(80) ? Schemas[below(Schemas.size())] : "public");
    if (chance(40))
      Path.push_back("public");
  }
  Description = "set search_path =";
  for (const std::string &S : Path)
    Description += " '" + S + "'";
  // The value as a frontend keeps it: the text after '=' ('' for an empty
  // path; an empty value would be `SET search_path = ;`, which the
  // verifier refuses).
  std::string Value;
  for (const std::string &S : Path)
    Value += (Value.empty() ? "" : ", ") + (S.empty() ? "''" : S);
  auto S = std::make_unique<Setting>(Location(), "search_path", Value);
  auto C = std::make_unique<SettingChange>(Location(), std::move(S));
  C->SearchPath = std::move(Path);
  return C;
}

SchemaChangePtr ChangeGenerator::next() {
  Description.clear();
  // Small modules grow first.
  unsigned Size = M.size();
  unsigned Roll = below(100);
  if (Size < 6 || Roll < 30) {
    switch (below(12)) {
    case 0:
      return createSchema();
    case 1:
    case 2:
    case 3:
    case 4:
      return createTable();
    case 5:
    case 6:
      return createIndex();
    case 7:
    case 8:
      return createView();
    case 9:
      return createSequence();
    case 10:
      return createEnum();
    case 11:
      return createDomain();
    }
  }
  if (Roll < 60)
    return alterTable();
  if (Roll < 70)
    return alterOther();
  if (Roll < 80)
    return rename();
  if (Roll < 90)
    return drop();
  if (Roll < 96)
    return comment();
  return setting();
}

//===----------------------------------------------------------------------===//
// The properties
//===----------------------------------------------------------------------===//

/// Problems of the module's name index: an object not found under its
/// name, or a name that finds an object not in the module or named
/// otherwise. \p Names: every name an object had so far.
std::string checkNameIndex(const Module &M,
                           const std::set<QualifiedName> &Names) {
  std::string Problems;
  llvm::DenseSet<const Object *> Live;
  for (const ObjectPtr &O : M.objects())
    Live.insert(O.get());
  for (const ObjectPtr &P : M.objects()) {
    const Object &O = *P;
    if (O.getName().empty() || llvm::isa<Setting>(O))
      continue;
    Namespace NS = getNamespace(O);
    const Object *Found = NS == Namespace::Schema
                              ? M.lookupSchema(O.getName().Name)
                              : M.lookup(NS, O.getName());
    if (Found != &O)
      Problems += O.getDescription().str() + " '" + O.getName().str() +
                  "' is not found by its name\n";
  }
  for (const QualifiedName &N : Names)
    for (Namespace NS :
         {Namespace::Relation, Namespace::Type, Namespace::Schema}) {
      if (NS == Namespace::Schema && N.isQualified())
        continue;
      const Object *X = M.lookup(NS, N);
      if (!X)
        continue;
      // An unqualified name may find an object of any schema on the path.
      bool Named = N.isQualified() ? M.qualify(X->getName()) == N
                                   : X->getName().Name == N.Name;
      if (!Live.count(X))
        Problems +=
            (llvm::Twine("'") + N.str() + "' finds an object that is gone\n")
                .str();
      else if (!Named)
        Problems += (llvm::Twine("'") + N.str() + "' finds '" +
                     X->getName().str() + "'\n")
                        .str();
    }
  return Problems;
}

/// True if every error of \p Text is a schema that does not exist. The
/// editor reports those at the end of its input (SchemaEditor::finish), not
/// at the change that names one, so a module may lack a schema midway (a
/// table moved to a schema renamed before); the verifier checks the end.
bool onlyMissingSchemas(llvm::StringRef Text) {
  llvm::SmallVector<llvm::StringRef, 8> Lines;
  Text.split(Lines, '\n', -1, false);
  bool Any = false;
  for (llvm::StringRef L : Lines) {
    size_t At = L.find(": error: ");
    if (At == llvm::StringRef::npos)
      continue;
    llvm::StringRef Message = L.drop_front(At + 9);
    if (!Message.startswith("schema '") ||
        !Message.endswith("' does not exist"))
      return false;
    Any = true;
  }
  return Any;
}

TEST(SchemaEditorProperty, RandomChangesApplyWholeOrNotAtAll) {
  unsigned Seed = envOr("SCHEMAC_PROPERTY_SEED", 1);
  unsigned Steps = envOr("SCHEMAC_PROPERTY_STEPS", 3000);
  // A new random module every so many steps.
  const unsigned EpisodeSteps = 250;
  std::mt19937 Rng(Seed);
  Context Ctx;
  TestRules Rules;
  std::unique_ptr<NameResolver> Names = createSearchPathResolver();
  IRReader Reader(Ctx);
  std::unique_ptr<Module> M;
  std::unique_ptr<SchemaEditor> Editor;
  std::unique_ptr<StringDiagnostics> D;
  std::unique_ptr<ChangeGenerator> Gen;
  std::set<QualifiedName> AllNames;
  std::string History; // the changes of the episode so far
  unsigned Applied = 0, Failed = 0, NotModelled = 0;
  for (unsigned Step = 0; Step != Steps; ++Step) {
    if (Step % EpisodeSteps == 0) {
      M = std::make_unique<Module>(Ctx, "random");
      D = std::make_unique<StringDiagnostics>(Ctx);
      Editor = std::make_unique<SchemaEditor>(*M, D->Diags, *Names, Rules);
      Gen = std::make_unique<ChangeGenerator>(Rng, *M, Reader);
      AllNames.clear();
      History.clear();
    }
    std::string Before = printToString(*M);
    SchemaChangePtr C = Gen->next();
    ASSERT_TRUE(C);
    std::string Where = (llvm::Twine("seed ") + std::to_string(Seed) +
                         ", step " + std::to_string(Step) + ": " +
                         Gen->Description + "\n--- the changes before it:\n" +
                         History + "--- module before:\n" + Before)
                            .str();
    std::string DiagsBefore = D->text();
    unsigned ErrorsBefore = D->Diags.getNumErrors();
    ApplyResult R = Editor->apply(*C);
    std::string After = printToString(*M);
    std::string Reported = D->text().substr(DiagsBefore.size());
    switch (R.S) {
    case ApplyResult::Status::Applied: {
      ++Applied;
      ASSERT_EQ(D->Diags.getNumErrors(), ErrorsBefore)
          << Where << "--- applied, but reported:\n"
          << Reported;
      StringDiagnostics V(Ctx);
      bool Ok =
          succeeded(verifyModule(*M, V.Diags)) || onlyMissingSchemas(V.text());
      ASSERT_TRUE(Ok) << Where << "--- module after:\n"
                      << After << "--- verifier:\n"
                      << V.text();
      break;
    }
    case ApplyResult::Status::Failed:
      ++Failed;
      ASSERT_GT(D->Diags.getNumErrors(), ErrorsBefore)
          << Where << "--- failed without an error";
      ASSERT_EQ(After, Before) << Where << "--- failed with:\n"
                               << Reported << "--- but changed the module";
      break;
    case ApplyResult::Status::NotModelled:
      ++NotModelled;
      ASSERT_EQ(After, Before) << Where << "--- not modelled, but changed";
      break;
    }
    for (const ObjectPtr &O : M->objects())
      if (!O->getName().empty() && !llvm::isa<Setting>(*O))
        AllNames.insert(O->getName());
    History += std::to_string(Step) + " " +
               (R.S == ApplyResult::Status::Applied  ? "applied"
                : R.S == ApplyResult::Status::Failed ? "failed"
                                                     : "not modelled") +
               ": " + Gen->Description + "\n";
    std::string IndexProblems = checkNameIndex(*M, AllNames);
    ASSERT_EQ(IndexProblems, "") << Where << "--- module after:\n" << After;
    std::string Errors;
    std::unique_ptr<Module> Parsed = parseFromString(Ctx, After, Errors);
    ASSERT_TRUE(Parsed) << Where << "--- module after:\n"
                        << After << "--- does not parse:\n"
                        << Errors;
    ASSERT_EQ(printToString(*Parsed), After) << Where;
  }
  // The generator makes every kind of outcome, and mostly changes that
  // apply.
  EXPECT_GT(Applied, Steps / 3);
  EXPECT_GT(Failed, Steps / 20);
  RecordProperty("applied", Applied);
  RecordProperty("failed", Failed);
  RecordProperty("not_modelled", NotModelled);
}

//===----------------------------------------------------------------------===//
// Generated names under renames
//===----------------------------------------------------------------------===//

/// The names the database generated for what a module's scripts left
/// unnamed, and the names of the sequences of serial and identity columns,
/// each with the object it belongs to, sorted. Renames of tables, columns
/// and schemas leave every one of them as it is.
std::vector<std::string> generatedNames(const Module &M,
                                        const EditorRules &Rules) {
  auto NoConflicts = [](llvm::StringRef, bool) { return false; };
  std::vector<std::string> V;
  for (const ObjectPtr &O : M.objects()) {
    if (auto *S = llvm::dyn_cast<Sequence>(O.get()))
      V.push_back("sequence " + S->getName().Name);
    if (auto *I = llvm::dyn_cast<Index>(O.get()))
      if (I->GeneratedName)
        V.push_back("index " + I->getName().Name);
    auto *T = llvm::dyn_cast<Table>(O.get());
    if (!T)
      continue;
    for (const Constraint &K : T->Constraints)
      V.push_back("constraint " + K.Name +
                  (K.GeneratedName ? " (generated)" : ""));
    for (const Column &C : T->Columns) {
      if (C.Ident && !C.Ident->Options.SequenceName.empty())
        V.push_back("sequence " + C.Ident->Options.SequenceName.Name);
      else if (C.Ident || C.Type.Serial)
        V.push_back("sequence " + Rules.nameImplicitSequence(
                                      T->getName().Name, C.Name, NoConflicts));
    }
  }
  llvm::sort(V);
  return V;
}

TEST(SchemaEditorProperty, GeneratedNamesStayUnderRenames) {
  unsigned Seed = envOr("SCHEMAC_PROPERTY_SEED", 1);
  unsigned Episodes = envOr("SCHEMAC_PROPERTY_STEPS", 3000) / 30;
  std::mt19937 Rng(Seed);
  auto Below = [&](unsigned N) {
    return std::uniform_int_distribution<unsigned>(0, N - 1)(Rng);
  };
  Context Ctx;
  TestRules Rules;
  std::unique_ptr<NameResolver> Names = createSearchPathResolver();
  IRReader Reader(Ctx);
  unsigned Renamed = 0;
  for (unsigned E = 0; E != Episodes; ++E) {
    Module M(Ctx, "renames");
    StringDiagnostics D(Ctx);
    SchemaEditor Editor(M, D.Diags, *Names, Rules);
    unsigned Counter = 0;
    auto Fresh = [&](const char *Prefix) {
      return Prefix + std::to_string(++Counter);
    };
    std::string History;
    auto Apply = [&](SchemaChangePtr C, const std::string &What) {
      History += What + "\n";
      ApplyResult R = Editor.apply(*C);
      EXPECT_TRUE(R.applied()) << "seed " << Seed << ", episode " << E << ":\n"
                               << History << D.text();
      return R.applied();
    };
    std::vector<std::string> Schemas = {"public", Fresh("s")};
    Apply(createChange(Reader, "schema " + Schemas[1]), "schema");
    // Tables whose keys, checks, foreign keys, indexes and sequences are
    // left for the database to name.
    std::vector<std::string> Tables;
    for (unsigned I = 0, N = 2 + Below(3); I != N; ++I) {
      std::string T = Schemas[Below(2)] + "." + Fresh("t");
      std::vector<std::string> Cols;
      std::string Body;
      for (unsigned J = 0, NC = 2 + Below(3); J != NC; ++J) {
        Cols.push_back(Fresh("c"));
        Body += "  column " + Cols.back() + " : integer";
        if (J == 0 && Below(2))
          Body += " serial";
        else if (J == 1 && !Below(3))
          Body += " identity always";
        Body += "\n";
      }
      Body += "  constraint primary_key [" + Cols[0] + "]\n";
      if (Below(2))
        Body += "  constraint unique [" + Cols[1] + "]\n";
      if (Below(2))
        Body += "  constraint check (binary \">\" (col " + Cols.back() +
                ") (lit int 0))\n";
      if (!Tables.empty() && Below(2))
        Body += "  constraint foreign_key [" + Cols.back() + "] references " +
                Tables[Below(Tables.size())] + "\n";
      std::string Text = "table " + T;
      Text += " {\n";
      Text += Body;
      Text += "}";
      if (!Apply(createChange(Reader, Text), Text))
        return;
      Tables.push_back(T);
      if (Below(2))
        Apply(createChange(Reader, "index \"\" on " + T + " [" + Cols[1] + "]"),
              "index on " + T);
    }
    // Every name is fixed at creation.
    for (Table *T : M.getObjects<Table>())
      for (const Constraint &K : T->Constraints)
        ASSERT_FALSE(K.Name.empty()) << "an unnamed constraint:\n"
                                     << printToString(M);
    std::vector<std::string> Before = generatedNames(M, Rules);
    // Renames of tables and columns, moves of tables, renames of schemas.
    for (unsigned Step = 0; Step != 10; ++Step) {
      std::vector<Table *> Ts = M.getObjects<Table>();
      Table *T = Ts[Below(Ts.size())];
      QualifiedName Name(T->getName().isQualified() ? T->getName().Schema
                                                    : M.getDefaultSchema(),
                         T->getName().Name);
      switch (Below(4)) {
      case 0: {
        auto C = std::make_unique<RenameChange>(
            Location(), NameRef{Name, Location()}, TargetKind::Table);
        C->NewName = Fresh("r");
        Apply(std::move(C), "rename table " + Name.str());
        break;
      }
      case 1: {
        auto C = std::make_unique<RenameChange>(
            Location(), NameRef{Name, Location()}, TargetKind::Table);
        C->NewSchema = Schemas[Below(Schemas.size())];
        if (C->NewSchema == Name.Schema)
          break;
        Apply(std::move(C), "move table " + Name.str());
        break;
      }
      case 2: {
        auto A = alterChange(Name);
        A->Actions.emplace_back(AlterAction::Kind::RenameColumn, Location());
        A->Actions.back().Name = T->Columns[Below(T->Columns.size())].Name;
        A->Actions.back().NewName = Fresh("x");
        Apply(std::move(A), "rename column of " + Name.str());
        break;
      }
      case 3: {
        size_t I = 1 + Below(Schemas.size() - 1);
        auto C = std::make_unique<RenameChange>(
            Location(), NameRef{QualifiedName(Schemas[I]), Location()},
            TargetKind::Schema);
        std::string New = Fresh("s");
        C->NewName = New;
        Apply(std::move(C), "rename schema " + Schemas[I]);
        Schemas[I] = New;
        break;
      }
      }
      ++Renamed;
      ASSERT_EQ(generatedNames(M, Rules), Before)
          << "seed " << Seed << ", episode " << E << ":\n"
          << History << printToString(M);
    }
    StringDiagnostics V(Ctx);
    ASSERT_TRUE(succeeded(verifyModule(M, V.Diags)))
        << History << printToString(M) << V.text();
  }
  EXPECT_GT(Renamed, Episodes * 5);
}

} // namespace
