//===- PostgresQueryLowering.cpp - Queries into relational algebra --------===//
//
// Part of schemac. SELECT statements lower into the canonical shape of
// Rel.h:
//
//   [With] [Limit] [Sort] Project [Filter(HAVING)] [Aggregate] [Filter(WHERE)]
//       FROM-tree (Scan / SubqueryScan / FunctionScan / Values / Join)
//
// Set operations combine blocks; a FROM list is a left-deep tree of comma
// joins. Scans of CTE names visible from the enclosing WITH clauses are
// marked IsCte.
//
//===----------------------------------------------------------------------===//

#include "PostgresLowering.h"

#include "llvm/ADT/StringSet.h"

using namespace schemac;
using namespace schemac::pg;
using P = PostgresParser;

RelPtr PostgresLowering::lowerSelect(P::SelectStmtContext *C) {
  if (C->selectNoParens())
    return lowerSelect(C->selectNoParens());
  return lowerSelect(C->selectWithParens());
}

RelPtr PostgresLowering::lowerSelect(P::SelectWithParensContext *C) {
  if (C->selectNoParens())
    return lowerSelect(C->selectNoParens());
  return lowerSelect(C->selectWithParens());
}

RelPtr PostgresLowering::lowerSelect(P::SelectNoParensContext *C) {
  P::WithClauseContext *W = C->withClause();
  std::vector<CommonTableExpr> Ctes;
  bool Recursive = false;
  if (W) {
    Recursive = W->K_RECURSIVE() != nullptr;
    std::vector<P::CommonTableExprContext *> Cs = W->commonTableExpr();
    CteScopes.emplace_back();
    if (Recursive)
      for (P::CommonTableExprContext *CT : Cs)
        CteScopes.back().push_back(name(CT->colId()));
    for (P::CommonTableExprContext *CT : Cs) {
      CommonTableExpr E;
      E.Name = name(CT->colId());
      E.Loc = loc(CT->colId());
      E.ColumnNames = nameList(CT->nameList());
      if (CT->K_MATERIALIZED())
        E.Materialize = CT->K_NOT()
                            ? CommonTableExpr::Materialization::NotMaterialized
                            : CommonTableExpr::Materialization::Materialized;
      for (const CommonTableExpr &Prev : Ctes)
        if (Prev.Name == E.Name)
          error(E.Loc, DiagID::err_duplicate_with_query, {E.Name});
      E.Query = lowerSelect(CT->selectStmt());
      if (!Recursive)
        CteScopes.back().push_back(E.Name);
      Ctes.push_back(std::move(E));
    }
  }
  RelPtr Body = lowerSelectClause(C->selectClause());
  if (P::SortClauseContext *S = C->sortClause()) {
    auto Srt = std::make_unique<Sort>(loc(S), std::move(Body));
    Srt->Keys = lowerSortClause(S);
    Body = std::move(Srt);
  }
  if (P::SelectLimitContext *SL = C->selectLimit()) {
    auto Lim = std::make_unique<Limit>(loc(SL), std::move(Body));
    if (P::LimitClauseContext *LC = SL->limitClause()) {
      if (auto *X = altCast<P::LimitCountContext>(LC)) {
        if (X->K_ALL())
          Lim->LimitAll = true;
        else
          Lim->Count = lowerExpr(X->aExpr());
      } else {
        auto *F = static_cast<P::FetchFirstContext *>(LC);
        Lim->Form = Limit::Syntax::FetchFirst;
        Lim->WithTies = F->K_TIES() != nullptr;
        if (P::SelectFetchValueContext *V = F->selectFetchValue()) {
          if (V->cExpr()) {
            Lim->Count = lowerExpr(V->cExpr());
          } else {
            std::string Digits = text(V).str();
            std::string Clean;
            for (char Ch : Digits)
              if (Ch != ' ' && Ch != '\t' && Ch != '\n' && Ch != '+')
                Clean += Ch;
            Lim->Count = std::make_unique<Literal>(
                loc(V),
                V->NUMERIC() ? Literal::LitKind::Numeric
                             : Literal::LitKind::Integer,
                Clean);
          }
        } else {
          Lim->Count =
              std::make_unique<Literal>(loc(F), Literal::LitKind::Integer, "1");
        }
      }
    }
    if (P::OffsetClauseContext *O = SL->offsetClause())
      Lim->Offset = lowerExpr(O->aExpr());
    Body = std::move(Lim);
  }
  if (C->forLockingClause())
    error(loc(C->forLockingClause()), DiagID::err_unsupported_syntax,
          {"a locking clause (FOR UPDATE, FOR SHARE) in a view"});
  if (W) {
    CteScopes.pop_back();
    auto WithNode = std::make_unique<With>(loc(W), std::move(Body));
    WithNode->Recursive = Recursive;
    WithNode->Ctes = std::move(Ctes);
    Body = std::move(WithNode);
  }
  return Body;
}

antlrcpp::Any PostgresLowering::dispatch(P::SelectClauseContext *C) {
  if (auto *X = altCast<P::IntersectClauseContext>(C))
    return visitIntersectClause(X);
  if (auto *X = altCast<P::UnionExceptClauseContext>(C))
    return visitUnionExceptClause(X);
  if (auto *X = altCast<P::SimpleSelectClauseContext>(C))
    return visitSimpleSelectClause(X);
  if (auto *X = altCast<P::ParenSelectClauseContext>(C))
    return visitParenSelectClause(X);
  return visitChildren(C);
}

RelPtr PostgresLowering::lowerSelectClause(P::SelectClauseContext *C) {
  dispatch(C);
  return std::move(RelResult);
}

static void lowerSetOp(PostgresLowering &L, RelPtr &Result, Location Loc,
                       SetOp::OpKind K, RelPtr Left, RelPtr Right,
                       P::SetQuantifierContext *Q) {
  auto S = std::make_unique<SetOp>(Loc, K, std::move(Left), std::move(Right));
  if (Q) {
    S->All = Q->K_ALL() != nullptr;
    S->ExplicitDistinct = Q->K_DISTINCT() != nullptr;
  }
  Result = std::move(S);
}

antlrcpp::Any
PostgresLowering::visitIntersectClause(P::IntersectClauseContext *C) {
  RelPtr Left = lowerSelectClause(C->selectClause(0));
  RelPtr Right = lowerSelectClause(C->selectClause(1));
  lowerSetOp(*this, RelResult, loc(C->K_INTERSECT()), SetOp::OpKind::Intersect,
             std::move(Left), std::move(Right), C->setQuantifier());
  return nullptr;
}

antlrcpp::Any
PostgresLowering::visitUnionExceptClause(P::UnionExceptClauseContext *C) {
  RelPtr Left = lowerSelectClause(C->selectClause(0));
  RelPtr Right = lowerSelectClause(C->selectClause(1));
  bool Union = C->K_UNION() != nullptr;
  lowerSetOp(*this, RelResult, loc(Union ? C->K_UNION() : C->K_EXCEPT()),
             Union ? SetOp::OpKind::Union : SetOp::OpKind::Except,
             std::move(Left), std::move(Right), C->setQuantifier());
  return nullptr;
}

antlrcpp::Any
PostgresLowering::visitSimpleSelectClause(P::SimpleSelectClauseContext *C) {
  RelResult = lowerSimpleSelect(C->simpleSelect());
  return nullptr;
}

antlrcpp::Any
PostgresLowering::visitParenSelectClause(P::ParenSelectClauseContext *C) {
  RelResult = lowerSelect(C->selectWithParens());
  return nullptr;
}

ExprPtr PostgresLowering::lowerGroupByItem(P::GroupByItemContext *C) {
  Location L = loc(C);
  if (altCast<P::EmptyGroupingSetContext>(C))
    return std::make_unique<GroupingSet>(L, GroupingSet::SetKind::Empty);
  if (auto *X = altCast<P::RollupItemContext>(C)) {
    auto G = std::make_unique<GroupingSet>(L, GroupingSet::SetKind::Rollup);
    G->Items = lowerExprList(X->exprList());
    return G;
  }
  if (auto *X = altCast<P::CubeItemContext>(C)) {
    auto G = std::make_unique<GroupingSet>(L, GroupingSet::SetKind::Cube);
    G->Items = lowerExprList(X->exprList());
    return G;
  }
  if (auto *X = altCast<P::GroupingSetsItemContext>(C)) {
    auto G = std::make_unique<GroupingSet>(L, GroupingSet::SetKind::Sets);
    for (P::GroupByItemContext *I : X->groupByItem())
      G->Items.push_back(lowerGroupByItem(I));
    return G;
  }
  return lowerExpr(static_cast<P::ExprGroupItemContext *>(C)->aExpr());
}

RelPtr PostgresLowering::lowerSimpleSelect(P::SimpleSelectContext *C) {
  if (auto *V = altCast<P::ValuesBlockContext>(C)) {
    P::ValuesClauseContext *VC = V->valuesClause();
    auto Vals = std::make_unique<Values>(loc(VC));
    for (P::ExprListContext *Row : VC->exprList())
      Vals->Rows.push_back(lowerExprList(Row));
    size_t Width = Vals->Rows.empty() ? 0 : Vals->Rows[0].size();
    for (const std::vector<ExprPtr> &Row : Vals->Rows)
      if (Row.size() != Width) {
        error(loc(VC), DiagID::err_values_length_mismatch);
        break;
      }
    return Vals;
  }
  if (auto *T = altCast<P::TableBlockContext>(C)) {
    P::RelationExprContext *R = T->relationExpr();
    auto S = std::make_unique<Scan>(loc(R), qualifiedName(R->qualifiedName()));
    S->Only = R->K_ONLY() != nullptr;
    auto Proj = std::make_unique<Project>(loc(T), std::move(S));
    SelectItem Item;
    Item.Value = std::make_unique<ColumnRef>(loc(T), std::vector<std::string>{},
                                             /*Star=*/true);
    Proj->Items.push_back(std::move(Item));
    return Proj;
  }
  auto *S = static_cast<P::SelectBlockContext *>(C);
  RelPtr Input;
  if (P::FromClauseContext *F = S->fromClause()) {
    for (P::TableRefContext *TR : F->tableRef()) {
      RelPtr R = lowerTableRef(TR);
      if (!Input) {
        Input = std::move(R);
        continue;
      }
      auto J = std::make_unique<Join>(loc(TR), Join::JoinKind::Cross,
                                      std::move(Input), std::move(R));
      J->Comma = true;
      Input = std::move(J);
    }
  }
  if (P::WhereClauseContext *W = S->whereClause())
    Input = std::make_unique<Filter>(loc(W), std::move(Input),
                                     lowerExpr(W->aExpr()));
  P::GroupClauseContext *G = S->groupClause();
  if (G || S->havingClause()) {
    auto Agg = std::make_unique<Aggregate>(G ? loc(G) : loc(S->havingClause()),
                                           std::move(Input));
    if (G) {
      if (P::SetQuantifierContext *Q = G->setQuantifier())
        Agg->GroupByDistinct = Q->K_DISTINCT() != nullptr;
      for (P::GroupByItemContext *I : G->groupByItem())
        Agg->GroupBy.push_back(lowerGroupByItem(I));
    }
    Input = std::move(Agg);
  }
  if (P::HavingClauseContext *H = S->havingClause())
    Input = std::make_unique<Filter>(loc(H), std::move(Input),
                                     lowerExpr(H->aExpr()));
  auto Proj = std::make_unique<Project>(loc(S), std::move(Input));
  if (P::DistinctClauseContext *D = S->distinctClause()) {
    if (D->K_ALL()) {
      Proj->Distinct = Project::DistinctKind::All;
    } else if (D->K_ON()) {
      Proj->Distinct = Project::DistinctKind::On;
      Proj->DistinctOn = lowerExprList(D->exprList());
    } else {
      Proj->Distinct = Project::DistinctKind::Distinct;
    }
  }
  if (P::TargetListContext *TL = S->targetList()) {
    for (P::TargetElContext *TE : TL->targetEl()) {
      SelectItem Item;
      if (auto *E = altCast<P::ExprTargetContext>(TE)) {
        Item.Value = lowerExpr(E->aExpr());
        if (E->colLabel()) {
          Item.Alias = name(E->colLabel());
          Item.ExplicitAs = true;
        } else if (E->bareColLabel()) {
          Item.Alias = name(E->bareColLabel());
          Item.ExplicitAs = false;
        }
      } else {
        Item.Value = std::make_unique<ColumnRef>(
            loc(TE), std::vector<std::string>{}, /*Star=*/true);
      }
      Proj->Items.push_back(std::move(Item));
    }
  }
  if (P::WindowClauseContext *WC = S->windowClause())
    for (P::WindowDefinitionContext *WD : WC->windowDefinition())
      Proj->Windows.emplace_back(name(WD->colId()),
                                 lowerWindowSpec(WD->windowSpecification()));
  return Proj;
}

//===----------------------------------------------------------------------===//
// FROM
//===----------------------------------------------------------------------===//

antlrcpp::Any PostgresLowering::dispatch(P::TableRefContext *C) {
  if (auto *X = altCast<P::CrossJoinContext>(C))
    return visitCrossJoin(X);
  if (auto *X = altCast<P::QualifiedJoinContext>(C))
    return visitQualifiedJoin(X);
  if (auto *X = altCast<P::NaturalJoinContext>(C))
    return visitNaturalJoin(X);
  if (auto *X = altCast<P::ParenTableRefContext>(C))
    return visitParenTableRef(X);
  if (auto *X = altCast<P::RelationRefContext>(C))
    return visitRelationRef(X);
  if (auto *X = altCast<P::FunctionRefContext>(C))
    return visitFunctionRef(X);
  if (auto *X = altCast<P::SubqueryRefContext>(C))
    return visitSubqueryRef(X);
  if (auto *X = altCast<P::XmlTableRefContext>(C))
    return visitXmlTableRef(X);
  return visitChildren(C);
}

RelPtr PostgresLowering::lowerTableRef(P::TableRefContext *C) {
  dispatch(C);
  return std::move(RelResult);
}

void PostgresLowering::lowerAlias(P::AliasClauseContext *C, std::string &Alias,
                                  std::vector<std::string> &Columns) {
  if (!C)
    return;
  Alias = name(C->colId());
  Columns = nameList(C->nameList());
}

static Join::JoinKind lowerJoinType(P::JoinTypeContext *C) {
  if (!C || C->K_INNER())
    return Join::JoinKind::Inner;
  if (C->K_LEFT())
    return Join::JoinKind::Left;
  if (C->K_RIGHT())
    return Join::JoinKind::Right;
  return Join::JoinKind::Full;
}

antlrcpp::Any PostgresLowering::visitCrossJoin(P::CrossJoinContext *C) {
  RelPtr L = lowerTableRef(C->tableRef(0));
  RelPtr R = lowerTableRef(C->tableRef(1));
  RelResult = std::make_unique<Join>(loc(C->K_CROSS()), Join::JoinKind::Cross,
                                     std::move(L), std::move(R));
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitQualifiedJoin(P::QualifiedJoinContext *C) {
  RelPtr L = lowerTableRef(C->tableRef(0));
  RelPtr R = lowerTableRef(C->tableRef(1));
  Location Loc = C->joinType() ? loc(C->joinType()) : loc(C->K_JOIN());
  auto J = std::make_unique<Join>(Loc, lowerJoinType(C->joinType()),
                                  std::move(L), std::move(R));
  P::JoinQualContext *Q = C->joinQual();
  if (Q->aExpr())
    J->Condition = lowerExpr(Q->aExpr());
  else
    J->Using = nameList(Q->nameList());
  RelResult = std::move(J);
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitNaturalJoin(P::NaturalJoinContext *C) {
  RelPtr L = lowerTableRef(C->tableRef(0));
  RelPtr R = lowerTableRef(C->tableRef(1));
  auto J =
      std::make_unique<Join>(loc(C->K_NATURAL()), lowerJoinType(C->joinType()),
                             std::move(L), std::move(R));
  J->Natural = true;
  RelResult = std::move(J);
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitParenTableRef(P::ParenTableRefContext *C) {
  RelPtr Inner = lowerTableRef(C->tableRef());
  if (P::AliasClauseContext *A = C->aliasClause()) {
    // (a JOIN b) AS x: the IR has no alias on a join; a derived table with
    // all columns names the same rows.
    auto Proj = std::make_unique<Project>(loc(C), std::move(Inner));
    SelectItem Item;
    Item.Value = std::make_unique<ColumnRef>(loc(C), std::vector<std::string>{},
                                             /*Star=*/true);
    Proj->Items.push_back(std::move(Item));
    auto S = std::make_unique<SubqueryScan>(loc(C), std::move(Proj));
    lowerAlias(A, S->Alias, S->ColumnAliases);
    RelResult = std::move(S);
    return nullptr;
  }
  RelResult = std::move(Inner);
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitRelationRef(P::RelationRefContext *C) {
  P::RelationExprContext *R = C->relationExpr();
  QualifiedName N = qualifiedName(R->qualifiedName());
  auto S = std::make_unique<Scan>(loc(R->qualifiedName()), N);
  S->Only = R->K_ONLY() != nullptr;
  if (!N.isQualified() && !S->Only)
    for (const std::vector<std::string> &Scope : CteScopes)
      for (const std::string &Cte : Scope)
        if (Cte == N.Name)
          S->IsCte = true;
  lowerAlias(C->aliasClause(), S->Alias, S->ColumnAliases);
  RelResult = std::move(S);
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitFunctionRef(P::FunctionRefContext *C) {
  P::FuncTableContext *FT = C->funcTable();
  auto F = std::make_unique<FunctionScan>(
      loc(FT), lowerFuncExpr(FT->funcExprWindowless()));
  F->WithOrdinality = FT->K_ORDINALITY() != nullptr;
  F->Lateral = C->K_LATERAL() != nullptr;
  if (P::FuncAliasClauseContext *A = C->funcAliasClause()) {
    if (A->aliasClause()) {
      lowerAlias(A->aliasClause(), F->Alias, F->ColumnAliases);
    } else {
      if (A->colId())
        F->Alias = name(A->colId());
      for (P::TableFuncElementContext *E : A->tableFuncElement())
        F->ColumnDefs.emplace_back(name(E->colId()), lowerType(E->typeName()));
    }
  }
  RelResult = std::move(F);
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitXmlTableRef(P::XmlTableRefContext *C) {
  RelPtr R = lowerXmlTable(C->xmlTable());
  auto &X = llvm::cast<XmlTable>(*R);
  X.Lateral = C->K_LATERAL() != nullptr;
  lowerAlias(C->aliasClause(), X.Alias, X.ColumnAliases);
  RelResult = std::move(R);
  return nullptr;
}

RelPtr PostgresLowering::lowerXmlTable(P::XmlTableContext *C) {
  auto X = std::make_unique<XmlTable>(loc(C));
  bool DefaultSeen = false;
  for (P::XmlNamespaceElContext *N : C->xmlNamespaceEl()) {
    XmlNamespace NS;
    NS.Uri = lowerExpr(N->bExpr());
    if (N->colLabel()) {
      NS.Name = name(N->colLabel());
    } else {
      // Accepted when the view is made; XMLTABLE rejects it when it runs.
      if (DefaultSeen)
        error(loc(N), DiagID::err_xml_default_namespace);
      DefaultSeen = true;
    }
    X->Namespaces.push_back(std::move(NS));
  }
  X->RowExpr = lowerExpr(C->cExpr());
  X->Document = lowerExpr(C->xmlPassing()->cExpr());
  llvm::StringSet<> Names;
  bool Ordinality = false;
  for (P::XmlTableColumnContext *Col : C->xmlTableColumn()) {
    XmlTableColumn XC;
    XC.Name = name(Col->colId());
    XC.Loc = loc(Col->colId());
    if (!Names.insert(XC.Name).second)
      error(XC.Loc, DiagID::err_xml_duplicate_column, {XC.Name});
    if (Col->K_ORDINALITY()) {
      if (Ordinality)
        error(loc(Col->K_FOR()), DiagID::err_xml_ordinality);
      Ordinality = true;
      XC.ForOrdinality = true;
      XC.Type = DataType(TypeKind::Integer);
      X->Columns.push_back(std::move(XC));
      continue;
    }
    XC.Type = lowerType(Col->typeName());
    for (P::XmlTableColumnOptionContext *O : Col->xmlTableColumnOption()) {
      auto Redundant = [&](const char *What) {
        error(loc(O), DiagID::err_xml_redundant_column_option, {What, XC.Name});
      };
      if (O->K_DEFAULT()) {
        if (XC.Default)
          Redundant("DEFAULT values");
        XC.Default = lowerExpr(O->bExpr());
      } else if (O->K_NULL()) {
        if (XC.NotNull || XC.ExplicitNull)
          Redundant("NULL / NOT NULL declarations");
        (O->K_NOT() ? XC.NotNull : XC.ExplicitNull) = true;
      } else {
        // IDENT bExpr: PATH is the only such option (gram.y compares the
        // identifier, quoted or not, with "path").
        antlr4::Token *T = O->getStart();
        std::string Word = name(T);
        if (Word != "path")
          error(loc(T), DiagID::err_xml_column_option, {Word});
        else if (XC.Path)
          Redundant("PATH values");
        XC.Path = lowerExpr(O->bExpr());
      }
    }
    X->Columns.push_back(std::move(XC));
  }
  return X;
}

antlrcpp::Any PostgresLowering::visitSubqueryRef(P::SubqueryRefContext *C) {
  auto S = std::make_unique<SubqueryScan>(loc(C),
                                          lowerSelect(C->selectWithParens()));
  S->Lateral = C->K_LATERAL() != nullptr;
  lowerAlias(C->aliasClause(), S->Alias, S->ColumnAliases);
  RelResult = std::move(S);
  return nullptr;
}
