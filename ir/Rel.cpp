//===- Rel.cpp - Relational algebra of queries ----------------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/Rel.h"

using namespace schemac;

Rel::~Rel() = default;

llvm::StringRef Rel::getKindName() const {
  switch (K) {
#define SCHEMAC_REL(Class, IRName)                                             \
  case Kind::Class:                                                            \
    return IRName;
#include "schemac/ir/RelKinds.def"
  }
  return "?";
}

SelectItem SelectItem::clone() const {
  SelectItem I;
  I.Value = cloneExpr(Value);
  I.Alias = Alias;
  I.ExplicitAs = ExplicitAs;
  return I;
}

CommonTableExpr CommonTableExpr::clone() const {
  CommonTableExpr C;
  C.Name = Name;
  C.ColumnNames = ColumnNames;
  C.Query = cloneRel(Query);
  C.Materialize = Materialize;
  C.Loc = Loc;
  return C;
}

RelPtr Rel::clone() const {
  switch (K) {
  case Kind::Scan: {
    auto &R = llvm::cast<Scan>(*this);
    auto N = std::make_unique<Scan>(Loc, R.Table);
    N->Alias = R.Alias;
    N->ColumnAliases = R.ColumnAliases;
    N->Only = R.Only;
    N->IsCte = R.IsCte;
    return N;
  }
  case Kind::SubqueryScan: {
    auto &R = llvm::cast<SubqueryScan>(*this);
    auto N = std::make_unique<SubqueryScan>(Loc, cloneRel(R.Input));
    N->Alias = R.Alias;
    N->ColumnAliases = R.ColumnAliases;
    N->Lateral = R.Lateral;
    return N;
  }
  case Kind::FunctionScan: {
    auto &R = llvm::cast<FunctionScan>(*this);
    auto N = std::make_unique<FunctionScan>(Loc, cloneExpr(R.Call));
    N->Alias = R.Alias;
    N->ColumnAliases = R.ColumnAliases;
    N->ColumnDefs = R.ColumnDefs;
    N->WithOrdinality = R.WithOrdinality;
    N->Lateral = R.Lateral;
    return N;
  }
  case Kind::Values: {
    auto &R = llvm::cast<Values>(*this);
    auto N = std::make_unique<Values>(Loc);
    for (auto &Row : R.Rows)
      N->Rows.push_back(cloneExprs(Row));
    N->Alias = R.Alias;
    N->ColumnAliases = R.ColumnAliases;
    return N;
  }
  case Kind::Filter: {
    auto &R = llvm::cast<Filter>(*this);
    return std::make_unique<Filter>(Loc, cloneRel(R.Input),
                                    cloneExpr(R.Condition));
  }
  case Kind::Project: {
    auto &R = llvm::cast<Project>(*this);
    auto N = std::make_unique<Project>(Loc, cloneRel(R.Input));
    for (const SelectItem &I : R.Items)
      N->Items.push_back(I.clone());
    N->Distinct = R.Distinct;
    N->DistinctOn = cloneExprs(R.DistinctOn);
    for (auto &W : R.Windows)
      N->Windows.emplace_back(W.first, W.second ? W.second->clone() : nullptr);
    return N;
  }
  case Kind::Join: {
    auto &R = llvm::cast<Join>(*this);
    auto N =
        std::make_unique<Join>(Loc, R.JK, cloneRel(R.Left), cloneRel(R.Right));
    N->Natural = R.Natural;
    N->Comma = R.Comma;
    N->Condition = cloneExpr(R.Condition);
    N->Using = R.Using;
    return N;
  }
  case Kind::Aggregate: {
    auto &R = llvm::cast<Aggregate>(*this);
    auto N = std::make_unique<Aggregate>(Loc, cloneRel(R.Input));
    N->GroupBy = cloneExprs(R.GroupBy);
    N->GroupByDistinct = R.GroupByDistinct;
    return N;
  }
  case Kind::Sort: {
    auto &R = llvm::cast<Sort>(*this);
    auto N = std::make_unique<Sort>(Loc, cloneRel(R.Input));
    for (const SortKey &K : R.Keys)
      N->Keys.push_back(K.clone());
    return N;
  }
  case Kind::Limit: {
    auto &R = llvm::cast<Limit>(*this);
    auto N = std::make_unique<Limit>(Loc, cloneRel(R.Input));
    N->Count = cloneExpr(R.Count);
    N->Offset = cloneExpr(R.Offset);
    N->LimitAll = R.LimitAll;
    N->WithTies = R.WithTies;
    N->Form = R.Form;
    return N;
  }
  case Kind::SetOp: {
    auto &R = llvm::cast<SetOp>(*this);
    auto N =
        std::make_unique<SetOp>(Loc, R.Op, cloneRel(R.Left), cloneRel(R.Right));
    N->All = R.All;
    N->ExplicitDistinct = R.ExplicitDistinct;
    return N;
  }
  case Kind::With: {
    auto &R = llvm::cast<With>(*this);
    auto N = std::make_unique<With>(Loc, cloneRel(R.Body));
    N->Recursive = R.Recursive;
    for (const CommonTableExpr &C : R.Ctes)
      N->Ctes.push_back(C.clone());
    return N;
  }
  }
  return nullptr;
}
