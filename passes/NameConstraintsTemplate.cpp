//===- NameConstraintsTemplate.cpp - Names from a scheme's templates ------===//
//
// Part of schemac. Each unnamed constraint, domain check and index gets its
// rule's pattern with the placeholders filled in; a placeholder that is
// empty takes the '_' before it along. A name already taken where the rule
// says names must be unique (the schema or the table; among index names, or
// constraint names) gets the next {n}, or "_2", "_3", ... when the pattern
// has no {n}. Names are clipped to the scheme's limit without splitting a
// UTF-8 character. Objects are named in module order, constraints added by
// ALTER TABLE after every CREATE, as the database would see them.
//
//===----------------------------------------------------------------------===//

#include "NameConstraintsTemplate.h"
#include "schemac/dialects/NamingScheme.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/Walk.h"
#include "schemac/passes/NameConstraints.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <map>

using namespace schemac;

namespace {

/// The values of a pattern's placeholders.
struct Vars {
  std::string Table, Columns, Column, RefTable, Domain;
};

/// \p Pattern with the placeholders of \p V (and {n} = \p N) filled in.
std::string expand(llvm::StringRef Pattern, const Vars &V, unsigned N) {
  std::string R;
  while (!Pattern.empty()) {
    size_t Open = Pattern.find('{');
    R += Pattern.take_front(Open);
    if (Open == llvm::StringRef::npos)
      break;
    size_t Close = Pattern.find('}', Open);
    llvm::StringRef Name = Pattern.slice(Open + 1, Close);
    Pattern = Pattern.drop_front(Close + 1);
    std::string Value = Name == "table"       ? V.Table
                        : Name == "columns"   ? V.Columns
                        : Name == "column"    ? V.Column
                        : Name == "ref_table" ? V.RefTable
                        : Name == "domain"    ? V.Domain
                        : Name == "n"         ? std::to_string(N)
                                              : std::string();
    if (Value.empty() && !R.empty() && R.back() == '_')
      R.pop_back();
    R += Value;
  }
  return R;
}

class TemplateNamer {
public:
  TemplateNamer(Module &M, const NamingScheme &S, bool Indexes,
                bool Constraints)
      : M(M), S(S), Indexes(Indexes), Constraints(Constraints) {}

  bool run() {
    reserveExplicitNames();
    // The CREATE statements in module order, then ALTER TABLE ... ADD.
    for (const ObjectPtr &O : M.objects()) {
      if (auto *T = llvm::dyn_cast<Table>(O.get()))
        nameTable(*T, /*AddedByAlter=*/false);
      else if (auto *I = llvm::dyn_cast<Index>(O.get()))
        nameIndex(*I);
      else if (auto *D = llvm::dyn_cast<Domain>(O.get()))
        nameDomain(*D);
    }
    for (Table *T : M.getObjects<Table>())
      nameTable(*T, /*AddedByAlter=*/true);
    for (auto &[I, Name] : IndexRenames)
      M.rename(I, std::move(Name));
    return Changed;
  }

private:
  enum class Space { Indexes, Constraints };

  const NamingScheme::Rule &ruleOf(const Constraint &C) const {
    switch (C.K) {
    case Constraint::Kind::PrimaryKey:
      return S.PrimaryKey;
    case Constraint::Kind::Unique:
      return S.Unique;
    case Constraint::Kind::Exclusion:
      return S.Exclusion;
    case Constraint::Kind::ForeignKey:
      return S.ForeignKey;
    case Constraint::Kind::Check:
      return S.Check;
    }
    return S.Check;
  }
  Space spaceOf(const Constraint &C) const {
    bool Key = C.K == Constraint::Kind::PrimaryKey ||
               C.K == Constraint::Kind::Unique ||
               C.K == Constraint::Kind::Exclusion;
    return Key && S.KeysAreIndexes ? Space::Indexes : Space::Constraints;
  }

  /// The names a new name of \p Sp must avoid, where \p Where says.
  llvm::StringSet<> &taken(Space Sp, NamingScheme::Scope Where,
                           const QualifiedName &Owner) {
    QualifiedName Q = M.qualify(Owner);
    std::string Key = Sp == Space::Indexes ? "i:" : "c:";
    Key += Q.Schema;
    if (Where == NamingScheme::Scope::Table)
      Key += "\x1F" + Q.Name;
    return Taken[Key];
  }

  void reserveExplicitNames() {
    for (const ObjectPtr &O : M.objects()) {
      if (auto *T = llvm::dyn_cast<Table>(O.get())) {
        for (const Constraint &C : T->Constraints)
          if (!C.Name.empty())
            taken(spaceOf(C), ruleOf(C).Where, T->getName()).insert(C.Name);
      } else if (auto *I = llvm::dyn_cast<Index>(O.get())) {
        if (I->isNamed())
          taken(Space::Indexes, S.Index.Where, I->Table)
              .insert(I->getName().Name);
      } else if (auto *D = llvm::dyn_cast<Domain>(O.get())) {
        for (const DomainCheck &C : D->Checks)
          if (!C.Name.empty())
            taken(Space::Constraints, S.DomainCheck.Where, D->getName())
                .insert(C.Name);
      }
    }
  }

  /// A name by \p R for an object of \p Owner (a table or domain).
  std::string choose(const NamingScheme::Rule &R, Space Sp,
                     const QualifiedName &Owner, const Vars &V) {
    llvm::StringSet<> &Set = taken(Sp, R.Where, Owner);
    llvm::StringRef Pattern = R.Pattern;
    bool Numbered = Pattern.contains("{n}");
    unsigned &Counter = Counters[{M.qualify(Owner).str(), R.Pattern}];
    for (unsigned Attempt = 1;; ++Attempt) {
      std::string Name;
      if (Numbered) {
        Name =
            pgnames::clipUTF8(expand(Pattern, V, ++Counter), S.MaxLength).str();
      } else {
        std::string Base = expand(Pattern, V, 0);
        std::string Suffix;
        if (Attempt > 1) {
          Suffix = '_';
          Suffix += std::to_string(Attempt);
        }
        size_t Room =
            S.MaxLength > Suffix.size() ? S.MaxLength - Suffix.size() : 0;
        Name = pgnames::clipUTF8(Base, Room).str() + Suffix;
      }
      if (Set.insert(Name).second)
        return Name;
    }
  }

  static std::string join(const std::vector<std::string> &Parts) {
    std::string R;
    for (const std::string &P : Parts) {
      if (!R.empty())
        R += '_';
      R += P;
    }
    return R;
  }

  void nameTable(Table &T, bool AddedByAlter) {
    if (!Constraints)
      return;
    for (Constraint &C : T.Constraints) {
      const NamingScheme::Rule &R = ruleOf(C);
      if (C.AddedByAlter != AddedByAlter || !C.Name.empty() || !R.Pattern)
        continue;
      Vars V;
      V.Table = T.getName().Name;
      std::vector<std::string> Cols = C.Columns;
      if (C.K == Constraint::Kind::Check)
        Cols = {C.Check ? getSingleCheckColumn(T, *C.Check) : std::string()};
      else if (C.K == Constraint::Kind::Exclusion)
        for (const ExclusionElement &E : C.Exclusions)
          Cols.push_back(E.Element.isExpression() ? "expr" : E.Element.Column);
      V.Columns = join(Cols);
      V.Column = Cols.empty() ? "" : Cols.front();
      V.RefTable = C.RefTable.Name;
      C.Name = choose(R, spaceOf(C), T.getName(), V);
      Changed = true;
    }
  }

  void nameIndex(Index &I) {
    if (I.isNamed() || !Indexes || !S.Index.Pattern)
      return;
    Vars V;
    V.Table = I.Table.Name;
    std::vector<std::string> Cols;
    for (const IndexElement &E : I.Elements)
      Cols.push_back(E.isExpression()
                         ? pgnames::figureIndexColumnName(*E.Expression)
                         : E.Column);
    V.Columns = join(Cols);
    V.Column = Cols.empty() ? "" : Cols.front();
    std::string Name = choose(S.Index, Space::Indexes, I.Table, V);
    IndexRenames.emplace_back(&I, QualifiedName(I.getName().Schema, Name));
    Changed = true;
  }

  void nameDomain(Domain &D) {
    if (!Constraints || !S.DomainCheck.Pattern)
      return;
    for (DomainCheck &C : D.Checks) {
      if (!C.Name.empty())
        continue;
      Vars V;
      V.Domain = D.getName().Name;
      C.Name = choose(S.DomainCheck, Space::Constraints, D.getName(), V);
      Changed = true;
    }
  }

  Module &M;
  const NamingScheme &S;
  bool Indexes, Constraints;
  bool Changed = false;
  llvm::StringMap<llvm::StringSet<>> Taken;
  /// The last {n} of each (owner, rule).
  std::map<std::pair<std::string, const char *>, unsigned> Counters;
  std::vector<std::pair<Index *, QualifiedName>> IndexRenames;
};

} // namespace

bool schemac::nameByTemplates(Module &M, const NamingScheme &S, bool Indexes,
                              bool Constraints) {
  return TemplateNamer(M, S, Indexes, Constraints).run();
}
