//===- PostgresLoweringTest.cpp - PostgreSQL statements into the IR -------===//
//
// Part of schemac. Lowers small scripts with the PostgreSQL frontend and
// checks the IR objects (the lit tests in test/Frontend/postgres check the
// printed IR; these check fields directly).
//
//===----------------------------------------------------------------------===//

#include "PostgresEditorRules.h"
#include "schemac/frontend/sql/postgres/PostgresFrontend.h"
#include "schemac/ir/IRPrinter.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/Walk.h"
#include "schemac/support/Context.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include "gtest/gtest.h"

using namespace schemac;

namespace {

class Collect : public DiagnosticConsumer {
public:
  explicit Collect(std::vector<Diagnostic> &Out) : Out(Out) {}
  void handle(const Diagnostic &D) override { Out.push_back(D); }

private:
  std::vector<Diagnostic> &Out;
};

struct Lowered {
  std::unique_ptr<Context> Ctx = std::make_unique<Context>();
  std::unique_ptr<Module> M;
  std::vector<Diagnostic> Diags;
  bool Ok = true;

  std::vector<const Diagnostic *> errors() const {
    std::vector<const Diagnostic *> R;
    for (const Diagnostic &D : Diags)
      if (D.Sev == Severity::Error)
        R.push_back(&D);
    return R;
  }
  bool hasDiag(DiagID ID) const {
    for (const Diagnostic &D : Diags)
      if (D.ID == ID)
        return true;
    return false;
  }
  std::string firstError() const {
    auto E = errors();
    return E.empty() ? "" : E.front()->Message;
  }
  Table *table(llvm::StringRef N) const {
    return M->lookupTable(QualifiedName(N.str()));
  }
  template <typename T> T *object(llvm::StringRef N) const {
    for (T *O : M->getObjects<T>())
      if (O->getName().str() == N)
        return O;
    return nullptr;
  }
};

Lowered lower(std::vector<std::string> Inputs, unsigned Threads = 1) {
  Lowered L;
  L.M = std::make_unique<Module>(*L.Ctx, "test");
  DiagnosticEngine Diags(*L.Ctx);
  Diags.setConsumer(std::make_unique<Collect>(L.Diags));
  PostgresFrontend FE;
  FrontendOptions Opts;
  Opts.Threads = Threads;
  for (size_t I = 0; I < Inputs.size(); ++I) {
    uint32_t File =
        L.Ctx->addBuffer(llvm::MemoryBuffer::getMemBufferCopy(Inputs[I]),
                         "input" + std::to_string(I) + ".sql");
    if (failed(FE.lower(File, *L.M, Diags, Opts)))
      L.Ok = false;
  }
  return L;
}

Lowered lower(const std::string &Input) {
  return lower(std::vector<std::string>{Input});
}

std::string print(const Module &M) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  printModule(M, OS, IRPrintOptions());
  return OS.str();
}

//===----------------------------------------------------------------------===//
// CREATE TABLE
//===----------------------------------------------------------------------===//

TEST(PostgresLowering, CreateTableColumns) {
  Lowered L =
      lower("CREATE TABLE public.t (\n"
            "  id integer GENERATED ALWAYS AS IDENTITY (START WITH 10 "
            "INCREMENT BY 5),\n"
            "  name character varying(45) COLLATE \"C\" NOT NULL DEFAULT 'x',\n"
            "  price numeric(5,2) DEFAULT -1.5 CHECK (price > 0) NO INHERIT,\n"
            "  total int GENERATED ALWAYS AS (price * 2) STORED,\n"
            "  tags text[],\n"
            "  big BIGSERIAL,\n"
            "  stamp timestamp(3) without time zone NULL\n"
            ");");
  ASSERT_TRUE(L.Ok) << L.firstError();
  Table *T = L.object<Table>("public.t");
  ASSERT_TRUE(T);
  ASSERT_EQ(T->Columns.size(), 7u);
  const Column &Id = T->Columns[0];
  ASSERT_TRUE(Id.Ident.has_value());
  EXPECT_TRUE(Id.Ident->Always);
  EXPECT_EQ(Id.Ident->Options.Start, 10);
  EXPECT_EQ(Id.Ident->Options.Increment, 5);
  const Column &Name = T->Columns[1];
  EXPECT_EQ(Name.Type.Kind, TypeKind::Varchar);
  EXPECT_EQ(Name.Type.Modifiers, std::vector<std::string>{"45"});
  EXPECT_EQ(Name.Type.Spelling, "character varying(45)");
  EXPECT_EQ(Name.collation().Name, "C");
  EXPECT_TRUE(Name.NotNull);
  auto *Def = llvm::dyn_cast_or_null<Literal>(Name.Default.get());
  ASSERT_TRUE(Def);
  EXPECT_EQ(Def->Value, "x");
  // A minus sign is folded into the constant, as PostgreSQL does.
  auto *Neg = llvm::dyn_cast_or_null<Literal>(T->Columns[2].Default.get());
  ASSERT_TRUE(Neg);
  EXPECT_EQ(Neg->Value, "-1.5");
  EXPECT_TRUE(T->Columns[3].generation().has_value());
  EXPECT_FALSE(T->Columns[3].generation()->Virtual);
  EXPECT_EQ(T->Columns[4].Type.ArrayDims, 1u);
  EXPECT_EQ(T->Columns[4].Type.Kind, TypeKind::Text);
  EXPECT_TRUE(T->Columns[5].Type.Serial);
  EXPECT_EQ(T->Columns[5].Type.Kind, TypeKind::BigInt);
  EXPECT_EQ(T->Columns[6].Type.Kind, TypeKind::Timestamp);
  EXPECT_TRUE(T->Columns[6].ExplicitNull);
  // Column-level CHECK is a constraint with ColumnLevel set.
  ASSERT_EQ(T->Constraints.size(), 1u);
  EXPECT_EQ(T->Constraints[0].K, Constraint::Kind::Check);
  EXPECT_EQ(T->Constraints[0].ColumnLevel, "price");
  EXPECT_TRUE(T->Constraints[0].NoInherit);
}

TEST(PostgresLowering, TableConstraints) {
  Lowered L = lower(
      "CREATE TABLE p (a int, b int, PRIMARY KEY (a, b) INCLUDE (c),"
      " c int, CONSTRAINT u UNIQUE NULLS NOT DISTINCT (c) WITH "
      "(fillfactor=70));\n"
      "CREATE TABLE c (x int REFERENCES p (a) ON DELETE SET NULL ON UPDATE"
      " CASCADE DEFERRABLE INITIALLY DEFERRED, y int, z int,\n"
      " CONSTRAINT fk FOREIGN KEY (y, z) REFERENCES p MATCH FULL"
      " ON DELETE SET NULL (y) NOT VALID,\n"
      " EXCLUDE USING gist (x WITH =, (y + 1) WITH OPERATOR(pg_catalog.=))"
      " WHERE (z > 0));");
  ASSERT_TRUE(L.Ok) << L.firstError();
  Table *P = L.table("p");
  ASSERT_TRUE(P);
  const Constraint *PK = P->getPrimaryKey();
  ASSERT_TRUE(PK);
  EXPECT_EQ(PK->Columns, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(PK->Include, std::vector<std::string>{"c"});
  const Constraint *U = P->findConstraint("u");
  ASSERT_TRUE(U);
  EXPECT_TRUE(U->NullsNotDistinct);
  EXPECT_EQ(U->IndexWith.size(), 1u);
  Table *C = L.table("c");
  ASSERT_TRUE(C);
  ASSERT_EQ(C->Constraints.size(), 3u);
  const Constraint &Col = C->Constraints[0];
  EXPECT_EQ(Col.K, Constraint::Kind::ForeignKey);
  EXPECT_EQ(Col.ColumnLevel, "x");
  EXPECT_EQ(Col.RefColumns, std::vector<std::string>{"a"});
  EXPECT_EQ(Col.OnDelete, ForeignKeyAction::SetNull);
  EXPECT_EQ(Col.OnUpdate, ForeignKeyAction::Cascade);
  EXPECT_EQ(Col.Deferrable, true);
  EXPECT_EQ(Col.InitiallyDeferred, true);
  const Constraint &FK = C->Constraints[1];
  EXPECT_EQ(FK.Name, "fk");
  EXPECT_EQ(FK.Match, ForeignKeyMatch::Full);
  EXPECT_EQ(FK.OnDeleteColumns, std::vector<std::string>{"y"});
  // PostgreSQL ignores NOT VALID inside CREATE TABLE (the table is empty,
  // the constraint is valid): see not-valid-in-create-table.sql.
  EXPECT_FALSE(FK.NotValid);
  EXPECT_TRUE(FK.RefColumns.empty());
  const Constraint &X = C->Constraints[2];
  EXPECT_EQ(X.K, Constraint::Kind::Exclusion);
  EXPECT_EQ(X.ExclusionMethod, "gist");
  ASSERT_EQ(X.Exclusions.size(), 2u);
  EXPECT_EQ(X.Exclusions[0].Operator, "=");
  EXPECT_EQ(X.Exclusions[1].Operator, "OPERATOR(pg_catalog.=)");
  EXPECT_TRUE(X.Exclusions[1].Element.isExpression());
  EXPECT_TRUE(X.ExclusionWhere != nullptr);
}

TEST(PostgresLowering, TemporalKeys) {
  Lowered L = lower("CREATE TABLE h (id int, valid_at daterange,"
                    " PRIMARY KEY (id, valid_at WITHOUT OVERLAPS));\n"
                    "CREATE TABLE o (id int, valid_at daterange,"
                    " FOREIGN KEY (id, PERIOD valid_at) REFERENCES h (id, "
                    "PERIOD valid_at));");
  ASSERT_TRUE(L.Ok) << L.firstError();
  EXPECT_TRUE(L.table("h")->getPrimaryKey()->WithoutOverlaps);
  EXPECT_TRUE(L.table("o")->Constraints[0].Period);
  EXPECT_EQ(L.table("h")->Columns[1].Type.Kind, TypeKind::DialectSpecific);
}

TEST(PostgresLowering, Partitions) {
  Lowered L = lower(
      "CREATE TABLE m (city int, logdate date) PARTITION BY RANGE (logdate);\n"
      "CREATE TABLE m1 PARTITION OF m FOR VALUES FROM ('2006-02-01') TO"
      " (MAXVALUE);\n"
      "CREATE TABLE m2 (city int, logdate date);\n"
      "ALTER TABLE ONLY m ATTACH PARTITION m2 DEFAULT;\n"
      "CREATE TABLE l (k text) PARTITION BY LIST (k);\n"
      "CREATE TABLE l1 PARTITION OF l FOR VALUES IN ('a', 'b');\n"
      "CREATE TABLE hh (k int) PARTITION BY HASH (k);\n"
      "CREATE TABLE hh0 PARTITION OF hh FOR VALUES WITH (MODULUS 2, "
      "REMAINDER 0);");
  ASSERT_TRUE(L.Ok) << L.firstError();
  Table *M = L.table("m");
  ASSERT_TRUE(M->PartitionBy);
  EXPECT_EQ(M->PartitionBy->Strat, PartitionSpec::Strategy::Range);
  EXPECT_EQ(M->PartitionBy->Keys[0].Column, "logdate");
  Table *M1 = L.table("m1");
  EXPECT_EQ(M1->PartitionOf.Name, "m");
  ASSERT_TRUE(M1->Bound);
  EXPECT_EQ(M1->Bound->BK, PartitionBound::BoundKind::Range);
  auto *Max = llvm::dyn_cast<ColumnRef>(M1->Bound->To[0].get());
  ASSERT_TRUE(Max);
  EXPECT_EQ(Max->getColumnName(), "maxvalue");
  Table *M2 = L.table("m2");
  EXPECT_TRUE(M2->AttachedLater);
  EXPECT_EQ(M2->Bound->BK, PartitionBound::BoundKind::Default);
  EXPECT_EQ(L.table("l1")->Bound->In.size(), 2u);
  EXPECT_EQ(L.table("hh0")->Bound->Modulus, 2);
  EXPECT_EQ(L.table("hh0")->Bound->BK, PartitionBound::BoundKind::Hash);
}

TEST(PostgresLowering, LikeCopiesColumns) {
  Lowered L =
      lower("CREATE TABLE a (x int NOT NULL DEFAULT 1, y text);\n"
            "CREATE TABLE b (z int, LIKE a INCLUDING DEFAULTS, w int);");
  ASSERT_TRUE(L.Ok) << L.firstError();
  Table *B = L.table("b");
  ASSERT_EQ(B->Columns.size(), 4u);
  EXPECT_EQ(B->Columns[1].Name, "x");
  EXPECT_TRUE(B->Columns[1].NotNull);
  EXPECT_TRUE(B->Columns[1].Default != nullptr);
  EXPECT_EQ(B->Columns[3].Name, "w");
}

TEST(PostgresLowering, DuplicateNames) {
  Lowered L = lower("CREATE TABLE t (a int, a int);");
  EXPECT_FALSE(L.Ok);
  EXPECT_TRUE(L.hasDiag(DiagID::err_duplicate_object));
  Lowered L2 = lower("CREATE TABLE t (a int);\ncreate table T (b int);");
  ASSERT_EQ(L2.errors().size(), 1u);
  const Diagnostic &D = *L2.errors()[0];
  EXPECT_EQ(D.ID, DiagID::err_duplicate_object);
  EXPECT_EQ(D.Loc.Line, 2u);
  EXPECT_EQ(D.Loc.Col, 14u);
  ASSERT_EQ(D.Notes.size(), 1u);
  EXPECT_EQ(D.Notes[0].Loc.Line, 1u);
  // IF NOT EXISTS skips quietly.
  EXPECT_TRUE(lower("CREATE TABLE t (a int);\n"
                    "CREATE TABLE IF NOT EXISTS t (b int);")
                  .Ok);
}

TEST(PostgresLowering, IdentifierTruncation) {
  std::string Long(70, 'a');
  Lowered L = lower("CREATE TABLE " + Long + " (x int);");
  EXPECT_TRUE(L.Ok);
  EXPECT_TRUE(L.hasDiag(DiagID::warn_identifier_truncated));
  EXPECT_TRUE(L.table(std::string(63, 'a')));
}

//===----------------------------------------------------------------------===//
// Indexes, sequences, types
//===----------------------------------------------------------------------===//

TEST(PostgresLowering, CreateIndex) {
  Lowered L = lower(
      "CREATE SCHEMA s;\n"
      "CREATE TABLE s.t (a text, b int);\n"
      "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON ONLY s.t USING btree"
      " (lower(a) COLLATE \"C\" text_pattern_ops DESC NULLS LAST, (b + 1),"
      " b) INCLUDE (a) NULLS NOT DISTINCT WITH (fillfactor = 70)"
      " WHERE b > 0;\n"
      "CREATE INDEX ON s.t (a);");
  ASSERT_TRUE(L.Ok) << L.firstError();
  auto Is = L.M->getObjects<Index>();
  ASSERT_EQ(Is.size(), 2u);
  Index *I = Is[0];
  EXPECT_EQ(I->getName(), QualifiedName("s", "i"));
  EXPECT_TRUE(I->Unique && I->Concurrently && I->IfNotExists && I->Only);
  EXPECT_TRUE(I->NullsNotDistinct);
  EXPECT_EQ(I->Method, "btree");
  ASSERT_EQ(I->Elements.size(), 3u);
  EXPECT_TRUE(llvm::isa<FuncCall>(I->Elements[0].Expression.get()));
  EXPECT_EQ(I->Elements[0].opClass().Name, "text_pattern_ops");
  EXPECT_EQ(I->Elements[0].collation().Name, "C");
  EXPECT_EQ(I->Elements[0].Direction, SortDirection::Desc);
  EXPECT_EQ(I->Elements[0].Nulls, NullsOrder::Last);
  EXPECT_TRUE(llvm::isa<BinaryOp>(I->Elements[1].Expression.get()));
  EXPECT_EQ(I->Elements[2].Column, "b");
  EXPECT_EQ(I->Include, std::vector<std::string>{"a"});
  EXPECT_TRUE(I->Where != nullptr);
  // An index without a name gets PostgreSQL's when it is created.
  EXPECT_EQ(Is[1]->getName(), QualifiedName("s", "t_a_idx"));
  EXPECT_TRUE(Is[1]->GeneratedName);
  // The table must exist.
  Lowered Bad = lower("CREATE INDEX i ON nope (a);");
  EXPECT_TRUE(Bad.hasDiag(DiagID::err_unknown_object));
}

TEST(PostgresLowering, Sequences) {
  Lowered L = lower(
      "CREATE SEQUENCE s AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE"
      " NO MAXVALUE CACHE 1;\n"
      "CREATE TABLE t (id int DEFAULT nextval('s'::regclass));\n"
      "ALTER SEQUENCE s OWNED BY t.id;\n"
      "ALTER TABLE s OWNER TO bob;");
  ASSERT_TRUE(L.Ok) << L.firstError();
  Sequence *S = L.object<Sequence>("s");
  ASSERT_TRUE(S);
  EXPECT_TRUE(S->Options.AsType.has_value());
  EXPECT_EQ(S->Options.Start, 1);
  EXPECT_TRUE(S->Options.NoMinValue && S->Options.NoMaxValue);
  EXPECT_EQ(S->Options.Cache, 1);
  EXPECT_EQ(S->OwnedByTable.Name, "t");
  EXPECT_EQ(S->OwnedByColumn, "id");
  EXPECT_EQ(S->Owner, "bob");
}

TEST(PostgresLowering, EnumsAndDomains) {
  Lowered L = lower(
      "CREATE TYPE public.mood AS ENUM ('sad', 'happy');\n"
      "ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'ok' BEFORE 'happy';\n"
      "ALTER TYPE public.mood RENAME VALUE 'sad' TO 'blue';\n"
      "CREATE DOMAIN public.year AS integer\n"
      "  CONSTRAINT year_check CHECK (((VALUE >= 1901) AND (VALUE <= 2155)));\n"
      "ALTER DOMAIN public.year OWNER TO postgres;\n"
      "COMMENT ON CONSTRAINT year_check ON DOMAIN public.year IS 'years';");
  ASSERT_TRUE(L.Ok) << L.firstError();
  EnumType *E = L.object<EnumType>("public.mood");
  ASSERT_TRUE(E);
  EXPECT_EQ(E->Values, (std::vector<std::string>{"blue", "ok", "happy"}));
  Domain *D = L.object<Domain>("public.year");
  ASSERT_TRUE(D);
  EXPECT_EQ(D->BaseType.Kind, TypeKind::Integer);
  ASSERT_EQ(D->Checks.size(), 1u);
  EXPECT_EQ(D->Checks[0].Name, "year_check");
  EXPECT_EQ(D->Checks[0].Comment, "years");
  EXPECT_EQ(D->Owner, "postgres");
  bool SawValue = false;
  walk(*D->Checks[0].Check, [&](const Expr &X) {
    if (auto *C = llvm::dyn_cast<ColumnRef>(&X))
      SawValue |= C->Path == std::vector<std::string>{"value"};
  });
  EXPECT_TRUE(SawValue);
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

/// The default expression of the only column of the only table.
ExprPtr defaultOf(const std::string &Expr) {
  Lowered L = lower("CREATE TABLE t (c int CHECK (" + Expr + "));");
  EXPECT_TRUE(L.Ok) << Expr << ": " << L.firstError();
  Table *T = L.table("t");
  if (!T || T->Constraints.empty())
    return nullptr;
  return std::move(T->Constraints[0].Check);
}

TEST(PostgresLowering, OperatorPrecedence) {
  ExprPtr E = defaultOf("a + b * c = d OR NOT e AND f");
  auto *Or = llvm::dyn_cast<BinaryOp>(E.get());
  ASSERT_TRUE(Or);
  EXPECT_EQ(Or->Op, "OR");
  auto *Eq = llvm::cast<BinaryOp>(Or->LHS.get());
  EXPECT_EQ(Eq->Op, "=");
  auto *Plus = llvm::cast<BinaryOp>(Eq->LHS.get());
  EXPECT_EQ(Plus->Op, "+");
  EXPECT_EQ(llvm::cast<BinaryOp>(Plus->RHS.get())->Op, "*");
  auto *And = llvm::cast<BinaryOp>(Or->RHS.get());
  EXPECT_EQ(And->Op, "AND");
  EXPECT_EQ(llvm::cast<UnaryOp>(And->LHS.get())->Op, "NOT");

  // BETWEEN's AND binds tighter than the logical AND.
  ExprPtr B = defaultOf("x BETWEEN 1 AND 2 AND y");
  auto *BA = llvm::cast<BinaryOp>(B.get());
  EXPECT_EQ(BA->Op, "AND");
  EXPECT_TRUE(llvm::isa<Between>(BA->LHS.get()));

  // ESCAPE belongs to the LIKE.
  ExprPtr Lk = defaultOf("name NOT LIKE 'a!%' ESCAPE '!' AND true");
  auto *Like = llvm::cast<BinaryOp>(llvm::cast<BinaryOp>(Lk.get())->LHS.get());
  EXPECT_EQ(Like->Op, "NOT LIKE");
  ASSERT_TRUE(Like->Escape);

  // Typecast binds tightest; unary minus below it.
  ExprPtr C = defaultOf("-x::int < 0");
  auto *Lt = llvm::cast<BinaryOp>(C.get());
  auto *Neg = llvm::cast<UnaryOp>(Lt->LHS.get());
  EXPECT_TRUE(llvm::isa<Cast>(Neg->Operand.get()));
}

TEST(PostgresLowering, ExpressionForms) {
  ExprPtr E = defaultOf(
      "x IS NOT DISTINCT FROM 1 AND y IS NULL AND z ISNULL AND w IN (1, 2)"
      " AND v = ANY (ARRAY['a'::text, 'b']) AND u NOT IN (SELECT 1)"
      " AND t > ALL (SELECT 2) AND EXISTS (SELECT 3)"
      " AND CASE WHEN s THEN 1 ELSE 2 END = 1"
      " AND date '2020-01-01' < now() AND INTERVAL '1 day' > '1 h'::interval"
      " AND r OPERATOR(pg_catalog.||) 'x' = 'y'"
      " AND CAST(q AS bigint) > 0 AND (p).f = 1 AND o[1:2] IS NOT NULL"
      " AND EXTRACT(YEAR FROM n) = 2 AND SUBSTRING(m FROM 1 FOR 2) = 'a'"
      " AND TRIM(BOTH ' ' FROM l) = '' AND POSITION('a' IN k) > 0"
      " AND COALESCE(j, 1) = 1 AND CURRENT_TIMESTAMP(3) > now()"
      " AND ROW(1, 2) = (1, 2) AND i COLLATE \"C\" = 'a'"
      " AND h AT TIME ZONE 'UTC' > now()"
      " AND f(1, VARIADIC ARRAY[1]) IS TRUE AND g(a => 1, b := 2)");
  ASSERT_TRUE(E);
  std::vector<std::string> Kinds;
  walk(*E, [&](const Expr &X) { Kinds.push_back(X.getKindName().str()); });
  for (const char *K : {"in", "quantified", "subquery", "case", "cast", "field",
                        "subscript", "call", "row", "collate", "is", "array"})
    EXPECT_NE(std::find(Kinds.begin(), Kinds.end(), K), Kinds.end()) << K;
}

TEST(PostgresLowering, SyntaxErrors) {
  Lowered L = lower("CREATE TABLE t (a int,, b int);\nCREATE TABLE u (x int);");
  EXPECT_FALSE(L.Ok);
  ASSERT_EQ(L.errors().size(), 1u);
  const Diagnostic &D = *L.errors()[0];
  EXPECT_EQ(D.ID, DiagID::err_syntax_near_expected);
  EXPECT_EQ(D.Loc.Line, 1u);
  EXPECT_EQ(D.Loc.Col, 23u);
  EXPECT_NE(D.Message.find("syntax error at or near ','"), std::string::npos)
      << D.Message;
  // The next statement is still lowered.
  EXPECT_TRUE(L.table("u"));
  // One id per form of the message: near a token or at the end, with the
  // expected tokens when there are few.
  EXPECT_TRUE(
      lower("CREATE TABLE t (a int int);").hasDiag(DiagID::err_syntax_near));
  EXPECT_TRUE(
      lower("CREATE TABLE t (a int").hasDiag(DiagID::err_syntax_at_end));
  EXPECT_TRUE(
      lower("ALTER TABLE t ADD").hasDiag(DiagID::err_syntax_at_end_expected));
  Lowered U = lower("CRATE TABLE t ();");
  EXPECT_TRUE(U.hasDiag(DiagID::err_syntax_expected_statement));
  Lowered S = lower("CREATE TABLE t (a int DEFAULT 'x);");
  EXPECT_TRUE(S.hasDiag(DiagID::err_unterminated_string));
}

//===----------------------------------------------------------------------===//
// Views and queries
//===----------------------------------------------------------------------===//

TEST(PostgresLowering, ViewShape) {
  Lowered L =
      lower("CREATE TABLE a (x int, y int);\nCREATE TABLE b (x int, z int);\n"
            "CREATE VIEW v (p, q) WITH (security_barrier) AS\n"
            " WITH c AS (SELECT x FROM a)\n"
            " SELECT DISTINCT a.x, count(*) AS n FROM a JOIN b USING (x), c\n"
            " WHERE a.y > 0 GROUP BY a.x HAVING count(*) > 1\n"
            " ORDER BY 1 LIMIT 10 OFFSET 5\n"
            " WITH LOCAL CHECK OPTION;");
  ASSERT_TRUE(L.Ok) << L.firstError();
  View *V = L.object<View>("v");
  ASSERT_TRUE(V);
  EXPECT_EQ(V->ColumnNames, (std::vector<std::string>{"p", "q"}));
  EXPECT_EQ(V->CheckOption, "LOCAL");
  EXPECT_EQ(V->Options.size(), 1u);
  // [With] [Limit] [Sort] Project [Filter(HAVING)] [Aggregate] [Filter]
  auto *W = llvm::dyn_cast<With>(V->Query.get());
  ASSERT_TRUE(W);
  auto *Lim = llvm::dyn_cast<Limit>(W->Body.get());
  ASSERT_TRUE(Lim);
  EXPECT_TRUE(Lim->Count && Lim->Offset);
  auto *S = llvm::dyn_cast<Sort>(Lim->Input.get());
  ASSERT_TRUE(S);
  auto *P = llvm::dyn_cast<Project>(S->Input.get());
  ASSERT_TRUE(P);
  EXPECT_EQ(P->Distinct, Project::DistinctKind::Distinct);
  EXPECT_EQ(P->Items[1].Alias, "n");
  auto *Having = llvm::dyn_cast<Filter>(P->Input.get());
  ASSERT_TRUE(Having);
  auto *Agg = llvm::dyn_cast<Aggregate>(Having->Input.get());
  ASSERT_TRUE(Agg);
  auto *Where = llvm::dyn_cast<Filter>(Agg->Input.get());
  ASSERT_TRUE(Where);
  auto *Comma = llvm::dyn_cast<Join>(Where->Input.get());
  ASSERT_TRUE(Comma);
  EXPECT_TRUE(Comma->Comma);
  auto *Using = llvm::dyn_cast<Join>(Comma->Left.get());
  ASSERT_TRUE(Using);
  EXPECT_EQ(Using->Using, std::vector<std::string>{"x"});
  auto *Cte = llvm::dyn_cast<Scan>(Comma->Right.get());
  ASSERT_TRUE(Cte);
  EXPECT_TRUE(Cte->IsCte);
}

TEST(PostgresLowering, QueryForms) {
  Lowered L =
      lower("CREATE MATERIALIZED VIEW mv AS\n"
            " SELECT x, row_number() OVER (PARTITION BY y ORDER BY x DESC"
            " ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS r,\n"
            "  string_agg(z, ',' ORDER BY z) FILTER (WHERE z <> '') AS s\n"
            " FROM (SELECT 1 AS x, 2 AS y, 'a' AS z) AS d,\n"
            "  LATERAL generate_series(1, d.x) WITH ORDINALITY AS g(n, o)\n"
            " GROUP BY ROLLUP (x, y), ()\n"
            " UNION ALL SELECT 1, 2, 'b' FROM (VALUES (1), (2)) AS vv(a)\n"
            " WITH NO DATA;");
  ASSERT_TRUE(L.Ok) << L.firstError();
  View *V = L.object<View>("mv");
  ASSERT_TRUE(V && V->Materialized);
  EXPECT_EQ(V->WithData, false);
  auto *U = llvm::dyn_cast<SetOp>(V->Query.get());
  ASSERT_TRUE(U);
  EXPECT_TRUE(U->All);
  std::vector<std::string> Rels;
  walk(*V->Query, nullptr,
       [&](const Rel &R) { Rels.push_back(R.getKindName().str()); });
  for (const char *K :
       {"subquery_scan", "function_scan", "values", "aggregate"})
    EXPECT_NE(std::find(Rels.begin(), Rels.end(), K), Rels.end()) << K;
}

//===----------------------------------------------------------------------===//
// ALTER, renames, COMMENT, DROP
//===----------------------------------------------------------------------===//

TEST(PostgresLowering, AlterTableActions) {
  Lowered L = lower(
      "CREATE TABLE t (id int, a text, b int);\n"
      "ALTER TABLE ONLY t ADD CONSTRAINT t_pkey PRIMARY KEY (id),"
      " ALTER COLUMN a SET NOT NULL, ALTER COLUMN b SET DEFAULT 0,"
      " ADD COLUMN IF NOT EXISTS c int, DROP COLUMN b;\n"
      "ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY"
      " (SEQUENCE NAME public.t_id_seq START WITH 1);\n"
      "ALTER TABLE t ALTER a TYPE varchar(10), ENABLE ROW LEVEL SECURITY;\n"
      "ALTER TABLE t OWNER TO bob;");
  ASSERT_TRUE(L.Ok) << L.firstError();
  Table *T = L.table("t");
  ASSERT_TRUE(T->getPrimaryKey());
  EXPECT_TRUE(T->getPrimaryKey()->AddedByAlter);
  EXPECT_TRUE(T->findColumn("a")->NotNull);
  EXPECT_EQ(T->findColumn("a")->Type.Kind, TypeKind::Varchar);
  EXPECT_FALSE(T->findColumn("b"));
  EXPECT_TRUE(T->findColumn("c"));
  ASSERT_TRUE(T->findColumn("id")->Ident.has_value());
  EXPECT_EQ(T->findColumn("id")->Ident->Options.SequenceName.Name, "t_id_seq");
  EXPECT_TRUE(T->RowSecurity);
  EXPECT_EQ(T->Owner, "bob");
}

TEST(PostgresLowering, UnmodelledActionKeepsStatementOpaque) {
  Lowered L = lower("CREATE TABLE t (id int);\n"
                    "ALTER TABLE t OWNER TO bob, CLUSTER ON t_pkey;");
  EXPECT_TRUE(L.Ok);
  EXPECT_TRUE(L.hasDiag(DiagID::warn_unsupported_clause));
  // None of the actions is applied; the statement is kept whole.
  EXPECT_EQ(L.table("t")->Owner, "");
  auto Os = L.M->getObjects<OpaqueObject>();
  ASSERT_EQ(Os.size(), 1u);
  EXPECT_EQ(Os[0]->Text, "ALTER TABLE t OWNER TO bob, CLUSTER ON t_pkey;");
  EXPECT_EQ(Os[0]->Target.Name, "t");
}

TEST(PostgresLowering, AddConstraintUsingIndex) {
  Lowered L = lower("CREATE TABLE c (cc int);\n"
                    "CREATE UNIQUE INDEX c_pkey ON public.c USING btree (cc);\n"
                    "ALTER TABLE public.c ADD CONSTRAINT c_pkey PRIMARY KEY"
                    " USING INDEX c_pkey DEFERRABLE INITIALLY DEFERRED;");
  ASSERT_TRUE(L.Ok) << L.firstError();
  EXPECT_TRUE(L.M->getObjects<Index>().empty());
  const Constraint *PK = L.table("c")->getPrimaryKey();
  ASSERT_TRUE(PK);
  EXPECT_EQ(PK->Name, "c_pkey");
  EXPECT_EQ(PK->Columns, std::vector<std::string>{"cc"});
  EXPECT_EQ(PK->Deferrable, true);
}

TEST(PostgresLowering, RenamesKeepReferences) {
  Lowered L = lower(
      "CREATE TABLE p (id int PRIMARY KEY, n text);\n"
      "CREATE TABLE c (pid int REFERENCES p (id));\n"
      "CREATE INDEX p_n ON p (n);\n"
      "CREATE VIEW v AS SELECT p.n, x.id FROM p JOIN p AS x ON x.id = p.id;\n"
      "ALTER TABLE p RENAME COLUMN id TO pk;\n"
      "ALTER TABLE p RENAME COLUMN n TO name;\n"
      "ALTER TABLE p RENAME TO parent;");
  ASSERT_TRUE(L.Ok) << L.firstError();
  Table *P = L.table("parent");
  ASSERT_TRUE(P);
  EXPECT_EQ(P->getPrimaryKey()->Columns, std::vector<std::string>{"pk"});
  Table *C = L.table("c");
  EXPECT_EQ(C->Constraints[0].RefTable.Name, "parent");
  EXPECT_EQ(C->Constraints[0].RefColumns, std::vector<std::string>{"pk"});
  Index *I = L.M->getObjects<Index>()[0];
  EXPECT_EQ(I->Table.Name, "parent");
  EXPECT_EQ(I->Elements[0].Column, "name");
  View *V = L.object<View>("v");
  std::vector<std::string> Scans, Cols;
  walk(
      *V->Query,
      [&](const Expr &E) {
        if (auto *R = llvm::dyn_cast<ColumnRef>(&E))
          Cols.push_back(R->Path.back());
      },
      [&](const Rel &R) {
        if (auto *S = llvm::dyn_cast<Scan>(&R))
          Scans.push_back(S->Table.Name);
      });
  EXPECT_EQ(Scans, (std::vector<std::string>{"parent", "parent"}));
  EXPECT_EQ(std::count(Cols.begin(), Cols.end(), "pk"), 3);
  EXPECT_EQ(std::count(Cols.begin(), Cols.end(), "name"), 1);
  // The view's output column keeps its name.
  auto *Proj = llvm::cast<Project>(V->Query.get());
  EXPECT_EQ(Proj->Items[0].Alias, "n");
}

TEST(PostgresLowering, Comments) {
  Lowered L = lower("CREATE TABLE t (a int CONSTRAINT pos CHECK (a > 0));\n"
                    "CREATE VIEW v AS SELECT a FROM t;\n"
                    "COMMENT ON SCHEMA public IS 'std';\n"
                    "COMMENT ON TABLE t IS 'tab';\n"
                    "COMMENT ON COLUMN public.t.a IS 'col';\n"
                    "COMMENT ON COLUMN v.a IS 'vcol';\n"
                    "COMMENT ON CONSTRAINT pos ON t IS 'con';\n"
                    "COMMENT ON TABLE t IS NULL;\n"
                    "COMMENT ON FUNCTION f(int) IS 'kept';");
  ASSERT_TRUE(L.Ok) << L.firstError();
  Table *T = L.table("t");
  EXPECT_FALSE(T->Comment.has_value());
  EXPECT_EQ(T->findColumn("a")->comment(), "col");
  EXPECT_EQ(T->findConstraint("pos")->Comment, "con");
  SchemaDecl *S = L.M->lookupSchema("public");
  ASSERT_TRUE(S);
  EXPECT_TRUE(S->Implicit);
  EXPECT_EQ(S->Comment, "std");
  View *V = L.object<View>("v");
  ASSERT_EQ(V->ColumnComments.size(), 1u);
  EXPECT_EQ(V->ColumnComments[0].second, "vcol");
  auto Os = L.M->getObjects<OpaqueObject>();
  ASSERT_EQ(Os.size(), 1u);
  EXPECT_EQ(Os[0]->ObjectType, "comment");
  EXPECT_EQ(Os[0]->Target.Name, "f");
}

TEST(PostgresLowering, DropCascadeAndRestrict) {
  const char *Schema =
      "CREATE TABLE p (id int PRIMARY KEY);\n"
      "CREATE TABLE c (pid int REFERENCES p);\n"
      "CREATE VIEW v AS SELECT id FROM p;\n"
      "CREATE VIEW w AS SELECT id FROM v;\n"
      "CREATE INDEX p_i ON p (id);\n"
      "CREATE SEQUENCE p_seq OWNED BY p.id;\n"
      "CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN "
      "RETURN NEW; END$$;\n"
      "CREATE TRIGGER t BEFORE INSERT ON p FOR EACH ROW EXECUTE FUNCTION "
      "trg();\n";
  Lowered R = lower(std::string(Schema) + "DROP TABLE p;");
  EXPECT_FALSE(R.Ok);
  EXPECT_TRUE(R.hasDiag(DiagID::err_drop_has_dependents));
  EXPECT_TRUE(R.table("p"));

  Lowered C = lower(std::string(Schema) + "DROP TABLE p CASCADE;");
  ASSERT_TRUE(C.Ok) << C.firstError();
  EXPECT_FALSE(C.table("p"));
  ASSERT_TRUE(C.table("c"));
  EXPECT_TRUE(C.table("c")->Constraints.empty());
  EXPECT_TRUE(C.M->getObjects<View>().empty());
  EXPECT_TRUE(C.M->getObjects<Index>().empty());
  EXPECT_TRUE(C.M->getObjects<Sequence>().empty());
  auto Os = C.M->getObjects<OpaqueObject>();
  ASSERT_EQ(Os.size(), 1u); // the function stays, the trigger went
  EXPECT_EQ(Os[0]->ObjectType, "function");

  Lowered F =
      lower(std::string(Schema) + "DROP TRIGGER t ON p;\nDROP FUNCTION trg();\n"
                                  "DROP VIEW IF EXISTS nope;");
  ASSERT_TRUE(F.Ok) << F.firstError();
  EXPECT_TRUE(F.M->getObjects<OpaqueObject>().empty());
  Lowered U = lower("DROP TABLE nope;");
  EXPECT_TRUE(U.hasDiag(DiagID::err_unknown_object));
}

//===----------------------------------------------------------------------===//
// Settings, opaque objects, several inputs
//===----------------------------------------------------------------------===//

TEST(PostgresLowering, Settings) {
  Lowered L = lower("CREATE SCHEMA other;\n"
                    "SET statement_timeout = 0;\n"
                    "SET client_encoding = 'UTF8';\n"
                    "SELECT pg_catalog.set_config('search_path', '', false);\n"
                    "SET search_path = other, pg_catalog;\n"
                    "SET LOCAL lock_timeout TO DEFAULT;\n"
                    "CREATE TABLE t (a int);");
  ASSERT_TRUE(L.Ok) << L.firstError();
  auto Ss = L.M->getObjects<Setting>();
  ASSERT_EQ(Ss.size(), 5u);
  EXPECT_EQ(Ss[0]->Value, "0");
  EXPECT_EQ(Ss[1]->Value, "'UTF8'");
  EXPECT_EQ(Ss[2]->Form, Setting::Syntax::SetConfig);
  EXPECT_EQ(Ss[2]->Value, "");
  EXPECT_EQ(Ss[3]->Value, "other, pg_catalog");
  EXPECT_TRUE(Ss[4]->IsLocal && Ss[4]->IsDefault);
  EXPECT_EQ(L.M->getDefaultSchema(), "other");
  EXPECT_TRUE(L.M->lookupTable(QualifiedName("other", "t")));
}

TEST(PostgresLowering, OpaqueObjects) {
  Lowered L = lower(
      "CREATE TABLE inventory (id int);\n"
      "CREATE FUNCTION public.in_stock(p int) RETURNS boolean LANGUAGE sql AS\n"
      "$_$ SELECT EXISTS (SELECT 1 FROM inventory WHERE id = $1) $_$;\n"
      "CREATE TRIGGER trg AFTER INSERT ON inventory FOR EACH ROW EXECUTE"
      " FUNCTION public.in_stock();\n"
      "GRANT SELECT ON TABLE inventory TO PUBLIC;\n"
      "INSERT INTO inventory VALUES (1);\n"
      "\\connect db\n"
      "CREATE EXTENSION IF NOT EXISTS vector WITH SCHEMA public;");
  ASSERT_TRUE(L.Ok) << L.firstError();
  auto Os = L.M->getObjects<OpaqueObject>();
  ASSERT_EQ(Os.size(), 6u);
  EXPECT_EQ(Os[0]->ObjectType, "function");
  EXPECT_EQ(Os[0]->getName(), QualifiedName("public", "in_stock"));
  ASSERT_EQ(Os[0]->References.size(), 1u);
  EXPECT_EQ(Os[0]->References[0].Name, "inventory");
  EXPECT_EQ(Os[1]->ObjectType, "trigger");
  EXPECT_EQ(Os[1]->getName().Name, "trg");
  EXPECT_EQ(Os[1]->Target.Name, "inventory");
  ASSERT_EQ(Os[1]->References.size(), 1u);
  EXPECT_EQ(Os[1]->References[0].str(), "public.in_stock");
  EXPECT_EQ(Os[2]->ObjectType, "grant");
  EXPECT_EQ(Os[2]->Target.Name, "inventory");
  EXPECT_TRUE(Os[3]->IsData);
  EXPECT_EQ(Os[3]->Target.Name, "inventory");
  EXPECT_EQ(Os[3]->Text, "INSERT INTO inventory VALUES (1);");
  EXPECT_EQ(Os[4]->ObjectType, "psql meta-command");
  EXPECT_EQ(Os[4]->Text, "\\connect db");
  EXPECT_EQ(Os[5]->ObjectType, "extension");
  EXPECT_EQ(Os[5]->getName().Name, "vector");
  EXPECT_EQ(Os[5]->Dialect, "postgres");
  EXPECT_TRUE(L.hasDiag(DiagID::warn_opaque_statement));
  EXPECT_TRUE(L.hasDiag(DiagID::warn_data_statement));
}

TEST(PostgresLowering, SeveralInputs) {
  Lowered L = lower(std::vector<std::string>{
      "CREATE TABLE objectcache (keyname text);\nCREATE INDEX k ON "
      "objectcache (keyname);",
      "ALTER TABLE objectcache ADD modtoken VARCHAR(17) DEFAULT "
      "'00000000000000000' NOT NULL;\nDROP INDEX k;"});
  ASSERT_TRUE(L.Ok) << L.firstError();
  Table *T = L.table("objectcache");
  ASSERT_TRUE(T->findColumn("modtoken"));
  EXPECT_TRUE(L.M->getObjects<Index>().empty());
  // The locations name the second file.
  EXPECT_EQ(L.Ctx->getFileName(T->findColumn("modtoken")->Loc.File),
            "input1.sql");
}

TEST(PostgresLowering, ThreadsGiveTheSameModule) {
  // Enough statements for several workers.
  std::string S;
  for (int I = 0; I < 300; ++I)
    S += "CREATE TABLE t" + std::to_string(I) +
         " (a int PRIMARY KEY, b text "
         "CHECK (b <> ''));\nCREATE VIEW v" +
         std::to_string(I) + " AS SELECT a, b FROM t" + std::to_string(I) +
         " WHERE a > 1;\n"
         "CREATE FUNCTION f" +
         std::to_string(I) +
         "() RETURNS int AS "
         "$$SELECT 1$$ LANGUAGE sql;\n";
  Lowered One = lower(std::vector<std::string>{S}, 1);
  Lowered Two = lower(std::vector<std::string>{S}, 2);
  ASSERT_TRUE(One.Ok && Two.Ok);
  EXPECT_EQ(print(*One.M), print(*Two.M));
  EXPECT_EQ(One.Diags.size(), Two.Diags.size());
}

//===----------------------------------------------------------------------===//
// Statements as schema changes
//===----------------------------------------------------------------------===//

TEST(PostgresLowering, AStatementAppliesWholeOrNotAtAll) {
  // The last action fails: PostgreSQL rolls the statement back, and so
  // does the editor (the table keeps its columns; the index stays).
  Lowered L = lower("CREATE TABLE t (a int, b int);\n"
                    "CREATE INDEX t_b ON t (b);\n"
                    "ALTER TABLE t DROP COLUMN b, ADD COLUMN c text,\n"
                    "  ADD CONSTRAINT k CHECK (nope > 0);\n");
  EXPECT_FALSE(L.Ok);
  EXPECT_EQ(L.firstError(), "column 'nope' of table 't' does not exist");
  Table *T = L.table("t");
  ASSERT_TRUE(T);
  EXPECT_EQ(T->Columns.size(), 2u);
  EXPECT_TRUE(T->findColumn("b"));
  EXPECT_FALSE(T->findColumn("c"));
  EXPECT_TRUE(L.object<Index>("t_b"));
}

TEST(PostgresLowering, RenameStandsAlone) {
  Lowered L = lower("CREATE TABLE t (a int);\n"
                    "ALTER TABLE t ADD COLUMN b int, RENAME TO u;\n");
  EXPECT_FALSE(L.Ok);
  EXPECT_EQ(L.firstError(), "syntax error at or near 'RENAME'");
  EXPECT_TRUE(L.table("t"));
  Lowered R = lower("CREATE SCHEMA s;\n"
                    "CREATE TABLE t (a int);\n"
                    "ALTER TABLE t RENAME TO u;\n"
                    "ALTER TABLE u SET SCHEMA s;\n");
  ASSERT_TRUE(R.Ok) << R.firstError();
  EXPECT_TRUE(R.object<Table>("s.u"));
}

TEST(PostgresLowering, PostgresEditorRules) {
  pg::PostgresEditorRules Rules;
  Table T(Location(), QualifiedName("s", "orders"));
  auto None = [](llvm::StringRef, bool) { return false; };
  Constraint K;
  K.K = Constraint::Kind::ForeignKey;
  K.Columns = {"a", "b"};
  EXPECT_EQ(Rules.nameConstraint(T, K, None), "orders_a_b_fkey");
  // A name that is taken gets a number.
  auto Taken = [](llvm::StringRef N, bool) { return N == "orders_a_b_fkey"; };
  EXPECT_EQ(Rules.nameConstraint(T, K, Taken), "orders_a_b_fkey1");
  EXPECT_EQ(Rules.nameImplicitSequence("orders", "id", None), "orders_id_seq");
  Column C(Location(), "id", DataType(TypeKind::Integer));
  C.Type.Serial = true;
  std::unique_ptr<Sequence> S =
      Rules.makeSerialExplicit(T, C, QualifiedName("s", "orders_id_seq"));
  EXPECT_FALSE(C.Type.Serial);
  EXPECT_TRUE(C.NotNull);
  ASSERT_TRUE(C.Default);
  EXPECT_EQ(S->OwnedByColumn, "id");
  EXPECT_TRUE(Rules.isPredefinedSchema("public"));
  EXPECT_FALSE(Rules.isPredefinedSchema("s"));
  EXPECT_TRUE(Rules.isSystemSchema("pg_catalog"));
}

} // namespace
