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

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <set>

using namespace schemac;

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

  /// What the scheme asks when it chooses a name in \p Schema; a name it
  /// chose is taken (\p Relation: as a relation name, for a constraint's
  /// index also as a constraint name).
  NamingScheme::NameTaken takenIn(llvm::StringRef Schema) {
    Rels = &RelNames[Schema];
    Cons = &ConNames[Schema];
    // A function_ref: it refers to a member, which outlives the call.
    return Taken;
  }
  void take(llvm::StringRef Schema, llvm::StringRef Name, bool Relation,
            bool Constraint) {
    if (Relation)
      RelNames[Schema].insert(Name);
    if (Constraint)
      ConNames[Schema].insert(Name);
  }

  unsigned getMaxLength() const { return MaxLength; }

private:
  Module &M;
  unsigned MaxLength;
  llvm::StringMap<llvm::StringSet<>> RelNames;
  llvm::StringMap<llvm::StringSet<>> ConNames;
  llvm::StringSet<> *Rels = nullptr, *Cons = nullptr;
  /// Whether a name is taken in the schema takenIn() last chose.
  struct TakenInSchema {
    const Namer *N;
    bool operator()(llvm::StringRef Name, bool Relation) const {
      return Relation ? N->Rels->count(Name) != 0 : N->Cons->count(Name) != 0;
    }
  } Taken{this};
};

bool isIndexBacked(const Constraint &C) {
  return C.K == Constraint::Kind::PrimaryKey ||
         C.K == Constraint::Kind::Unique || C.K == Constraint::Kind::Exclusion;
}

} // namespace

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
    // Names the database generated are written out from now on.
    for (const ObjectPtr &O : M.objects()) {
      if (auto *T = llvm::dyn_cast<Table>(O.get())) {
        for (Constraint &C : T->Constraints)
          if (C.GeneratedName && Constraints) {
            C.GeneratedName = false;
            Changed = true;
          }
      } else if (auto *I = llvm::dyn_cast<Index>(O.get())) {
        if (I->GeneratedName && Indexes) {
          I->GeneratedName = false;
          Changed = true;
        }
      } else if (auto *D = llvm::dyn_cast<Domain>(O.get())) {
        for (DomainCheck &C : D->Checks)
          if (C.GeneratedName && Constraints) {
            C.GeneratedName = false;
            Changed = true;
          }
      }
    }
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
        N.take(Schema,
               S.nameSequence(TName, Col.Name, N.takenIn(Schema),
                              N.getMaxLength()),
               true, false);
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
          Kept, [&](Constraint *P) { return P->hasSameIndexAs(*C); });
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
    C.Name = S.nameConstraint(T, C, N.takenIn(Schema), N.getMaxLength());
    bool Index = isIndexBacked(C);
    N.take(Schema, C.Name, Index, true);
    Changed = true;
  }

  void nameIndex(Index &I) {
    if (I.isNamed() || !Indexes)
      return;
    auto [Schema, TName] = N.resolveRelation(I.Table);
    std::string Name =
        S.nameIndex(TName, I, N.takenIn(Schema), N.getMaxLength());
    N.take(Schema, Name, true, false);
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
      C.Name = S.nameDomainCheck(D.getName().Name, N.takenIn(Schema),
                                 N.getMaxLength());
      N.take(Schema, C.Name, false, true);
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
