//===- IRTextTest.cpp - Textual IR printer and parser tests ---------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "IRLexer.h"
#include "IRSyntax.h"
#include "IRTestUtil.h"

#include "schemac/ir/IRParser.h"
#include "schemac/ir/IRPrinter.h"
#include "schemac/ir/NodeFields.h"
#include "schemac/ir/StructuralEquality.h"
#include "schemac/ir/Verifier.h"
#include "schemac/ir/Walk.h"
#include "schemac/support/Diagnostic.h"
#include "schemac/support/Limits.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/thread.h"

#include "gtest/gtest.h"

#include <fstream>
#include <random>
#include <set>
#include <sstream>

using namespace schemac;
using namespace schemac::irtest;

namespace {

TEST(IRText, RoundTripWithoutLocations) {
  Context Ctx;
  auto M = buildEveryNodeModule(Ctx);
  std::string Text1 = printToString(*M);
  std::string Errors;
  auto M2 = parseFromString(Ctx, Text1, Errors);
  ASSERT_TRUE(M2) << Errors << "\n" << Text1;
  EXPECT_EQ(compareModules(*M, *M2, /*CompareLocations=*/false), "");
  std::string Text2 = printToString(*M2);
  EXPECT_EQ(Text1, Text2);
}

TEST(IRText, RoundTripWithLocations) {
  Context Ctx;
  auto M = buildEveryNodeModule(Ctx);
  std::string Text1 = printToString(*M, /*PrintLocations=*/true);
  std::string Errors;
  auto M2 = parseFromString(Ctx, Text1, Errors);
  ASSERT_TRUE(M2) << Errors << "\n" << Text1;
  EXPECT_EQ(compareModules(*M, *M2, /*CompareLocations=*/true), "");
  EXPECT_EQ(Text1, printToString(*M2, /*PrintLocations=*/true));
  // Without locations the text is the same as the original's.
  EXPECT_EQ(printToString(*M), printToString(*M2));
}

TEST(IRText, ComparisonDetectsDifferences) {
  // The comparison helper is what the round-trip tests rely on.
  Context Ctx;
  auto A = buildEveryNodeModule(Ctx);
  auto B = buildEveryNodeModule(Ctx);
  EXPECT_EQ(compareModules(*A, *B, true), "");
  auto *T = B->lookupTable(QualifiedName("app", "t"));
  ASSERT_TRUE(T);
  T->Constraints[0].IndexTablespace = "other";
  EXPECT_NE(compareModules(*A, *B, false), "");
  T->Constraints[0].IndexTablespace = "fast";
  T->Columns[0].Loc.Col += 1;
  EXPECT_EQ(compareModules(*A, *B, false), "");
  EXPECT_NE(compareModules(*A, *B, true), "");
}

TEST(IRText, CloneRoundTrips) {
  Context Ctx;
  auto M = buildEveryNodeModule(Ctx);
  auto C = M->clone();
  EXPECT_EQ(compareModules(*M, *C, true), "");
  EXPECT_EQ(printToString(*M, true), printToString(*C, true));
}

TEST(IRText, GoldenSmallModule) {
  Context Ctx;
  auto M = std::make_unique<Module>(Ctx, "demo.sql");
  auto T = M->append(
      std::make_unique<Table>(Location(), QualifiedName("public", "actor")));
  DataType Int(TypeKind::Integer);
  Int.Spelling = "integer";
  Column C(Location(), "actor_id", Int);
  C.NotNull = true;
  C.Default = std::make_unique<FuncCall>(Location(),
                                         std::vector<std::string>{"nextval"});
  T->Columns.push_back(std::move(C));
  DataType Date(TypeKind::Date);
  T->Columns.push_back(Column(Location(), "date", Date));
  Constraint PK;
  PK.K = Constraint::Kind::PrimaryKey;
  PK.Name = "actor_pkey";
  PK.Columns = {"actor_id"};
  T->Constraints.push_back(std::move(PK));
  T->Owner = "postgres";
  auto V = M->append(
      std::make_unique<View>(Location(), QualifiedName("public", "v"), false));
  auto P = std::make_unique<Project>(
      Location(),
      std::make_unique<Filter>(
          Location(),
          std::make_unique<Scan>(Location(), QualifiedName("actor")),
          std::make_unique<BinaryOp>(
              Location(), ">",
              std::make_unique<ColumnRef>(Location(),
                                          std::vector<std::string>{"actor_id"}),
              std::make_unique<Literal>(Location(), Literal::LitKind::Integer,
                                        "1"))));
  P->Items.push_back(SelectItem{
      std::make_unique<ColumnRef>(Location(), std::vector<std::string>{"date"}),
      "d", true});
  V->Query = std::move(P);
  EXPECT_EQ(printToString(*M), R"(module "demo.sql"

table public.actor owner postgres {
  column actor_id : integer "integer" not_null default (call nextval)
  column "date" : date
  constraint actor_pkey primary_key [actor_id]
}
view public.v {
  project [(col "date") as d]
    filter (binary ">" (col actor_id) (lit int 1))
      scan actor
}
)");
}

TEST(IRText, LocationsComeFromTheSirBuffer) {
  Context Ctx;
  std::string Errors;
  auto M = parseFromString(Ctx,
                           "module\n"
                           "// a comment\n"
                           "table t {\n"
                           "  column a : integer default (lit int 1)\n"
                           "  constraint primary_key [a] loc(\"x.sql\":7:3)\n"
                           "}\n",
                           Errors, "locs.sir");
  ASSERT_TRUE(M) << Errors;
  auto *T = M->lookupTable(QualifiedName("t"));
  ASSERT_TRUE(T);
  uint32_t File = Ctx.getOrAddFileName("locs.sir");
  EXPECT_EQ(T->Loc, Location(File, 3, 1));
  EXPECT_EQ(T->Columns[0].Loc, Location(File, 4, 3));
  EXPECT_EQ(T->Columns[0].Default->Loc, Location(File, 4, 30));
  EXPECT_EQ(T->Constraints[0].Loc,
            Location(Ctx.getOrAddFileName("x.sql"), 7, 3));
  EXPECT_EQ(Ctx.getFileName(T->Constraints[0].Loc.File), "x.sql");
}

TEST(IRText, UnknownLocationRoundTrips) {
  Context Ctx;
  std::string Errors;
  auto M = parseFromString(Ctx, "module\nschema s loc(unknown)\n", Errors);
  ASSERT_TRUE(M) << Errors;
  EXPECT_EQ(M->objects()[0]->Loc, Location());
  EXPECT_EQ(printToString(*M, true), "module\n\nschema s loc(unknown)\n");
}

TEST(IRText, PrintSingleNodes) {
  Context Ctx;
  auto M = std::make_unique<Module>(Ctx);
  std::string S;
  llvm::raw_string_ostream OS(S);
  Literal L(Location(), Literal::LitKind::String, "a\"b");
  printExpr(*M, L, OS);
  OS << '|';
  auto J = std::make_unique<Join>(
      Location(), Join::JoinKind::Inner,
      std::make_unique<Scan>(Location(), QualifiedName("a")), nullptr);
  printRel(*M, *J, OS);
  OS << '|';
  SchemaDecl Sch(Location(), "table");
  printObject(*M, Sch, OS);
  EXPECT_EQ(OS.str(), "(lit str \"a\\\"b\")|join inner\n  scan a\n  none|"
                      "schema \"table\"\n");
}

TEST(IRText, HandWrittenInputIsAccepted) {
  // Attributes in any order, keywords as names where unambiguous, comments.
  Context Ctx;
  std::string Errors;
  auto M = parseFromString(Ctx, R"(module "m" search_path [app, public]
set x = "1" local // trailing comment
table app.t owner bob if_not_exists {
  column id : bigint not_null
  column "date" : date
  constraint pk primary_key [id]
  constraint fk foreign_key [id] on_delete cascade references app.u [id]
}
index i on app.t [id desc nulls_last, (call lower (col "date"))] unique
view v { project [(col id)]
  scan app.t }
)",
                           Errors);
  ASSERT_TRUE(M) << Errors;
  EXPECT_EQ(M->size(), 4u);
  auto *T = M->lookupTable(QualifiedName("t"));
  ASSERT_TRUE(T);
  EXPECT_TRUE(T->IfNotExists);
  EXPECT_EQ(T->Owner, "bob");
  EXPECT_EQ(T->Constraints[1].OnDelete, ForeignKeyAction::Cascade);
  auto *I = M->lookupIndex(QualifiedName("app", "i"));
  ASSERT_TRUE(I);
  EXPECT_TRUE(I->Unique);
  EXPECT_EQ(I->Elements[0].Direction, SortDirection::Desc);
  // Printing normalizes the order; that text parses to the same module.
  std::string Text = printToString(*M);
  auto M2 = parseFromString(Ctx, Text, Errors);
  ASSERT_TRUE(M2) << Errors;
  EXPECT_EQ(compareModules(*M, *M2, false), "");
}

//===----------------------------------------------------------------------===//
// Keywords and quoting
//===----------------------------------------------------------------------===//

TEST(IRText, EveryPrintedKeywordIsAKeyword) {
  // Every word of the field descriptions (keywords, flags, line heads) and
  // every word the printer writes itself must be in the keyword table, or
  // names equal to it would be printed bare and misparsed.
  unsigned Checked = 0;
  auto Check = [&](llvm::StringRef W) {
    if (W.empty() || !isalpha(static_cast<unsigned char>(W.front())))
      return;
    EXPECT_TRUE(irsyntax::isKeyword(W))
        << "the IR writes '" << W.str() << "' which is not a keyword";
    ++Checked;
  };
  forEachDescribedType([&]<class T>(const char *) {
    forEachField<T>([&](const auto &F) {
      if (F.Form == TextForm::Hidden)
        return;
      Check(F.Word);
      if (F.Form == TextForm::Choice || F.KwBy)
        Check(F.Word2);
      Check(F.Sep);
      using M = typename std::decay_t<decltype(F)>::Member;
      // Spellings that stand alone (after a keyword they need not be one:
      // the operator kinds after op_kind are not).
      if constexpr (std::is_enum_v<M>)
        if (F.Form != TextForm::Kw)
          for (const auto &S : F.Names)
            Check(S.Name);
    });
  });
  EXPECT_GT(Checked, 150u);
  std::ifstream In(std::string(SCHEMAC_SOURCE_DIR) + "/ir/IRPrinter.cpp");
  ASSERT_TRUE(In.good());
  std::stringstream Buf;
  Buf << In.rdbuf();
  std::string Src = Buf.str();
  llvm::Regex Word("\"( ?)([a-z_]+)( ?)\"");
  std::set<std::string> Allowed = {"postgres", "public"};
  llvm::StringRef Rest = Src;
  llvm::SmallVector<llvm::StringRef, 4> Groups;
  while (Word.match(Rest, &Groups)) {
    std::string W = Groups[2].str();
    if (!Allowed.count(W))
      Check(W);
    Rest = Rest.substr(Groups[0].data() - Rest.data() + Groups[0].size());
  }
}

TEST(IRText, NamesEqualToKeywordsAreQuoted) {
  Context Ctx;
  std::vector<std::string> Words = {
      "table",     "column",   "constraint", "primary_key", "unique",  "check",
      "loc",       "none",     "distinct",   "over",        "filter",  "as",
      "with",      "cte",      "null",       "true",        "integer", "user",
      "not_valid", "order_by", "dialect",    "search_path", "alias"};
  for (const std::string &W : Words) {
    auto M = std::make_unique<Module>(Ctx, W);
    M->Dialect = W;
    M->setSearchPath({W});
    auto T =
        M->append(std::make_unique<Table>(Location(), QualifiedName(W, W)));
    DataType UT(TypeKind::UserDefined);
    UT.Name = QualifiedName(W, W);
    Column C(Location(), W, UT);
    C.Default = std::make_unique<FuncCall>(
        Location(), std::vector<std::string>{W}, std::vector<ExprPtr>());
    T->Columns.push_back(std::move(C));
    Constraint K;
    K.K = Constraint::Kind::Check;
    K.Name = W;
    K.Check =
        std::make_unique<ColumnRef>(Location(), std::vector<std::string>{W});
    T->Constraints.push_back(std::move(K));
    auto D = M->append(std::make_unique<Domain>(Location(), QualifiedName(W),
                                                DataType(TypeKind::Text)));
    D->Checks.push_back(DomainCheck{W, nullptr, true, Location()});
    auto V =
        M->append(std::make_unique<View>(Location(), QualifiedName(W), false));
    auto P = std::make_unique<Project>(
        Location(), std::make_unique<Scan>(Location(), QualifiedName(W)));
    auto Call = std::make_unique<FuncCall>(
        Location(), std::vector<std::string>{W}, std::vector<ExprPtr>());
    Call->Args.push_back(std::make_unique<Param>(Location(), 0, W));
    Call->ArgNames = {W};
    P->Items.push_back(SelectItem{std::move(Call), W, true});
    V->Query = std::move(P);
    std::string Text = printToString(*M);
    std::string Errors;
    auto M2 = parseFromString(Ctx, Text, Errors);
    ASSERT_TRUE(M2) << W << ": " << Errors << Text;
    EXPECT_EQ(compareModules(*M, *M2, false), "") << W << "\n" << Text;
    EXPECT_EQ(Text, printToString(*M2));
  }
}

TEST(IRText, StringEscapes) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  irsyntax::printString(OS, llvm::StringRef("a\"\\\n\t\r\x01\x7f\xc3\xa9\xff"
                                            "\xc3",
                                            12));
  EXPECT_EQ(OS.str(), "\"a\\\"\\\\\\n\\t\\r\\x01\\x7f\xc3\xa9\\xff\\xc3\"");
  EXPECT_EQ(IRLexer::decodeString(OS.str()),
            std::string("a\"\\\n\t\r\x01\x7f\xc3\xa9\xff\xc3"));
  std::string Nul(1, '\0');
  std::string T;
  llvm::raw_string_ostream OS2(T);
  irsyntax::printString(OS2, Nul);
  EXPECT_EQ(OS2.str(), "\"\\x00\"");
  EXPECT_EQ(IRLexer::decodeString(OS2.str()), Nul);
}

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

struct ErrorCase {
  llvm::StringRef Input;
  const char *Message; ///< "line:col: error: text"
};

TEST(IRText, ParseErrorsHaveExactPositions) {
  const ErrorCase Cases[] = {
      {"", "test.sir:1:1: error: expected 'module' at the start of the IR"},
      {"module\ntabel t\n", "test.sir:2:1: error: unknown object kind 'tabel'"},
      {"module\ntable t tablespace\n",
       "test.sir:3:1: error: expected tablespace name"},
      {"module\ntable t tabelspace x\n",
       "test.sir:2:9: error: unknown table attribute 'tabelspace'"},
      {"module\ntable t {\n  column a integer\n}\n",
       "test.sir:3:12: error: expected ':' after column name"},
      {"module\ntable t {\n  column a : intger\n}\n",
       "test.sir:3:14: error: unknown type kind 'intger'"},
      {"module\ntable t {\n  column a : integer nut_null\n}\n",
       "test.sir:3:22: error: unknown column attribute 'nut_null'"},
      {"module\ntable t {\n  constraint pk primary_key [a, b\n}\n",
       "test.sir:4:1: error: expected ']' after column list"},
      {"module\ntable t {\n  constraint pk primry_key [a]\n}\n",
       "test.sir:3:17: error: expected constraint kind (one of 'primary_key', "
       "'unique', 'foreign_key', 'check', 'exclusion')"},
      {"module\ntable t {\n  column a : integer default (colx a)\n}\n",
       "test.sir:3:31: error: unknown expression kind 'colx'"},
      {"module\ntable t {\n  column a : integer default (col a\n}\n",
       "test.sir:4:1: error: expected ')' to close 'col' expression"},
      {"module\ntable t {\n  column a : integer default (binary \"=\" (col a) "
       "(col b) bogus)\n}\n",
       "test.sir:3:58: error: unexpected 'bogus' in 'binary' expression"},
      {"module\nview v {\n  projekt []\n}\n",
       "test.sir:3:3: error: unknown relational operator 'projekt'"},
      {"module\nview v {\n  join sideways\n}\n",
       "test.sir:3:8: error: expected join kind (one of 'inner', 'left', "
       "'right', 'full', 'cross')"},
      {"module\nview v {\n  filter (lit true)\n}\n",
       "test.sir:4:1: error: expected relational operator"},
      {"module\nschema \"abc\n", "test.sir:2:8: error: unterminated string"},
      {"module\nschema \"a\\qb\"\n",
       "test.sir:2:10: error: unknown escape sequence in string"},
      {"module\nschema \"a\\x4\"\n",
       "test.sir:2:10: error: expected two hex digits after '\\x'"},
      // No SQL text or name holds a NUL byte: DDL with one would not load.
      {"module\nschema \"a\\x00\"\n",
       "test.sir:2:10: error: NUL byte in string (no SQL text or name can "
       "hold one)"},
      {llvm::StringRef("module\nschema \"a\0b\"\n", 20),
       "test.sir:2:10: error: NUL byte in string (no SQL text or name can "
       "hold one)"},
      {"module\nschema s $\n",
       "test.sir:2:10: error: unexpected character '$'"},
      {"module\nschema s\n}\n",
       "test.sir:3:1: error: unexpected '}' after schema"},
      {"module\nsequence s start x\n",
       "test.sir:2:18: error: expected integer after 'start'"},
      {"module\nsequence s start 99999999999999999999\n",
       "test.sir:2:18: error: expected integer after 'start'"},
      {"module\nschema s loc(\"f\":1)\n",
       "test.sir:2:19: error: expected ':' after the line of the location"},
      {"module\ntable t {\n  column a : user\n}\n",
       "test.sir:4:1: error: expected '<' and the type name after 'user'"},
      {"module\nset a.b = \"x\"\n",
       "test.sir:2:5: error: a setting name cannot be qualified"},
      {"module\ndomain d : integer {\n  chek (lit true)\n}\n",
       "test.sir:3:3: error: expected 'check' or '}' in domain body"},
      {"module\ntable t partition_by ranges [a]\n",
       "test.sir:2:22: error: expected partition strategy (one of 'range', "
       "'list', 'hash')"},
      {"module\nschema s 12abc\n",
       "test.sir:2:12: error: invalid character in number"},
  };
  for (const ErrorCase &C : Cases) {
    Context Ctx;
    std::string Errors;
    auto M = parseFromString(Ctx, C.Input, Errors);
    EXPECT_FALSE(M) << C.Input.str();
    EXPECT_EQ(Errors.substr(0, Errors.find('\n')), C.Message) << C.Input.str();
  }
}

/// Runs \p Body on a thread with the stack the tools give the readers
/// (LoweringStackBytes): the main thread's is whatever the environment says,
/// and an unoptimized ASan build needs more than 8 MB at the nesting limit.
static void onToolStack(llvm::function_ref<void()> Body) {
  runOnStack(LoweringStackBytes, Body);
}

TEST(IRText, DeepNestingIsAnErrorNotACrash) {
  onToolStack([] {
    std::string Text = "module\ntable t {\n  column a : integer default ";
    for (int I = 0; I != 5000; ++I)
      Text += "(unary \"-\" ";
    Text += "(lit int 1)";
    for (int I = 0; I != 5000; ++I)
      Text += ")";
    Text += "\n}\n";
    Context Ctx;
    std::string Errors;
    EXPECT_FALSE(parseFromString(Ctx, Text, Errors));
    EXPECT_NE(Errors.find("IR is nested too deeply"), std::string::npos);
  });
}

/// A chain of 100,000 operators is one level deep: it reads, prints, copies,
/// compares, hashes and is destroyed without recursing per link (issue 7).
TEST(IRText, LongChainsAreFlat) {
  std::string Text = "module\n\ntable t {\n  column a : integer default "
                     "(chain (lit int 0)";
  for (int I = 0; I != 100000; ++I)
    Text += I % 2 ? " \"-\" (lit int 1)" : " \"+\" (col a)";
  Text += ")\n}\n";
  Context Ctx;
  std::string Errors;
  auto M = parseFromString(Ctx, Text, Errors);
  ASSERT_TRUE(M) << Errors;
  EXPECT_EQ(printToString(*M), Text);
  const auto &T = llvm::cast<Table>(*M->objects().front());
  const Expr &Default = *T.Columns.front().Default;
  ASSERT_TRUE(llvm::isa<OpChain>(Default));
  EXPECT_EQ(llvm::cast<OpChain>(Default).Links.size(), 100000u);
  EXPECT_FALSE(findTooDeep(T, MaxNestingDepth));
  ExprPtr Copy = Default.clone();
  EXPECT_TRUE(structurallyEqual(Default, *Copy));
  EXPECT_EQ(structuralHash(Default), structuralHash(*Copy));
  llvm::cast<OpChain>(*Copy).Links.back().Op = "+";
  EXPECT_FALSE(structurallyEqual(Default, *Copy));
}

/// findTooDeep() counts as the readers do: the IR they accept has nothing
/// too deep, and one level more is found, at the innermost node.
TEST(IRText, FindTooDeepCountsLikeTheReaders) {
  onToolStack([] {
    for (int Levels : {1000, 1001}) {
      std::string Text = "module\ntable t {\n  column a : integer default ";
      for (int I = 1; I != Levels; ++I)
        Text += "(unary \"-\" ";
      Text += "(lit int 1)";
      for (int I = 1; I != Levels; ++I)
        Text += ")";
      Text += "\n}\n";
      Context Ctx;
      std::string Errors;
      auto M = parseFromString(Ctx, Text, Errors);
      EXPECT_EQ(bool(M), Levels == 1000) << Errors;
    }
    ExprPtr E =
        std::make_unique<Literal>(Location(), Literal::LitKind::Integer, "1");
    const Expr *Innermost = E.get();
    for (int I = 1; I != 1001; ++I)
      E = std::make_unique<UnaryOp>(Location(), "-", std::move(E));
    TooDeepNode Deep = findTooDeep(*E, MaxNestingDepth);
    EXPECT_EQ(Deep.E, Innermost);
    EXPECT_STREQ(Deep.getNoun(), "expression");
    EXPECT_FALSE(
        findTooDeep(*llvm::cast<UnaryOp>(*E).Operand, MaxNestingDepth));
  });
}

/// Random truncations and byte mutations of a valid file either parse or
/// give a diagnostic; they never crash or hang (run under ASan in CI).
TEST(IRText, MutatedInputNeverCrashes) {
  Context BaseCtx;
  auto M = buildEveryNodeModule(BaseCtx);
  std::string Base = printToString(*M, /*PrintLocations=*/true);
  std::mt19937 Rng(12345);
  const char Interesting[] = "()[]{}<>,.:=*\"\\ \n/-0a";
  unsigned Failures = 0, Successes = 0;
  for (int Iter = 0; Iter != 400; ++Iter) {
    std::string Text = Base;
    switch (Iter % 4) {
    case 0:
      Text.resize(Rng() % Text.size());
      break;
    case 1:
      for (int K = 0; K != 3; ++K)
        Text[Rng() % Text.size()] =
            Interesting[Rng() % (sizeof(Interesting) - 1)];
      break;
    case 2:
      Text.erase(Rng() % Text.size(), 1 + Rng() % 20);
      break;
    case 3: {
      size_t From = Rng() % Text.size(), Len = Rng() % 200;
      Text.insert(Rng() % Text.size(), Text.substr(From, Len));
      break;
    }
    }
    Context Ctx;
    std::string Errors;
    auto R = parseFromString(Ctx, Text, Errors);
    if (R) {
      ++Successes;
      // Whatever parsed prints and parses back to the same text.
      std::string P = printToString(*R, true);
      auto R2 = parseFromString(Ctx, P, Errors);
      ASSERT_TRUE(R2) << Errors;
      EXPECT_EQ(P, printToString(*R2, true));
      // The verifier copes with whatever the parser accepts.
      StringDiagnostics D(Ctx);
      (void)verifyModule(*R, D.Diags);
    } else {
      ++Failures;
      EXPECT_NE(Errors.find("error:"), std::string::npos);
    }
  }
  EXPECT_GT(Failures, 100u);
  EXPECT_GT(Successes, 0u);
}

} // namespace
