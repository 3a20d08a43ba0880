//===- PostgresDDLBackendTest.cpp - Tests of the PostgreSQL DDL backend ---===//
//
// Part of schemac. Modules built in C++, emitted as PostgreSQL DDL and
// compared with the expected script. (The lit tests in test/Backends/postgres
// cover the same ground from SQL input once the frontend lowers it.)
//
//===----------------------------------------------------------------------===//

#include "schemac/backends/ddl/postgres/PostgresDDLBackend.h"
#include "schemac/ir/Module.h"
#include "schemac/support/Context.h"

#include "gtest/gtest.h"

using namespace schemac;
using llvm::cast;

namespace {

class Collect : public DiagnosticConsumer {
public:
  explicit Collect(std::vector<Diagnostic> &Out) : Out(Out) {}
  void handle(const Diagnostic &D) override { Out.push_back(D); }
  std::vector<Diagnostic> &Out;
};

ExprPtr col(const std::string &C) {
  return std::make_unique<ColumnRef>(Location(), std::vector<std::string>{C});
}
ExprPtr num(const std::string &V) {
  return std::make_unique<Literal>(Location(), Literal::LitKind::Integer, V);
}
ExprPtr str(const std::string &V) {
  return std::make_unique<Literal>(Location(), Literal::LitKind::String, V);
}
ExprPtr bin(const std::string &Op, ExprPtr L, ExprPtr R) {
  return std::make_unique<BinaryOp>(Location(), Op, std::move(L), std::move(R));
}
DataType spelled(TypeKind K, const std::string &S) {
  DataType T(K);
  T.Spelling = S;
  return T;
}
ExprPtr regclass(const std::string &Name) {
  DataType T(TypeKind::DialectSpecific);
  T.Name = QualifiedName("regclass");
  T.Spelling = "regclass";
  return std::make_unique<Cast>(Location(), str(Name), T,
                                Cast::Syntax::DoubleColon);
}
ExprPtr nextval(const std::string &Seq) {
  std::vector<ExprPtr> Args;
  Args.push_back(regclass(Seq));
  return std::make_unique<FuncCall>(
      Location(), std::vector<std::string>{"nextval"}, std::move(Args));
}

class PostgresDDLBackendTest : public ::testing::Test {
protected:
  Context Ctx;
  Module M{Ctx, "test"};
  std::vector<Diagnostic> Seen;

  std::string emit(bool ExpectSuccess = true) {
    DiagnosticEngine Diags(Ctx);
    Diags.setConsumer(std::make_unique<Collect>(Seen));
    std::string Out;
    llvm::raw_string_ostream OS(Out);
    PostgresDDLBackend B;
    LogicalResult R = B.emit(M, OS, Diags, BackendOptions());
    EXPECT_EQ(succeeded(R), ExpectSuccess);
    return OS.str();
  }

  Table *table(const std::string &Schema, const std::string &Name) {
    return M.append(
        std::make_unique<Table>(Location(), QualifiedName(Schema, Name)));
  }
  static Column &column(Table *T, const std::string &Name, DataType Ty) {
    T->Columns.emplace_back(Location(), Name, std::move(Ty));
    return T->Columns.back();
  }
  static Constraint &constraint(Table *T, Constraint::Kind K,
                                const std::string &Name,
                                std::vector<std::string> Cols) {
    Constraint C;
    C.K = K;
    C.Name = Name;
    C.Columns = std::move(Cols);
    T->Constraints.push_back(std::move(C));
    return T->Constraints.back();
  }
};

TEST_F(PostgresDDLBackendTest, Empty) { EXPECT_EQ(emit(), ""); }

TEST_F(PostgresDDLBackendTest, SettingsComeFirst) {
  table("public", "t");
  auto S = std::make_unique<Setting>(Location(), "search_path", "");
  S->Form = Setting::Syntax::SetConfig;
  M.append(std::move(S));
  M.append(std::make_unique<Setting>(Location(), "client_encoding", "'UTF8'"));
  auto D = std::make_unique<Setting>(Location(), "x", "");
  D->IsDefault = true;
  M.append(std::move(D));
  EXPECT_EQ(emit(), "SELECT pg_catalog.set_config('search_path', '', false);\n"
                    "SET client_encoding = 'UTF8';\n"
                    "SET x TO DEFAULT;\n"
                    "\n"
                    "CREATE TABLE public.t (\n"
                    ");\n");
}

TEST_F(PostgresDDLBackendTest, SchemasTypesAndSequences) {
  auto Pub = std::make_unique<SchemaDecl>(Location(), "public");
  Pub->Implicit = true;
  Pub->Owner = "pg_database_owner";
  Pub->Comment = "standard public schema";
  M.append(std::move(Pub));
  auto S = std::make_unique<SchemaDecl>(Location(), "Sales");
  S->Authorization = "bob";
  M.append(std::move(S));
  auto E =
      std::make_unique<EnumType>(Location(), QualifiedName("Sales", "mood"));
  E->Values = {"sad", "it's ok"};
  E->Owner = "bob";
  M.append(std::move(E));
  auto D = std::make_unique<Domain>(Location(), QualifiedName("public", "year"),
                                    spelled(TypeKind::Integer, "integer"));
  DomainCheck C;
  C.Name = "year_check";
  C.Check = bin("AND", bin(">=", col("value"), num("1901")),
                bin("<=", col("value"), num("2155")));
  D->Checks.push_back(std::move(C));
  DomainCheck Later;
  Later.Check = bin("<>", col("value"), num("2000"));
  Later.NotValid = true;
  D->Checks.push_back(std::move(Later));
  D->Comment = "a year";
  M.append(std::move(D));
  auto Q = std::make_unique<Sequence>(Location(), QualifiedName("public", "s"));
  Q->Options.Start = 1;
  Q->Options.Increment = 1;
  Q->Options.NoMinValue = true;
  Q->Options.NoMaxValue = true;
  Q->Options.Cache = 1;
  M.append(std::move(Q));
  EXPECT_EQ(
      emit(),
      "ALTER SCHEMA public OWNER TO pg_database_owner;\n"
      "COMMENT ON SCHEMA public IS 'standard public schema';\n"
      "\n"
      "CREATE SCHEMA \"Sales\" AUTHORIZATION bob;\n"
      "\n"
      "CREATE TYPE \"Sales\".mood AS ENUM (\n"
      "    'sad',\n"
      "    'it''s ok'\n"
      ");\n"
      "ALTER TYPE \"Sales\".mood OWNER TO bob;\n"
      "\n"
      "CREATE DOMAIN public.year AS integer\n"
      "    CONSTRAINT year_check CHECK (value >= 1901 AND value <= 2155);\n"
      "ALTER DOMAIN public.year ADD CHECK (value <> 2000) NOT VALID;\n"
      "COMMENT ON DOMAIN public.year IS 'a year';\n"
      "\n"
      "CREATE SEQUENCE public.s\n"
      "    START WITH 1\n"
      "    INCREMENT BY 1\n"
      "    NO MINVALUE\n"
      "    NO MAXVALUE\n"
      "    CACHE 1;\n");
}

TEST_F(PostgresDDLBackendTest, Tables) {
  auto Q = std::make_unique<Sequence>(Location(),
                                      QualifiedName("public", "t_id_seq"));
  Q->OwnedByTable = QualifiedName("public", "t");
  Q->OwnedByColumn = "id";
  M.append(std::move(Q));
  Table *T = table("public", "t");
  Column &Id = column(T, "id", spelled(TypeKind::Integer, "integer"));
  Id.Default = nextval("public.t_id_seq");
  Id.NotNull = true;
  Column &Name = column(T, "Name", spelled(TypeKind::Text, "text"));
  Name.details().Collation = QualifiedName("C");
  Name.details().Comment = "the name";
  Name.details().Storage = "external";
  Column &Sel = column(T, "select", spelled(TypeKind::Integer, "int"));
  Sel.Ident = Column::Identity{false, {}};
  Sel.Ident->Options.Start = 10;
  Column &G = column(T, "g", spelled(TypeKind::Integer, "int"));
  G.details().Generation =
      Column::Generated{bin("*", col("id"), num("2")), false};
  constraint(T, Constraint::Kind::PrimaryKey, "t_pkey", {"id"});
  Constraint &U = constraint(T, Constraint::Kind::Unique, "", {"Name"});
  U.ColumnLevel = "Name";
  U.Comment = "lost";
  Constraint &C = constraint(T, Constraint::Kind::Check, "positive", {});
  C.Check = bin(">", col("id"), num("0"));
  C.NotValid = true;
  C.Comment = "ids are positive";
  T->Owner = "postgres";
  T->RowSecurity = true;
  T->With = {{"fillfactor", "70"}};

  EXPECT_EQ(emit(),
            "CREATE SEQUENCE public.t_id_seq;\n"
            "\n"
            "CREATE TABLE public.t (\n"
            "    id integer DEFAULT nextval('public.t_id_seq'::regclass) NOT "
            "NULL,\n"
            "    \"Name\" text COLLATE \"C\" UNIQUE,\n"
            "    \"select\" int GENERATED BY DEFAULT AS IDENTITY (START WITH "
            "10),\n"
            "    g int GENERATED ALWAYS AS (id * 2) STORED,\n"
            "    CONSTRAINT t_pkey PRIMARY KEY (id)\n"
            ")\n"
            "WITH (fillfactor = 70);\n"
            "ALTER TABLE ONLY public.t ALTER COLUMN \"Name\" SET STORAGE "
            "EXTERNAL;\n"
            "ALTER TABLE public.t\n"
            "    ADD CONSTRAINT positive CHECK (id > 0) NOT VALID;\n"
            "ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;\n"
            "ALTER TABLE public.t OWNER TO postgres;\n"
            "COMMENT ON COLUMN public.t.\"Name\" IS 'the name';\n"
            "COMMENT ON CONSTRAINT positive ON public.t IS 'ids are "
            "positive';\n"
            "\n"
            "ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;\n");
  ASSERT_EQ(Seen.size(), 1u);
  EXPECT_EQ(Seen[0].ID, DiagID::warn_backend_comment_dropped);
}

TEST_F(PostgresDDLBackendTest, ForeignKeys) {
  Table *A = table("public", "a");
  column(A, "id", spelled(TypeKind::Integer, "integer"));
  column(A, "b_id", spelled(TypeKind::Integer, "integer"));
  constraint(A, Constraint::Kind::PrimaryKey, "a_pkey", {"id"});
  Constraint &AB = constraint(A, Constraint::Kind::ForeignKey, "a_b", {"b_id"});
  AB.RefTable = QualifiedName("public", "b");
  AB.OnDelete = ForeignKeyAction::Cascade;
  AB.Deferrable = true;
  AB.InitiallyDeferred = true;
  Table *B = table("public", "b");
  column(B, "id", spelled(TypeKind::Integer, "integer"));
  Column &BA = column(B, "a_id", spelled(TypeKind::Integer, "integer"));
  (void)BA;
  constraint(B, Constraint::Kind::PrimaryKey, "b_pkey", {"id"});
  Constraint &BAk = constraint(B, Constraint::Kind::ForeignKey, "", {"a_id"});
  BAk.RefTable = QualifiedName("public", "a");
  BAk.RefColumns = {"id"};
  BAk.ColumnLevel = "a_id";
  EXPECT_EQ(emit(), "CREATE TABLE public.a (\n"
                    "    id integer,\n"
                    "    b_id integer,\n"
                    "    CONSTRAINT a_pkey PRIMARY KEY (id)\n"
                    ");\n"
                    "\n"
                    "CREATE TABLE public.b (\n"
                    "    id integer,\n"
                    "    a_id integer REFERENCES public.a(id),\n"
                    "    CONSTRAINT b_pkey PRIMARY KEY (id)\n"
                    ");\n"
                    "\n"
                    "ALTER TABLE ONLY public.a\n"
                    "    ADD CONSTRAINT a_b FOREIGN KEY (b_id) REFERENCES "
                    "public.b ON DELETE CASCADE DEFERRABLE INITIALLY "
                    "DEFERRED;\n");
}

TEST_F(PostgresDDLBackendTest, Partitions) {
  Table *P = table("public", "payment");
  column(P, "id", spelled(TypeKind::Integer, "integer"));
  column(P, "d", spelled(TypeKind::Date, "date"));
  P->PartitionBy.emplace();
  IndexElement K;
  K.Column = "d";
  P->PartitionBy->Keys.push_back(std::move(K));
  Table *C1 = table("public", "p1");
  C1->PartitionOf = QualifiedName("public", "payment");
  C1->Bound.emplace();
  C1->Bound->BK = PartitionBound::BoundKind::Range;
  C1->Bound->From.push_back(col("minvalue"));
  C1->Bound->To.push_back(str("2022-01-01"));
  Table *C2 = table("public", "p2");
  column(C2, "id", spelled(TypeKind::Integer, "integer"));
  column(C2, "d", spelled(TypeKind::Date, "date"));
  C2->PartitionOf = QualifiedName("public", "payment");
  C2->AttachedLater = true;
  C2->Bound.emplace();
  Table *H = table("public", "h");
  column(H, "x", spelled(TypeKind::Integer, "integer"));
  H->PartitionOf = QualifiedName("public", "hp");
  H->Bound.emplace();
  H->Bound->BK = PartitionBound::BoundKind::Hash;
  H->Bound->Modulus = 4;
  H->Bound->Remainder = 1;
  Table *HP = table("public", "hp");
  column(HP, "x", spelled(TypeKind::Integer, "integer"));
  HP->PartitionBy.emplace();
  HP->PartitionBy->Strat = PartitionSpec::Strategy::Hash;
  IndexElement X;
  X.Expression = bin("+", col("x"), num("1"));
  HP->PartitionBy->Keys.push_back(std::move(X));
  EXPECT_EQ(emit(), "CREATE TABLE public.payment (\n"
                    "    id integer,\n"
                    "    d date\n"
                    ")\n"
                    "PARTITION BY RANGE (d);\n"
                    "\n"
                    "CREATE TABLE public.p1 PARTITION OF public.payment\n"
                    "FOR VALUES FROM (MINVALUE) TO ('2022-01-01');\n"
                    "\n"
                    "CREATE TABLE public.p2 (\n"
                    "    id integer,\n"
                    "    d date\n"
                    ");\n"
                    "\n"
                    "ALTER TABLE ONLY public.payment ATTACH PARTITION "
                    "public.p2 DEFAULT;\n"
                    "\n"
                    "CREATE TABLE public.hp (\n"
                    "    x integer\n"
                    ")\n"
                    "PARTITION BY HASH ((x + 1));\n"
                    "\n"
                    "CREATE TABLE public.h PARTITION OF public.hp\n"
                    "FOR VALUES WITH (MODULUS 4, REMAINDER 1);\n");
}

TEST_F(PostgresDDLBackendTest, ViewsIndexesAndOpaques) {
  auto V =
      std::make_unique<View>(Location(), QualifiedName("public", "v"), true);
  auto P = std::make_unique<Project>(
      Location(),
      std::make_unique<Scan>(Location(), QualifiedName("public", "t")));
  P->Items.push_back(SelectItem{col("id"), "", true});
  V->Query = std::move(P);
  V->WithData = false;
  V->ColumnComments.push_back({"id", "the id"});
  V->Owner = "postgres";
  M.append(std::move(V));
  auto Trg = std::make_unique<OpaqueObject>(
      Location(), QualifiedName("trg"), "trigger",
      "CREATE TRIGGER trg BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE "
      "FUNCTION public.f();\n",
      "postgres");
  Trg->Target = QualifiedName("public", "t");
  Trg->References.push_back(QualifiedName("public", "f"));
  M.append(std::move(Trg));
  Table *T = table("public", "t");
  column(T, "id", spelled(TypeKind::Integer, "integer"));
  auto I = std::make_unique<Index>(Location(), QualifiedName("t_lower"),
                                   QualifiedName("public", "t"));
  I->Unique = true;
  IndexElement E;
  E.Column = "id";
  I->Elements.push_back(std::move(E));
  I->Where = bin(">", col("id"), num("0"));
  I->Comment = "partial";
  M.append(std::move(I));
  M.append(std::make_unique<OpaqueObject>(
      Location(), QualifiedName("public", "f"), "function",
      "CREATE FUNCTION public.f() RETURNS trigger LANGUAGE plpgsql AS $$ "
      "BEGIN RETURN NEW; END $$;",
      "postgres"));
  EXPECT_EQ(emit(), "CREATE TABLE public.t (\n"
                    "    id integer\n"
                    ");\n"
                    "\n"
                    "CREATE MATERIALIZED VIEW public.v AS\n"
                    "SELECT id\n"
                    "FROM public.t\n"
                    "WITH NO DATA;\n"
                    "ALTER MATERIALIZED VIEW public.v OWNER TO postgres;\n"
                    "COMMENT ON COLUMN public.v.id IS 'the id';\n"
                    "\n"
                    "CREATE UNIQUE INDEX t_lower ON public.t (id) WHERE id > "
                    "0;\n"
                    "COMMENT ON INDEX public.t_lower IS 'partial';\n"
                    "\n"
                    "CREATE FUNCTION public.f() RETURNS trigger LANGUAGE "
                    "plpgsql AS $$ BEGIN RETURN NEW; END $$;\n"
                    "\n"
                    "CREATE TRIGGER trg BEFORE UPDATE ON public.t FOR EACH ROW "
                    "EXECUTE FUNCTION public.f();\n");
}

TEST_F(PostgresDDLBackendTest, OpaqueOfAnotherDialectIsAnError) {
  M.append(std::make_unique<OpaqueObject>(Location(1, 3, 1), QualifiedName("p"),
                                          "procedure", "CREATE PROCEDURE p ...",
                                          "mysql"));
  emit(/*ExpectSuccess=*/false);
  ASSERT_EQ(Seen.size(), 1u);
  EXPECT_EQ(Seen[0].ID, DiagID::err_backend_foreign_dialect);
  EXPECT_EQ(Seen[0].Message,
            "procedure 'p' is written in 'mysql' and cannot be emitted as "
            "PostgreSQL");
}

TEST_F(PostgresDDLBackendTest, ForeignKeysAfterData) {
  Table *A = table("public", "a");
  column(A, "id", spelled(TypeKind::Integer, "integer"));
  constraint(A, Constraint::Kind::PrimaryKey, "a_pkey", {"id"});
  Table *B = table("public", "b");
  column(B, "a", spelled(TypeKind::Integer, "integer"));
  Constraint &F = constraint(B, Constraint::Kind::ForeignKey, "b_a", {"a"});
  F.RefTable = QualifiedName("public", "a");
  auto Ins = std::make_unique<OpaqueObject>(
      Location(), QualifiedName(), "insert", "INSERT INTO public.b VALUES (1);",
      "postgres");
  Ins->IsData = true;
  Ins->Target = QualifiedName("public", "b");
  M.append(std::move(Ins));
  EXPECT_EQ(emit(), "CREATE TABLE public.a (\n"
                    "    id integer,\n"
                    "    CONSTRAINT a_pkey PRIMARY KEY (id)\n"
                    ");\n"
                    "\n"
                    "CREATE TABLE public.b (\n"
                    "    a integer\n"
                    ");\n"
                    "\n"
                    "INSERT INTO public.b VALUES (1);\n"
                    "\n"
                    "ALTER TABLE ONLY public.b\n"
                    "    ADD CONSTRAINT b_a FOREIGN KEY (a) REFERENCES "
                    "public.a;\n");
}

TEST_F(PostgresDDLBackendTest, SameModuleSameBytes) {
  Table *A = table("public", "a");
  column(A, "x", spelled(TypeKind::Integer, "integer"));
  std::string First = emit();
  EXPECT_EQ(emit(), First);
}

} // namespace
