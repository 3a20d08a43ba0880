//===- SchemaEditorView.cpp - Views that follow their relations -----------===//
//
// Part of schemac. A database stores a view as its analyzed query: `*` is
// expanded into the columns the relations had when the view was created,
// and every column is referenced by identity, not by name. So a column
// added later does not appear in the view, a renamed column is read under
// its new name while the view's output keeps the old one, and a column a
// view reads cannot be dropped or change its type.
//
// The IR keeps view bodies as written. Before a change that would make a
// star mean something else (a column added to or renamed in a relation the
// star covers, a view replaced with more columns), the stars are expanded
// as the database expanded them; a renamed column is renamed in the
// references that read it (found by the binder) and keeps its output name
// through an alias, or, where it is a USING/NATURAL join column, through
// column aliases on the scan (as PostgreSQL's pg_get_viewdef prints it).
//
//===----------------------------------------------------------------------===//

#include "SchemaEditorImpl.h"
#include "schemac/ir/Binder.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/Table.h"
#include "schemac/ir/View.h"
#include "schemac/ir/Walk.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace schemac;

namespace {

bool hasSelectStar(const View &V) {
  bool Star = false;
  if (V.Query)
    walk(*V.Query, nullptr, [&](const Rel &R) {
      if (auto *P = llvm::dyn_cast<Project>(&R))
        for (const SelectItem &I : P->Items)
          if (auto *C = llvm::dyn_cast_or_null<ColumnRef>(I.Value.get()))
            Star |= C->Star;
    });
  return Star;
}

/// Whether \p V's FROM clauses scan \p Target, or a table that inherits
/// columns from it.
bool scans(const Module &M, const View &V, const Object &Target) {
  bool Found = false;
  if (!V.Query)
    return false;
  walk(*V.Query, nullptr, [&](const Rel &R) {
    auto *S = llvm::dyn_cast<Scan>(&R);
    if (!S || Found)
      return;
    const Object *O = M.lookupRelation(S->Table);
    if (O == &Target)
      Found = true;
    else if (auto *T = llvm::dyn_cast_or_null<Table>(O))
      Found = T->isPartition() || !T->Inherits.empty();
  });
  return Found;
}

} // namespace

void SchemaEditor::Impl::touchView(View &V) {
  // Expanding stars keeps the view's meaning, but the change it prepares
  // may still fail: always keep a copy to roll back to.
  bool Saved = std::exchange(Copies, true);
  touch(V);
  Copies = Saved;
}

void SchemaEditor::Impl::renameRangeInViews(const Object &O,
                                            const QualifiedName &New) {
  const std::string &Old = O.getName().Name;
  for (View *V : M.getObjects<View>()) {
    if (!V->Query || V == &O)
      continue;
    bool Unaliased = false;
    forEachNode(
        *V->Query, [](Expr &) {},
        [&](Rel &X) {
          auto *S = llvm::dyn_cast<Scan>(&X);
          Unaliased |= S && !S->IsCte && S->Alias.empty() &&
                       S->Table.Name == Old && M.lookupRelation(S->Table) == &O;
        });
    if (!Unaliased)
      continue;
    touchView(*V);
    forEachNode(
        *V->Query,
        [&](Expr &E) {
          auto *C = llvm::dyn_cast<ColumnRef>(&E);
          if (!C || C->Path.size() < 2 || C->Path[C->Path.size() - 2] != Old)
            return;
          C->Path[C->Path.size() - 2] = New.Name;
          if (C->Path.size() >= 3 && New.isQualified())
            C->Path[C->Path.size() - 3] = New.Schema;
        },
        [](Rel &) {});
  }
}

void SchemaEditor::Impl::expandStarsOver(const Object &Target) {
  Binder B(M);
  for (View *V : M.getObjects<View>()) {
    if (V == &Target || !hasSelectStar(*V))
      continue;
    BindResult R = B.bindView(*V);
    bool Affected = false;
    for (const auto &[Ref, Cols] : R.Stars)
      for (const StarColumn &C : Cols)
        Affected |= C.Col.Source == &Target || C.Scanned == &Target;
    if (!Affected)
      continue;
    touchView(*V);
    forEachNode(
        *V->Query, [](Expr &) {},
        [&](Rel &X) {
          auto *P = llvm::dyn_cast<Project>(&X);
          if (!P)
            return;
          std::vector<SelectItem> Items;
          for (SelectItem &I : P->Items) {
            auto *C = llvm::dyn_cast_or_null<ColumnRef>(I.Value.get());
            auto It = C ? R.Stars.find(C) : R.Stars.end();
            if (It == R.Stars.end()) {
              Items.push_back(std::move(I));
              continue;
            }
            for (const StarColumn &SC : It->second) {
              std::vector<std::string> Path;
              if (!SC.Qualifier.empty())
                Path.push_back(SC.Qualifier);
              Path.push_back(SC.Col.Name);
              SelectItem N;
              N.Value = std::make_unique<ColumnRef>(C->Loc, std::move(Path));
              Items.push_back(std::move(N));
            }
          }
          P->Items = std::move(Items);
        });
  }
}

std::vector<View *> SchemaEditor::Impl::viewsReading(const Table &T,
                                                     llvm::StringRef Column) {
  std::vector<View *> Users;
  Binder B(M);
  for (View *V : M.getObjects<View>())
    if (scans(M, *V, T) && B.bindView(*V).usesColumn(T, Column))
      Users.push_back(V);
  return Users;
}

bool SchemaEditor::Impl::checkTypeChangeOfViewColumn(const Table &T,
                                                     const std::string &Column,
                                                     Location L) {
  std::vector<View *> Users = viewsReading(T, Column);
  if (Users.empty())
    return true;
  auto D = report(L, DiagID::err_alter_type_of_view_column);
  for (View *V : Users)
    D.note(V->Loc, DiagID::note_dependent_object,
           {V->getDescription().str(), V->getName().str(), "column", Column});
  return false;
}

void SchemaEditor::Impl::renameColumnInViews(const Table &T,
                                             const std::string &Old,
                                             const std::string &New) {
  expandStarsOver(T);
  Binder B(M);
  for (View *V : M.getObjects<View>()) {
    if (!scans(M, *V, T))
      continue;
    BindResult R = B.bindView(*V);
    if (!R.usesColumn(T, Old))
      continue;
    touchView(*V);
    // A USING or NATURAL join over the column matches it by name: the scans
    // of T keep the old name through column aliases instead.
    bool ByName = false;
    walk(*V->Query, nullptr, [&](const Rel &X) {
      if (auto *J = llvm::dyn_cast<Join>(&X))
        ByName |= J->Natural || llvm::is_contained(J->Using, Old);
    });
    if (ByName) {
      RelShape Shape = B.shapeOf(T);
      size_t Pos = 0;
      while (Pos < Shape.Columns.size() && Shape.Columns[Pos].Name != Old)
        ++Pos;
      forEachNode(
          *V->Query, [](Expr &) {},
          [&](Rel &X) {
            auto *S = llvm::dyn_cast<Scan>(&X);
            if (!S || S->IsCte || M.lookupRelation(S->Table) != &T ||
                Pos >= Shape.Columns.size() || Pos < S->ColumnAliases.size())
              return;
            if (S->Alias.empty())
              S->Alias = S->Table.Name; // FROM m m(x)
            for (size_t I = S->ColumnAliases.size(); I <= Pos; ++I)
              S->ColumnAliases.push_back(Shape.Columns[I].Name);
          });
      continue;
    }
    auto Reads = [&](const ColumnRef &C) {
      const ColumnBinding *CB = R.lookup(C);
      return CB && CB->K == ColumnBinding::Kind::Column && CB->Scanned &&
             CB->Col.Source == &T && CB->Col.SourceColumn == Old &&
             !C.Path.empty() && C.Path.back() == Old;
    };
    // The view's output (and a subquery's) keeps the old name.
    forEachNode(
        *V->Query, [](Expr &) {},
        [&](Rel &X) {
          if (auto *P = llvm::dyn_cast<Project>(&X))
            for (SelectItem &I : P->Items)
              if (auto *C = llvm::dyn_cast_or_null<ColumnRef>(I.Value.get()))
                if (I.Alias.empty() && Reads(*C))
                  I.Alias = Old;
        });
    forEachNode(
        *V->Query,
        [&](Expr &E) {
          if (auto *C = llvm::dyn_cast<ColumnRef>(&E); C && Reads(*C))
            C->Path.back() = New;
        },
        [](Rel &) {});
  }
}

bool SchemaEditor::Impl::checkSelfReference(const View &V) {
  if (!V.Query || V.Recursive)
    return true;
  QualifiedName Self = M.qualify(V.getName());
  const Scan *Found = nullptr;
  walk(*V.Query, nullptr, [&](const Rel &R) {
    auto *S = llvm::dyn_cast<Scan>(&R);
    if (S && !Found && !S->IsCte && !M.lookupRelation(S->Table) &&
        M.qualify(S->Table) == Self)
      Found = S;
  });
  if (!Found)
    return true;
  reportUnknown(Found->Loc.isValid() ? Found->Loc : V.Loc, "relation",
                Found->Table);
  return false;
}

bool SchemaEditor::Impl::replacesIntoCycle(const View &V) const {
  if (!V.OrReplace || !V.Query)
    return false;
  auto *Old = llvm::dyn_cast_or_null<View>(M.lookupRelation(V.getName()));
  if (!Old || Old->Materialized)
    return false;
  // Depth-first through the views the new query reads.
  llvm::SmallPtrSet<const View *, 8> Seen;
  std::vector<const Rel *> Work{V.Query.get()};
  while (!Work.empty()) {
    const Rel *Q = Work.back();
    Work.pop_back();
    bool Found = false;
    walk(*Q, nullptr, [&](const Rel &R) {
      auto *S = llvm::dyn_cast<Scan>(&R);
      if (!S || S->IsCte || Found)
        return;
      auto *Read = llvm::dyn_cast_or_null<View>(M.lookupRelation(S->Table));
      if (Read == Old)
        Found = true;
      else if (Read && Read->Query && Seen.insert(Read).second)
        Work.push_back(Read->Query.get());
    });
    if (Found)
      return true;
  }
  return false;
}
