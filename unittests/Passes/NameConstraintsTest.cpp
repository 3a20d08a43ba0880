//===- NameConstraintsTest.cpp - PostgreSQL's generated names -------------===//
//
// Part of schemac. Every expected name below was produced by PostgreSQL 15
// for the same CREATE statements (shown in the comments).
//
//===----------------------------------------------------------------------===//

#include "schemac/passes/NameConstraints.h"

#include "PassTestUtil.h"

using namespace schemac;
using namespace schemac::test;

namespace {

std::vector<std::string> constraintNames(const Table &T) {
  std::vector<std::string> Names;
  for (const Constraint &C : T.Constraints)
    Names.push_back(C.Name);
  return Names;
}

class NameConstraintsTest : public ::testing::Test {
protected:
  NameConstraintsTest() : M(Ctx) { M.setSearchPath({"n"}); }
  Context Ctx;
  Module M;
};

} // namespace

// CREATE TABLE t1 (a int PRIMARY KEY, b int UNIQUE, c int CHECK (c > 0),
//   d int CHECK (a > d), e int, CHECK (e > 0), CHECK (a > 0 AND b > 0),
//   CHECK (true), UNIQUE (b, c) INCLUDE (d));
TEST_F(NameConstraintsTest, TableConstraints) {
  Table *T = addTable(M, QualifiedName("t1"), {"a", "b", "c", "d", "e"});
  T->Constraints.push_back(key(Constraint::Kind::PrimaryKey, {"a"}));
  T->Constraints.push_back(key(Constraint::Kind::Unique, {"b"}));
  T->Constraints.push_back(check(bin(">", col("c"), num("0"))));
  T->Constraints.push_back(check(bin(">", col("a"), col("d"))));
  T->Constraints.push_back(check(bin(">", col("e"), num("0"))));
  T->Constraints.push_back(check(
      bin("AND", bin(">", col("a"), num("0")), bin(">", col("b"), num("0")))));
  T->Constraints.push_back(check(std::make_unique<Literal>(
      Location(), Literal::LitKind::Boolean, "true")));
  Constraint U = key(Constraint::Kind::Unique, {"b", "c"});
  U.Include = {"d"};
  T->Constraints.push_back(std::move(U));
  runPipeline(M, "name-constraints");
  EXPECT_EQ(constraintNames(*T),
            (std::vector<std::string>{"t1_pkey", "t1_b_key", "t1_c_check",
                                      "t1_check", "t1_e_check", "t1_check1",
                                      "t1_check2", "t1_b_c_d_key"}));
}

// CREATE TABLE t2 (x int REFERENCES t1, y int, z int,
//   FOREIGN KEY (y, z) REFERENCES t1(b, c), UNIQUE (y), UNIQUE (y));
// PostgreSQL merges the second UNIQUE (y) into the first.
TEST_F(NameConstraintsTest, ForeignKeysAndMergedDuplicates) {
  addTable(M, QualifiedName("t1"), {"a"});
  Table *T = addTable(M, QualifiedName("t2"), {"x", "y", "z"});
  T->Constraints.push_back(foreignKey({"x"}, QualifiedName("t1")));
  T->Constraints.back().ColumnLevel = "x";
  T->Constraints.push_back(foreignKey({"y", "z"}, QualifiedName("t1")));
  T->Constraints.push_back(key(Constraint::Kind::Unique, {"y"}));
  T->Constraints.push_back(key(Constraint::Kind::Unique, {"y"}));
  runPipeline(M, "name-constraints");
  EXPECT_EQ(
      constraintNames(*T),
      (std::vector<std::string>{"t2_x_fkey", "t2_y_z_fkey", "t2_y_key", ""}));
}

// CREATE TABLE u (b int UNIQUE, CONSTRAINT foo UNIQUE (b), c int UNIQUE,
//   d int, CONSTRAINT bar UNIQUE (d), UNIQUE (d));  -- foo, u_c_key, bar
// and a primary key that absorbs a UNIQUE on the same column.
TEST_F(NameConstraintsTest, MergedConstraintsKeepTheWrittenName) {
  Table *U = addTable(M, QualifiedName("u"), {"b", "c", "d"});
  U->Constraints.push_back(key(Constraint::Kind::Unique, {"b"}));
  U->Constraints.push_back(key(Constraint::Kind::Unique, {"b"}, "foo"));
  U->Constraints.push_back(key(Constraint::Kind::Unique, {"c"}));
  U->Constraints.push_back(key(Constraint::Kind::Unique, {"d"}, "bar"));
  U->Constraints.push_back(key(Constraint::Kind::Unique, {"d"}));
  Table *V = addTable(M, QualifiedName("v"), {"a"});
  V->Constraints.push_back(key(Constraint::Kind::Unique, {"a"}));
  V->Constraints.push_back(key(Constraint::Kind::PrimaryKey, {"a"}));
  runPipeline(M, "name-constraints");
  EXPECT_EQ(constraintNames(*U),
            (std::vector<std::string>{"", "foo", "u_c_key", "bar", ""}));
  EXPECT_EQ(constraintNames(*V), (std::vector<std::string>{"", "v_pkey"}));
}

// CREATE INDEX ON t2 (...) in this order.
TEST_F(NameConstraintsTest, IndexNames) {
  addTable(M, QualifiedName("t2"), {"x", "y", "z"});
  DataType Text(TypeKind::Text);
  std::vector<Index *> Indexes;
  auto Add = [&](std::vector<IndexElement> E) {
    Indexes.push_back(addIndex(M, QualifiedName("t2"), std::move(E)));
  };
  auto AddExpr = [&](ExprPtr X) {
    std::vector<IndexElement> V;
    V.push_back(exprElem(std::move(X)));
    Add(std::move(V));
  };
  auto AddCols = [&](std::vector<std::string> Cols) {
    std::vector<IndexElement> V;
    V.reserve(Cols.size());
    for (std::string &C : Cols)
      V.push_back(colElem(C));
    Add(std::move(V));
  };
  AddCols({"x"});                                       // t2_x_idx
  AddCols({"x"});                                       // t2_x_idx1
  AddExpr(call({"lower"}, args(cast(col("y"), Text)))); // t2_lower_idx
  AddExpr(bin("+", col("y"), col("z")));                // t2_expr_idx
  AddExpr(cast(col("y"), Text));                        // t2_y_idx
  AddExpr(cast(bin("+", col("y"), col("z")), Text));    // t2_text_idx
  AddCols({"x", "x"});                                  // t2_x_x1_idx
  AddCols({"x"});
  Indexes.back()->Include = {"y"}; // t2_x_y_idx
  {
    auto C = std::make_unique<Case>(Location());
    C->Whens.emplace_back(bin(">", col("x"), num("0")), col("y"));
    AddExpr(std::move(C)); // t2_case_idx
  }
  AddExpr(call({"coalesce"}, args(col("x"), col("y")))); // t2_coalesce_idx
  AddExpr(std::make_unique<IsTest>(Location(), col("x"), IsTest::Test::Null,
                                   false)); // t2_expr_idx1
  {
    auto A = std::make_unique<ArrayExpr>(Location());
    A->Elements.push_back(col("x"));
    AddExpr(std::move(A)); // t2_array_idx
  }
  {
    auto T = call({"trim"}, args(str("x"), cast(col("y"), Text)));
    llvm::cast<FuncCall>(*T).Form = FuncCall::Syntax::Trim;
    llvm::cast<FuncCall>(*T).TrimSpec = "BOTH";
    AddExpr(std::move(T)); // t2_btrim_idx
    auto L = call({"trim"}, args(str("x"), cast(col("y"), Text)));
    llvm::cast<FuncCall>(*L).Form = FuncCall::Syntax::Trim;
    llvm::cast<FuncCall>(*L).TrimSpec = "LEADING";
    AddExpr(std::move(L)); // t2_ltrim_idx
  }
  AddExpr(bin("AT TIME ZONE", col("x"), str("UTC"))); // t2_timezone_idx
  runPipeline(M, "name-constraints");
  std::vector<std::string> Names;
  Names.reserve(Indexes.size());
  for (Index *I : Indexes)
    Names.push_back(I->getName().Name);
  EXPECT_EQ(Names, (std::vector<std::string>{
                       "t2_x_idx", "t2_x_idx1", "t2_lower_idx", "t2_expr_idx",
                       "t2_y_idx", "t2_text_idx", "t2_x_x1_idx", "t2_x_y_idx",
                       "t2_case_idx", "t2_coalesce_idx", "t2_expr_idx1",
                       "t2_array_idx", "t2_btrim_idx", "t2_ltrim_idx",
                       "t2_timezone_idx"}));
  // The index keeps an unqualified name: its schema is its table's.
  EXPECT_FALSE(Indexes.front()->getName().isQualified());
}

// CREATE TABLE aaa..a (63 a's) (bbb..b (59 b's) int PRIMARY KEY,
//   cc int CHECK (cc > 0), CHECK (cc > 1), CHECK (cc > 2));
TEST_F(NameConstraintsTest, TruncatesLikeMakeObjectName) {
  std::string A(63, 'a'), B(59, 'b');
  Table *T = addTable(M, QualifiedName(A), {B, "cc"});
  T->Constraints.push_back(key(Constraint::Kind::PrimaryKey, {B}));
  for (const char *N : {"0", "1", "2"})
    T->Constraints.push_back(check(bin(">", col("cc"), num(N))));
  Table *T2 = addTable(M, QualifiedName("t"), {B});
  T2->Constraints.push_back(key(Constraint::Kind::Unique, {B}));
  runPipeline(M, "name-constraints");
  EXPECT_EQ(constraintNames(*T),
            (std::vector<std::string>{std::string(58, 'a') + "_pkey",
                                      std::string(54, 'a') + "_cc_check",
                                      std::string(53, 'a') + "_cc_check1",
                                      std::string(53, 'a') + "_cc_check2"}));
  // The longer name is shortened first: t_<57 b's>_key is 63 bytes.
  EXPECT_EQ(T2->Constraints[0].Name, "t_" + std::string(57, 'b') + "_key");
  EXPECT_EQ(T2->Constraints[0].Name.size(), 63u);
}

// CREATE TABLE "tàbleéééééééééééééééééééééééééééééééé"
//   ("cölumnöööööööööööööööööööö" int UNIQUE);
TEST_F(NameConstraintsTest, NeverSplitsAUTF8Character) {
  std::string Tab = "t\xC3\xA0"
                    "ble";
  for (int I = 0; I != 32; ++I)
    Tab += "\xC3\xA9";
  std::string Col = "c\xC3\xB6lumn";
  for (int I = 0; I != 20; ++I)
    Col += "\xC3\xB6";
  Table *T = addTable(M, QualifiedName(Tab), {Col});
  T->Constraints.push_back(key(Constraint::Kind::Unique, {Col}));
  runPipeline(M, "name-constraints");
  std::string Expected = "t\xC3\xA0"
                         "ble";
  for (int I = 0; I != 11; ++I)
    Expected += "\xC3\xA9";
  Expected += "_c\xC3\xB6lumn";
  for (int I = 0; I != 11; ++I)
    Expected += "\xC3\xB6";
  Expected += "_key";
  EXPECT_EQ(T->Constraints[0].Name, Expected);
}

// CREATE TABLE t3 (a int, b int); CREATE TABLE t3_a_key (z int);
// ALTER TABLE t3 ADD UNIQUE (a); ALTER TABLE t3 ADD CHECK (a > 0);
// ALTER TABLE t3 ADD PRIMARY KEY (b); ALTER TABLE t3 ADD FOREIGN KEY (a)
//   REFERENCES t1;
TEST_F(NameConstraintsTest, AlterTableAndRelationCollisions) {
  addTable(M, QualifiedName("t1"), {"a"});
  Table *T = addTable(M, QualifiedName("t3"), {"a", "b"});
  addTable(M, QualifiedName("t3_a_key"), {"z"});
  T->Constraints.push_back(key(Constraint::Kind::Unique, {"a"}));
  T->Constraints.push_back(check(bin(">", col("a"), num("0"))));
  T->Constraints.push_back(key(Constraint::Kind::PrimaryKey, {"b"}));
  T->Constraints.push_back(foreignKey({"a"}, QualifiedName("t1")));
  for (Constraint &C : T->Constraints)
    C.AddedByAlter = true;
  runPipeline(M, "name-constraints");
  EXPECT_EQ(constraintNames(*T),
            (std::vector<std::string>{"t3_a_key1", "t3_a_check", "t3_pkey",
                                      "t3_a_fkey"}));
}

// Constraint names collide across the tables of a schema, but only with
// those created earlier: CREATE TABLE t4 (c int CONSTRAINT t5_c_check ...);
// CREATE TABLE t5 (c int CHECK (c > 0)) gives t5_c_check1, the other order
// gives t5_c_check.
TEST_F(NameConstraintsTest, ConstraintNamesOfEarlierTables) {
  Table *T4 = addTable(M, QualifiedName("t4"), {"c"});
  T4->Constraints.push_back(check(bin(">", col("c"), num("0")), "t5_c_check"));
  Table *T5 = addTable(M, QualifiedName("t5"), {"c"});
  T5->Constraints.push_back(check(bin(">", col("c"), num("0"))));
  Module M2(Ctx);
  M2.setSearchPath({"n"});
  Table *U5 = addTable(M2, QualifiedName("t5"), {"c"});
  U5->Constraints.push_back(check(bin(">", col("c"), num("0"))));
  Table *U4 = addTable(M2, QualifiedName("t4"), {"c"});
  U4->Constraints.push_back(check(bin(">", col("c"), num("0")), "t5_c_check"));
  // Another schema does not collide.
  Table *Other = addTable(M, QualifiedName("o", "t5"), {"c"});
  Other->Constraints.push_back(check(bin(">", col("c"), num("0"))));
  runPipeline(M, "name-constraints");
  runPipeline(M2, "name-constraints");
  EXPECT_EQ(T5->Constraints[0].Name, "t5_c_check1");
  EXPECT_EQ(U5->Constraints[0].Name, "t5_c_check");
  EXPECT_EQ(Other->Constraints[0].Name, "t5_c_check");
}

// CREATE DOMAIN d1 AS int CHECK (VALUE > 0) CHECK (VALUE < 10);
TEST_F(NameConstraintsTest, DomainChecks) {
  auto D = std::make_unique<Domain>(Location(), QualifiedName("d1"),
                                    DataType(TypeKind::Integer));
  for (const char *Op : {">", "<"}) {
    DomainCheck C;
    C.Check = bin(Op, col("value"), num("0"));
    D->Checks.push_back(std::move(C));
  }
  Domain *Dom = M.append(std::move(D));
  runPipeline(M, "name-constraints");
  EXPECT_EQ(Dom->Checks[0].Name, "d1_check");
  EXPECT_EQ(Dom->Checks[1].Name, "d1_check1");
}

// CREATE TABLE t7 (r int, EXCLUDE USING btree (r WITH =),
//   EXCLUDE USING btree ((r+1) WITH =));
TEST_F(NameConstraintsTest, ExclusionConstraints) {
  Table *T = addTable(M, QualifiedName("t7"), {"r"});
  for (int I = 0; I != 2; ++I) {
    Constraint C;
    C.K = Constraint::Kind::Exclusion;
    C.ExclusionMethod = "btree";
    ExclusionElement E;
    E.Operator = "=";
    E.Element = I == 0 ? colElem("r") : exprElem(bin("+", col("r"), num("1")));
    C.Exclusions.push_back(std::move(E));
    T->Constraints.push_back(std::move(C));
  }
  runPipeline(M, "name-constraints");
  EXPECT_EQ(constraintNames(*T),
            (std::vector<std::string>{"t7_r_excl", "t7_expr_excl"}));
}

TEST_F(NameConstraintsTest, ExplicitIndexNamesAreAvoided) {
  addTable(M, QualifiedName("t"), {"x"});
  Index *Unnamed = addIndex(M, QualifiedName("t"), {});
  Unnamed->Elements.push_back(colElem("x"));
  Index *Named = addIndex(M, QualifiedName("t"), {}, "t_x_idx");
  Named->Elements.push_back(colElem("x"));
  runPipeline(M, "name-constraints");
  EXPECT_EQ(Unnamed->getName().Name, "t_x_idx1");
  EXPECT_EQ(M.lookupIndex(QualifiedName("t_x_idx1")), Unnamed);
}

TEST_F(NameConstraintsTest, OptionsSelectWhatIsNamed) {
  Table *T = addTable(M, QualifiedName("t"), {"x"});
  T->Constraints.push_back(key(Constraint::Kind::PrimaryKey, {"x"}));
  Index *I = addIndex(M, QualifiedName("t"), {});
  I->Elements.push_back(colElem("x"));
  runPipeline(M, "name-constraints<no-indexes>");
  EXPECT_EQ(T->Constraints[0].Name, "t_pkey");
  EXPECT_FALSE(I->isNamed());
  T->Constraints[0].Name.clear();
  runPipeline(M, "name-constraints<no-constraints>");
  EXPECT_EQ(T->Constraints[0].Name, "");
  EXPECT_EQ(I->getName().Name, "t_x_idx");
}

TEST_F(NameConstraintsTest, MaxLengthOption) {
  Table *T = addTable(M, QualifiedName("customer_accounts"), {"email_address"});
  T->Constraints.push_back(key(Constraint::Kind::Unique, {"email_address"}));
  runPipeline(M, "name-constraints<max-length=20>");
  // 20 bytes: 15 for the names, split by shortening the longer first.
  EXPECT_EQ(T->Constraints[0].Name, "customer_email_a_key");
}

TEST(PostgresNames, Helpers) {
  EXPECT_EQ(pgnames::makeObjectName("t", "", "pkey"), "t_pkey");
  EXPECT_EQ(pgnames::makeObjectName("t", "a", ""), "t_a");
  EXPECT_EQ(pgnames::clipUTF8("\xC3\xA9\xC3\xA9", 3), "\xC3\xA9");
  EXPECT_EQ(pgnames::joinNameParts({"a", "b", "c"}), "a_b_c");
  EXPECT_EQ(
      pgnames::joinNameParts({std::string(40, 'x'), std::string(40, 'y'), "z"})
          .size(),
      81u)
      << "stops after the part that passes NAMEDATALEN";
  EXPECT_EQ(pgnames::uniquifyColumnNames({"a", "a", "a", "b"}),
            (std::vector<std::string>{"a", "a1", "a2", "b"}));
}
