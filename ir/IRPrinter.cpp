//===- IRPrinter.cpp - Textual form of the IR -----------------------------===//
//
// Part of schemac. Prints the textual IR (.sir) documented in docs/IR.md.
// Everything goes straight to the raw_ostream; the only per-node work is the
// quoting check of names. Fields with their default value are omitted.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/IRPrinter.h"
#include "IRSyntax.h"
#include "schemac/ir/Module.h"
#include "schemac/support/Context.h"

using namespace schemac;
using namespace schemac::irsyntax;

namespace {

bool isNullName(const QualifiedName &N) {
  return N.Name.empty() && N.Schema.empty();
}

class IRPrinter {
public:
  IRPrinter(const Module &M, llvm::raw_ostream &OS, const IRPrintOptions &Opts)
      : Ctx(M.getContext()), OS(OS), PrintLocs(Opts.PrintLocations) {}

  void printModule(const Module &M);
  void printObject(const Object &O);
  void printExpr(const Expr *E);
  void printRelTree(const Rel *R, unsigned Indent);

private:
  //===--- Small pieces ---------------------------------------------------===//
  void indent(unsigned N) { OS.indent(N); }
  void name(llvm::StringRef S) { printName(OS, S); }
  void qname(const QualifiedName &N) { printQualifiedName(OS, N); }
  void str(llvm::StringRef S) { printString(OS, S); }
  void loc(Location L);
  /// [e, e, ...] with \p Element printing one element.
  template <typename T, typename F>
  void list(const std::vector<T> &V, F Element) {
    OS << '[';
    for (size_t I = 0; I != V.size(); ++I) {
      if (I)
        OS << ", ";
      Element(V[I]);
    }
    OS << ']';
  }
  /// ' ' and the expression (`none` for null).
  void operand(const ExprPtr &E) {
    OS << ' ';
    printExpr(E.get());
  }
  void nameList(const std::vector<std::string> &V);
  void qnameList(const std::vector<QualifiedName> &V);
  void exprList(const std::vector<ExprPtr> &V);
  void params(const StorageParams &P);
  void type(const DataType &T);
  void flag(bool B, llvm::StringRef Keyword) {
    if (B)
      OS << ' ' << Keyword;
  }
  void optName(llvm::StringRef Keyword, llvm::StringRef S) {
    if (!S.empty()) {
      OS << ' ' << Keyword << ' ';
      name(S);
    }
  }
  void optQName(llvm::StringRef Keyword, const QualifiedName &N) {
    if (!isNullName(N)) {
      OS << ' ' << Keyword << ' ';
      qname(N);
    }
  }
  void optExpr(llvm::StringRef Keyword, const ExprPtr &E) {
    if (E) {
      OS << ' ' << Keyword << ' ';
      printExpr(E.get());
    }
  }
  void alias(const std::string &Alias, const std::vector<std::string> &Cols);
  void sequenceOptions(const SequenceOptions &O, bool LeadingSpace = true);
  void indexElement(const IndexElement &E);
  void indexElements(const std::vector<IndexElement> &V);
  void sortKeys(const std::vector<SortKey> &V);
  void window(const WindowSpec *W);
  void relBlock(const Rel *R);

  //===--- Objects --------------------------------------------------------===//
#define SCHEMAC_OBJECT(Class, IRName) void attrs(const Class &O);
#include "schemac/ir/ObjectKinds.def"
  void body(const Object &) {}
  void body(const Domain &D);
  void body(const Table &T);
  void body(const View &V);
  void column(const Column &C);
  void constraint(const Constraint &C);
  void partitionBound(const PartitionBound &B);

  //===--- Expressions and relations --------------------------------------===//
#define SCHEMAC_EXPR(Class, IRName) void expr(const Class &E);
#include "schemac/ir/ExprKinds.def"
#define SCHEMAC_REL(Class, IRName) void rel(const Class &R);
#include "schemac/ir/RelKinds.def"
  void children(std::initializer_list<const Rel *> Kids);

  const Context &Ctx;
  llvm::raw_ostream &OS;
  bool PrintLocs;
  /// Indentation of the line being printed; nested blocks indent from it.
  unsigned LineIndent = 0;
};

} // namespace

//===----------------------------------------------------------------------===//
// Small pieces
//===----------------------------------------------------------------------===//

void IRPrinter::loc(Location L) {
  if (!PrintLocs)
    return;
  if (L == Location()) {
    OS << " loc(unknown)";
    return;
  }
  OS << " loc(";
  str(Ctx.getFileName(L.File));
  OS << ':' << L.Line << ':' << L.Col << ')';
}

void IRPrinter::nameList(const std::vector<std::string> &V) {
  list(V, [&](const std::string &N) { name(N); });
}

void IRPrinter::qnameList(const std::vector<QualifiedName> &V) {
  list(V, [&](const QualifiedName &N) { qname(N); });
}

void IRPrinter::exprList(const std::vector<ExprPtr> &V) {
  list(V, [&](const ExprPtr &E) { printExpr(E.get()); });
}

void IRPrinter::params(const StorageParams &P) {
  list(P, [&](const std::pair<std::string, std::string> &KV) {
    name(KV.first);
    OS << " = ";
    str(KV.second);
  });
}

void IRPrinter::type(const DataType &T) {
  OS << getTypeKindName(T.Kind);
  if (!isNullName(T.Name) || T.Kind == TypeKind::UserDefined ||
      T.Kind == TypeKind::DialectSpecific) {
    OS << '<';
    qname(T.Name);
    OS << '>';
  }
  if (!T.Modifiers.empty()) {
    OS << '(';
    for (size_t I = 0; I != T.Modifiers.size(); ++I) {
      if (I)
        OS << ", ";
      printAtom(OS, T.Modifiers[I]);
    }
    OS << ')';
  }
  for (unsigned I = 0; I != T.ArrayDims; ++I)
    OS << "[]";
  flag(T.Serial, "serial");
  if (!T.Spelling.empty()) {
    OS << ' ';
    str(T.Spelling);
  }
}

void IRPrinter::alias(const std::string &Alias,
                      const std::vector<std::string> &Cols) {
  if (Alias.empty() && Cols.empty())
    return;
  OS << " as ";
  name(Alias);
  if (!Cols.empty()) {
    OS << ' ';
    nameList(Cols);
  }
}

void IRPrinter::sequenceOptions(const SequenceOptions &O, bool LeadingSpace) {
  bool First = !LeadingSpace;
  auto Key = [&](llvm::StringRef Keyword) {
    if (!First)
      OS << ' ';
    First = false;
    OS << Keyword;
  };
  auto Int = [&](llvm::StringRef Keyword, const std::optional<int64_t> &V) {
    if (V) {
      Key(Keyword);
      OS << ' ' << *V;
    }
  };
  if (O.AsType) {
    Key("as");
    OS << ' ';
    type(*O.AsType);
  }
  Int("start", O.Start);
  Int("increment", O.Increment);
  Int("minvalue", O.MinValue);
  Int("maxvalue", O.MaxValue);
  if (O.NoMinValue)
    Key("no_minvalue");
  if (O.NoMaxValue)
    Key("no_maxvalue");
  Int("cache", O.Cache);
  if (O.Cycle)
    Key(*O.Cycle ? "cycle" : "no_cycle");
  if (!isNullName(O.SequenceName)) {
    Key("sequence_name");
    OS << ' ';
    qname(O.SequenceName);
  }
}

void IRPrinter::indexElement(const IndexElement &E) {
  if (!E.Column.empty() || !E.Expression)
    name(E.Column);
  if (E.Expression) {
    if (!E.Column.empty())
      OS << ' ';
    printExpr(E.Expression.get());
  }
  optQName("collate", E.Collation);
  optQName("opclass", E.OpClass);
  if (!E.OpClassParams.empty()) {
    OS << " opclass_params ";
    params(E.OpClassParams);
  }
  if (E.Direction != SortDirection::Default)
    OS << ' ' << spell(SortDirectionNames, E.Direction);
  if (E.Nulls != NullsOrder::Default)
    OS << ' ' << spell(NullsOrderNames, E.Nulls);
  loc(E.Loc);
}

void IRPrinter::indexElements(const std::vector<IndexElement> &V) {
  list(V, [&](const IndexElement &E) { indexElement(E); });
}

void IRPrinter::sortKeys(const std::vector<SortKey> &V) {
  list(V, [&](const SortKey &K) {
    printExpr(K.Value.get());
    if (K.Direction != SortDirection::Default)
      OS << ' ' << spell(SortDirectionNames, K.Direction);
    if (K.Direction == SortDirection::Using) {
      OS << ' ';
      str(K.UsingOp);
    }
    if (K.Nulls != NullsOrder::Default)
      OS << ' ' << spell(NullsOrderNames, K.Nulls);
  });
}

void IRPrinter::window(const WindowSpec *W) {
  if (!W) {
    OS << "none";
    return;
  }
  OS << "(window";
  optName("ref", W->RefName);
  if (!W->PartitionBy.empty()) {
    OS << " partition_by ";
    exprList(W->PartitionBy);
  }
  if (!W->OrderBy.empty()) {
    OS << " order_by ";
    sortKeys(W->OrderBy);
  }
  if (W->Mode != WindowSpec::FrameMode::None)
    OS << " frame " << spell(FrameModeNames, W->Mode);
  auto Bound = [&](llvm::StringRef Keyword, const WindowSpec::Bound &B) {
    OS << ' ' << Keyword << ' ' << spell(FrameBoundNames, B.Kind);
    if (B.Offset) {
      operand(B.Offset);
    }
  };
  if (W->Mode != WindowSpec::FrameMode::None ||
      W->Start.Kind != WindowSpec::BoundKind::UnboundedPreceding ||
      W->Start.Offset)
    Bound("frame_start", W->Start);
  if (W->End)
    Bound("frame_end", *W->End);
  if (W->Exclude != WindowSpec::Exclusion::None)
    OS << " exclude " << spell(FrameExclusionNames, W->Exclude);
  OS << ')';
}

/// `{`, the tree indented below the current line, `}`; `{}` for null.
void IRPrinter::relBlock(const Rel *R) {
  if (!R) {
    OS << "{}";
    return;
  }
  unsigned Saved = LineIndent;
  OS << "{\n";
  printRelTree(R, Saved + 4);
  OS << '\n';
  indent(Saved + 2);
  OS << '}';
  LineIndent = Saved;
}

//===----------------------------------------------------------------------===//
// Module and objects
//===----------------------------------------------------------------------===//

void IRPrinter::printModule(const Module &M) {
  OS << "module";
  if (!M.Name.empty()) {
    OS << ' ';
    str(M.Name);
  }
  if (M.Dialect != "postgres") {
    OS << " dialect ";
    name(M.Dialect);
  }
  if (M.getSearchPath() != std::vector<std::string>{"public"}) {
    OS << " search_path ";
    nameList(M.getSearchPath());
  }
  OS << '\n';
  if (!M.empty())
    OS << '\n';
  for (const ObjectPtr &O : M.objects())
    printObject(*O);
}

void IRPrinter::printObject(const Object &O) {
  LineIndent = 0;
  OS << O.getKindName() << ' ';
  qname(O.getName());
  switch (O.getKind()) {
#define SCHEMAC_OBJECT(Class, IRName)                                          \
  case Object::Kind::Class:                                                    \
    attrs(llvm::cast<Class>(O));                                               \
    break;
#include "schemac/ir/ObjectKinds.def"
  }
  optName("owner", O.Owner);
  if (O.Comment) {
    OS << " comment ";
    str(*O.Comment);
  }
  loc(O.Loc);
  switch (O.getKind()) {
#define SCHEMAC_OBJECT(Class, IRName)                                          \
  case Object::Kind::Class:                                                    \
    body(llvm::cast<Class>(O));                                                \
    break;
#include "schemac/ir/ObjectKinds.def"
  }
  OS << '\n';
}

void IRPrinter::attrs(const Setting &S) {
  OS << " = ";
  str(S.Value);
  flag(S.IsLocal, "local");
  flag(S.IsDefault, "default");
  if (S.Form != Setting::Syntax::Set)
    OS << ' ' << spell(SettingSyntaxNames, S.Form);
}

void IRPrinter::attrs(const SchemaDecl &S) {
  flag(S.Implicit, "implicit");
  flag(S.IfNotExists, "if_not_exists");
  optName("authorization", S.Authorization);
}

void IRPrinter::attrs(const EnumType &E) {
  OS << ' ';
  list(E.Values, [&](const std::string &V) { str(V); });
}

void IRPrinter::attrs(const Domain &D) {
  OS << " : ";
  type(D.BaseType);
  optQName("collate", D.Collation);
  optExpr("default", D.Default);
  flag(D.NotNull, "not_null");
  flag(D.ExplicitNull, "null");
}

void IRPrinter::body(const Domain &D) {
  if (D.Checks.empty())
    return;
  OS << " {\n";
  LineIndent = 2;
  for (const DomainCheck &C : D.Checks) {
    OS << "  check";
    if (!C.Name.empty()) {
      OS << ' ';
      name(C.Name);
    }
    if (C.Check) {
      operand(C.Check);
    }
    flag(C.NotValid, "not_valid");
    if (C.Comment) {
      OS << " comment ";
      str(*C.Comment);
    }
    loc(C.Loc);
    OS << '\n';
  }
  OS << '}';
}

void IRPrinter::attrs(const Sequence &S) {
  if (S.Persist != Sequence::Persistence::Permanent)
    OS << ' ' << spell(SequencePersistenceNames, S.Persist);
  flag(S.IfNotExists, "if_not_exists");
  sequenceOptions(S.Options);
  if (!isNullName(S.OwnedByTable) || !S.OwnedByColumn.empty()) {
    OS << " owned_by ";
    qname(S.OwnedByTable);
    OS << '(';
    name(S.OwnedByColumn);
    OS << ')';
  }
  flag(S.OwnedByNone, "owned_by_none");
}

void IRPrinter::partitionBound(const PartitionBound &B) {
  using BK = PartitionBound::BoundKind;
  OS << " bound " << spell(PartitionBoundNames, B.BK);
  if (B.BK == BK::In || !B.In.empty()) {
    OS << ' ';
    exprList(B.In);
  }
  if (B.BK == BK::Range || !B.From.empty()) {
    OS << " from ";
    exprList(B.From);
  }
  if (B.BK == BK::Range || !B.To.empty()) {
    OS << " to ";
    exprList(B.To);
  }
  if (B.BK == BK::Hash || B.Modulus || B.Remainder)
    OS << " modulus " << B.Modulus << " remainder " << B.Remainder;
}

void IRPrinter::attrs(const Table &T) {
  if (T.Persist != Table::Persistence::Permanent)
    OS << ' ' << spell(TablePersistenceNames, T.Persist);
  flag(T.IfNotExists, "if_not_exists");
  optQName("of", T.OfType);
  optQName("partition_of", T.PartitionOf);
  if (T.Bound)
    partitionBound(*T.Bound);
  flag(T.AttachedLater, "attached_later");
  if (!T.Inherits.empty()) {
    OS << " inherits ";
    qnameList(T.Inherits);
  }
  if (T.PartitionBy) {
    OS << " partition_by "
       << spell(PartitionStrategyNames, T.PartitionBy->Strat) << ' ';
    indexElements(T.PartitionBy->Keys);
  }
  optName("using", T.AccessMethod);
  if (!T.With.empty()) {
    OS << " with ";
    params(T.With);
  }
  optName("tablespace", T.Tablespace);
  if (!T.OnCommit.empty()) {
    OS << " on_commit ";
    str(T.OnCommit);
  }
  flag(T.RowSecurity, "row_security");
  flag(T.ForceRowSecurity, "force_row_security");
}

void IRPrinter::body(const Table &T) {
  if (T.Columns.empty() && T.Constraints.empty())
    return;
  OS << " {\n";
  for (const Column &C : T.Columns)
    column(C);
  for (const Constraint &C : T.Constraints)
    constraint(C);
  OS << '}';
}

void IRPrinter::column(const Column &C) {
  LineIndent = 2;
  OS << "  column ";
  name(C.Name);
  OS << " : ";
  type(C.Type);
  flag(C.NotNull, "not_null");
  flag(C.ExplicitNull, "null");
  optExpr("default", C.Default);
  if (C.Generation) {
    OS << " generated " << (C.Generation->Virtual ? "virtual" : "stored");
    if (C.Generation->Expression) {
      operand(C.Generation->Expression);
    }
  }
  if (C.Ident) {
    OS << " identity " << (C.Ident->Always ? "always" : "by_default");
    if (!C.Ident->Options.empty()) {
      OS << " (";
      sequenceOptions(C.Ident->Options, /*LeadingSpace=*/false);
      OS << ')';
    }
  }
  optQName("collate", C.Collation);
  optName("storage", C.Storage);
  optName("compression", C.Compression);
  if (C.Comment) {
    OS << " comment ";
    str(*C.Comment);
  }
  loc(C.Loc);
  OS << '\n';
}

void IRPrinter::constraint(const Constraint &C) {
  using K = Constraint::Kind;
  LineIndent = 2;
  OS << "  constraint ";
  if (!C.Name.empty()) {
    name(C.Name);
    OS << ' ';
  }
  OS << spell(ConstraintKindNames, C.K);
  if (!C.Columns.empty() || C.K == K::PrimaryKey || C.K == K::Unique ||
      C.K == K::ForeignKey) {
    OS << ' ';
    nameList(C.Columns);
  }
  if (C.Check) {
    operand(C.Check);
  }
  optName("column_level", C.ColumnLevel);
  flag(C.AddedByAlter, "added_by_alter");
  if (!C.Include.empty()) {
    OS << " include ";
    nameList(C.Include);
  }
  flag(C.NullsNotDistinct, "nulls_not_distinct");
  flag(C.WithoutOverlaps, "without_overlaps");
  if (!C.IndexWith.empty()) {
    OS << " index_with ";
    params(C.IndexWith);
  }
  optName("index_tablespace", C.IndexTablespace);
  if (!isNullName(C.RefTable) || !C.RefColumns.empty()) {
    OS << " references ";
    qname(C.RefTable);
    if (!C.RefColumns.empty()) {
      OS << ' ';
      nameList(C.RefColumns);
    }
  }
  if (C.OnDelete != ForeignKeyAction::Unspecified)
    OS << " on_delete " << spell(ForeignKeyActionNames, C.OnDelete);
  if (C.OnUpdate != ForeignKeyAction::Unspecified)
    OS << " on_update " << spell(ForeignKeyActionNames, C.OnUpdate);
  if (!C.OnDeleteColumns.empty()) {
    OS << " on_delete_columns ";
    nameList(C.OnDeleteColumns);
  }
  if (C.Match != ForeignKeyMatch::Unspecified)
    OS << " match " << spell(ForeignKeyMatchNames, C.Match);
  flag(C.Period, "period");
  flag(C.NoInherit, "no_inherit");
  optName("using", C.ExclusionMethod);
  if (!C.Exclusions.empty() || C.K == K::Exclusion) {
    OS << " exclude ";
    list(C.Exclusions, [&](const ExclusionElement &E) {
      indexElement(E.Element);
      if (!E.Operator.empty()) {
        OS << " with ";
        str(E.Operator);
      }
    });
  }
  optExpr("where", C.ExclusionWhere);
  if (C.Deferrable)
    OS << (*C.Deferrable ? " deferrable" : " not_deferrable");
  if (C.InitiallyDeferred)
    OS << (*C.InitiallyDeferred ? " initially_deferred"
                                : " initially_immediate");
  flag(C.NotValid, "not_valid");
  if (C.Comment) {
    OS << " comment ";
    str(*C.Comment);
  }
  loc(C.Loc);
  OS << '\n';
}

void IRPrinter::attrs(const View &V) {
  flag(V.Materialized, "materialized");
  flag(V.OrReplace, "or_replace");
  flag(V.Temporary, "temporary");
  flag(V.Recursive, "recursive");
  flag(V.IfNotExists, "if_not_exists");
  if (!V.ColumnNames.empty()) {
    OS << " columns ";
    nameList(V.ColumnNames);
  }
  if (!V.Options.empty()) {
    OS << " with ";
    params(V.Options);
  }
  optName("using", V.AccessMethod);
  optName("tablespace", V.Tablespace);
  if (V.WithData)
    OS << (*V.WithData ? " with_data" : " with_no_data");
  if (!V.CheckOption.empty()) {
    OS << " check_option ";
    str(V.CheckOption);
  }
  flag(V.WithCheckOption, "with_check_option");
  if (!V.ColumnComments.empty()) {
    OS << " column_comments ";
    params(V.ColumnComments);
  }
}

void IRPrinter::body(const View &V) {
  if (!V.Query)
    return;
  OS << " {\n";
  printRelTree(V.Query.get(), 2);
  OS << "\n}";
}

void IRPrinter::attrs(const Index &I) {
  OS << " on ";
  qname(I.Table);
  flag(I.Unique, "unique");
  flag(I.Concurrently, "concurrently");
  flag(I.IfNotExists, "if_not_exists");
  flag(I.Only, "only");
  flag(I.NullsNotDistinct, "nulls_not_distinct");
  optName("using", I.Method);
  OS << ' ';
  indexElements(I.Elements);
  if (!I.Include.empty()) {
    OS << " include ";
    nameList(I.Include);
  }
  optExpr("where", I.Where);
  if (!I.With.empty()) {
    OS << " with ";
    params(I.With);
  }
  optName("tablespace", I.Tablespace);
}

void IRPrinter::attrs(const OpaqueObject &O) {
  OS << " object_type ";
  str(O.ObjectType);
  optName("dialect", O.Dialect);
  optQName("target", O.Target);
  if (!O.References.empty()) {
    OS << " references ";
    qnameList(O.References);
  }
  flag(O.IsData, "is_data");
  OS << " text ";
  str(O.Text);
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

void IRPrinter::printExpr(const Expr *E) {
  if (!E) {
    OS << "none";
    return;
  }
  OS << '(' << E->getKindName();
  switch (E->getKind()) {
#define SCHEMAC_EXPR(Class, IRName)                                            \
  case Expr::Kind::Class:                                                      \
    expr(llvm::cast<Class>(*E));                                               \
    break;
#include "schemac/ir/ExprKinds.def"
  }
  loc(E->Loc);
  OS << ')';
}

void IRPrinter::expr(const ColumnRef &E) {
  if (E.Path.empty() && !E.Star)
    return;
  OS << ' ';
  for (size_t I = 0; I != E.Path.size(); ++I) {
    if (I)
      OS << '.';
    name(E.Path[I]);
  }
  if (E.Star)
    OS << (E.Path.empty() ? "*" : ".*");
}

void IRPrinter::expr(const Literal &E) {
  using LK = Literal::LitKind;
  if (E.LK == LK::Boolean && (E.Value == "true" || E.Value == "false")) {
    OS << ' ' << E.Value;
    return;
  }
  OS << ' ' << spell(LiteralKindNames, E.LK);
  if ((E.LK == LK::Integer || E.LK == LK::Numeric) && isBareNumber(E.Value)) {
    OS << ' ' << E.Value;
    return;
  }
  if (E.LK != LK::Null || !E.Value.empty()) {
    OS << ' ';
    str(E.Value);
  }
}

void IRPrinter::expr(const Param &E) {
  OS << ' ' << E.Number;
  if (!E.Name.empty()) {
    OS << ' ';
    name(E.Name);
  }
}

void IRPrinter::expr(const UnaryOp &E) {
  OS << ' ';
  str(E.Op);
  operand(E.Operand);
  optName("op_schema", E.OpSchema);
}

void IRPrinter::expr(const BinaryOp &E) {
  OS << ' ';
  str(E.Op);
  operand(E.LHS);
  operand(E.RHS);
  optExpr("escape", E.Escape);
  optName("op_schema", E.OpSchema);
}

void IRPrinter::expr(const FuncCall &E) {
  for (size_t I = 0; I != E.Name.size(); ++I) {
    OS << (I ? '.' : ' ');
    name(E.Name[I]);
  }
  flag(E.Star, "*");
  bool InlineNames =
      E.ArgNames.size() == E.Args.size() &&
      llvm::any_of(E.ArgNames, [](const std::string &N) { return !N.empty(); });
  for (size_t I = 0; I != E.Args.size(); ++I) {
    OS << ' ';
    if (InlineNames && !E.ArgNames[I].empty()) {
      name(E.ArgNames[I]);
      OS << ": ";
    }
    printExpr(E.Args[I].get());
  }
  if (!E.ArgNames.empty() && !InlineNames) {
    OS << " arg_names ";
    nameList(E.ArgNames);
  }
  flag(E.Distinct, "distinct");
  flag(E.Variadic, "variadic");
  if (!E.OrderBy.empty()) {
    OS << " order_by ";
    sortKeys(E.OrderBy);
  }
  flag(E.WithinGroup, "within_group");
  optExpr("filter", E.Filter);
  if (E.Over) {
    OS << " over ";
    window(E.Over.get());
  }
  if (E.Form != FuncCall::Syntax::Normal)
    OS << " syntax " << spell(CallSyntaxNames, E.Form);
  if (!E.TrimSpec.empty()) {
    OS << " trim_spec ";
    str(E.TrimSpec);
  }
}

void IRPrinter::expr(const Cast &E) {
  operand(E.Operand);
  OS << ' ';
  type(E.Type);
  if (E.Form != Cast::Syntax::DoubleColon)
    OS << ' ' << spell(CastSyntaxNames, E.Form);
}

void IRPrinter::expr(const Case &E) {
  if (E.Operand) {
    operand(E.Operand);
  }
  for (const auto &W : E.Whens) {
    OS << " when ";
    printExpr(W.first.get());
    OS << " then ";
    printExpr(W.second.get());
  }
  optExpr("else", E.Else);
}

void IRPrinter::expr(const SubqueryExpr &E) {
  OS << ' ' << spell(SubqueryKindNames, E.SK);
  if (E.LHS) {
    operand(E.LHS);
  }
  if (!E.Op.empty()) {
    OS << " op ";
    str(E.Op);
  }
  flag(E.Negated, "negated");
  OS << ' ';
  relBlock(E.Query.get());
}

void IRPrinter::expr(const InList &E) {
  operand(E.LHS);
  OS << ' ';
  exprList(E.Items);
  flag(E.Negated, "negated");
}

void IRPrinter::expr(const Between &E) {
  operand(E.Operand);
  operand(E.Low);
  operand(E.High);
  flag(E.Negated, "negated");
  flag(E.Symmetric, "symmetric");
}

void IRPrinter::expr(const IsTest &E) {
  operand(E.Operand);
  flag(E.Negated, "not");
  OS << ' ' << spell(IsTestNames, E.What);
}

void IRPrinter::expr(const Quantified &E) {
  OS << ' ';
  str(E.Op);
  OS << ' ' << spell(QuantifierNames, E.Q) << ' ';
  printExpr(E.LHS.get());
  operand(E.RHS);
}

void IRPrinter::expr(const ArrayExpr &E) {
  OS << ' ';
  exprList(E.Elements);
  flag(!E.Keyword, "nested");
}

void IRPrinter::expr(const RowExpr &E) {
  OS << ' ';
  exprList(E.Fields);
  flag(E.Keyword, "row_keyword");
}

void IRPrinter::expr(const Subscript &E) {
  operand(E.Base);
  operand(E.Lower);
  operand(E.Upper);
  flag(E.Slice, "slice");
}

void IRPrinter::expr(const FieldAccess &E) {
  operand(E.Base);
  OS << ' ';
  if (E.Field == "*")
    OS << '*';
  else
    name(E.Field);
}

void IRPrinter::expr(const CollateExpr &E) {
  operand(E.Operand);
  OS << ' ';
  qname(E.Collation);
}

void IRPrinter::expr(const GroupingSet &E) {
  OS << ' ' << spell(GroupingSetNames, E.SK) << ' ';
  exprList(E.Items);
}

//===----------------------------------------------------------------------===//
// Relations: one node per line, children indented below
//===----------------------------------------------------------------------===//

void IRPrinter::printRelTree(const Rel *R, unsigned Indent) {
  indent(Indent);
  LineIndent = Indent;
  if (!R) {
    OS << "none";
    return;
  }
  OS << R->getKindName();
  switch (R->getKind()) {
#define SCHEMAC_REL(Class, IRName)                                             \
  case Rel::Kind::Class:                                                       \
    rel(llvm::cast<Class>(*R));                                                \
    break;
#include "schemac/ir/RelKinds.def"
  }
}

void IRPrinter::children(std::initializer_list<const Rel *> Kids) {
  unsigned Indent = LineIndent + 2;
  for (const Rel *K : Kids) {
    OS << '\n';
    printRelTree(K, Indent);
  }
}

void IRPrinter::rel(const Scan &R) {
  OS << ' ';
  qname(R.Table);
  alias(R.Alias, R.ColumnAliases);
  flag(R.Only, "only");
  flag(R.IsCte, "cte");
  loc(R.Loc);
}

void IRPrinter::rel(const SubqueryScan &R) {
  alias(R.Alias, R.ColumnAliases);
  flag(R.Lateral, "lateral");
  loc(R.Loc);
  children({R.Input.get()});
}

void IRPrinter::rel(const FunctionScan &R) {
  operand(R.Call);
  alias(R.Alias, R.ColumnAliases);
  if (!R.ColumnDefs.empty()) {
    OS << " column_defs ";
    list(R.ColumnDefs, [&](const std::pair<std::string, DataType> &D) {
      name(D.first);
      OS << " : ";
      type(D.second);
    });
  }
  flag(R.WithOrdinality, "with_ordinality");
  flag(R.Lateral, "lateral");
  loc(R.Loc);
}

void IRPrinter::rel(const Values &R) {
  for (const std::vector<ExprPtr> &Row : R.Rows) {
    OS << ' ';
    exprList(Row);
  }
  alias(R.Alias, R.ColumnAliases);
  loc(R.Loc);
}

void IRPrinter::rel(const Filter &R) {
  if (R.Condition) {
    operand(R.Condition);
  }
  loc(R.Loc);
  children({R.Input.get()});
}

void IRPrinter::rel(const Project &R) {
  OS << ' ';
  list(R.Items, [&](const SelectItem &It) {
    printExpr(It.Value.get());
    if (It.ExplicitAs) {
      if (!It.Alias.empty()) {
        OS << " as ";
        name(It.Alias);
      }
    } else {
      OS << " alias ";
      name(It.Alias);
    }
  });
  if (R.Distinct != Project::DistinctKind::None)
    OS << ' ' << spell(DistinctKindNames, R.Distinct);
  if (R.Distinct == Project::DistinctKind::On) {
    OS << ' ';
    exprList(R.DistinctOn);
  }
  if (!R.Windows.empty()) {
    OS << " windows ";
    list(R.Windows,
         [&](const std::pair<std::string, std::unique_ptr<WindowSpec>> &W) {
           name(W.first);
           OS << ' ';
           window(W.second.get());
         });
  }
  loc(R.Loc);
  children({R.Input.get()});
}

void IRPrinter::rel(const Join &R) {
  OS << ' ' << spell(JoinKindNames, R.JK);
  flag(R.Natural, "natural");
  flag(R.Comma, "comma");
  optExpr("on", R.Condition);
  if (!R.Using.empty()) {
    OS << " using ";
    nameList(R.Using);
  }
  loc(R.Loc);
  children({R.Left.get(), R.Right.get()});
}

void IRPrinter::rel(const Aggregate &R) {
  OS << ' ';
  exprList(R.GroupBy);
  flag(R.GroupByDistinct, "distinct");
  loc(R.Loc);
  children({R.Input.get()});
}

void IRPrinter::rel(const Sort &R) {
  OS << ' ';
  sortKeys(R.Keys);
  loc(R.Loc);
  children({R.Input.get()});
}

void IRPrinter::rel(const Limit &R) {
  if (R.Count) {
    operand(R.Count);
  }
  optExpr("offset", R.Offset);
  flag(R.LimitAll, "limit_all");
  flag(R.WithTies, "with_ties");
  if (R.Form != Limit::Syntax::LimitOffset)
    OS << ' ' << spell(LimitSyntaxNames, R.Form);
  loc(R.Loc);
  children({R.Input.get()});
}

void IRPrinter::rel(const SetOp &R) {
  OS << ' ' << spell(SetOpKindNames, R.Op);
  flag(R.All, "all");
  flag(R.ExplicitDistinct, "distinct");
  loc(R.Loc);
  children({R.Left.get(), R.Right.get()});
}

void IRPrinter::rel(const With &R) {
  flag(R.Recursive, "recursive");
  loc(R.Loc);
  unsigned Indent = LineIndent + 2;
  for (const CommonTableExpr &C : R.Ctes) {
    OS << '\n';
    indent(Indent);
    LineIndent = Indent;
    OS << "cte ";
    name(C.Name);
    if (!C.ColumnNames.empty()) {
      OS << ' ';
      nameList(C.ColumnNames);
    }
    if (C.Materialize != CommonTableExpr::Materialization::Default)
      OS << ' ' << spell(CteMaterializationNames, C.Materialize);
    loc(C.Loc);
    OS << ' ';
    // The block's contents indent from the cte line like an object's body.
    if (!C.Query) {
      OS << "{}";
    } else {
      OS << "{\n";
      printRelTree(C.Query.get(), Indent + 2);
      OS << '\n';
      indent(Indent);
      OS << '}';
    }
  }
  OS << '\n';
  printRelTree(R.Body.get(), Indent);
}

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

void schemac::printModule(const Module &M, llvm::raw_ostream &OS,
                          const IRPrintOptions &Opts) {
  IRPrinter(M, OS, Opts).printModule(M);
}

void schemac::printObject(const Module &M, const Object &O,
                          llvm::raw_ostream &OS, const IRPrintOptions &Opts) {
  IRPrinter(M, OS, Opts).printObject(O);
}

void schemac::printExpr(const Module &M, const Expr &E, llvm::raw_ostream &OS,
                        const IRPrintOptions &Opts) {
  IRPrinter(M, OS, Opts).printExpr(&E);
}

void schemac::printRel(const Module &M, const Rel &R, llvm::raw_ostream &OS,
                       const IRPrintOptions &Opts) {
  IRPrinter(M, OS, Opts).printRelTree(&R, 0);
}
