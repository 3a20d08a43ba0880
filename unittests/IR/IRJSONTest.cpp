//===- IRJSONTest.cpp - JSON form of the IR -------------------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "IRTestUtil.h"

#include "schemac/ir/IRJSON.h"
#include "schemac/support/Diagnostic.h"
#include "schemac/support/DiagnosticPrinters.h"

#include "llvm/Support/MemoryBuffer.h"

#include "gtest/gtest.h"

#include <nlohmann/json.hpp>

using namespace schemac;
using namespace schemac::irtest;
using nlohmann::json;

namespace {

/// Reads JSON text through parseIRModuleJSON(); errors go to \p Errors.
std::unique_ptr<Module> readJSONText(Context &Ctx, llvm::StringRef Text,
                                     std::string &Errors) {
  StringDiagnostics D(Ctx);
  auto M =
      parseIRModuleJSON(Ctx, addTestBuffer(Ctx, Text, "test.json"), D.Diags);
  Errors += D.text();
  return D.Diags.hasErrors() ? nullptr : std::move(M);
}

std::string toText(const Module &M, bool Locs) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  IRPrintOptions Opts;
  Opts.PrintLocations = Locs;
  printModuleJSON(M, OS, Opts);
  return OS.str();
}

TEST(IRJSON, InMemoryRoundTripKeepsEveryField) {
  Context Ctx;
  auto M = buildEveryNodeModule(Ctx);
  for (bool Locs : {false, true}) {
    IRPrintOptions Opts;
    Opts.PrintLocations = Locs;
    json J = moduleToJSON(*M, Opts);
    DiagnosticEngine Diags(Ctx);
    auto M2 = moduleFromJSON(Ctx, J, 0, Diags);
    ASSERT_TRUE(M2);
    EXPECT_FALSE(Diags.hasErrors());
    EXPECT_EQ(compareModules(*M, *M2, Locs), "");
    // JSON -> module -> text equals the original text.
    EXPECT_EQ(printToString(*M, Locs), printToString(*M2, Locs));
    EXPECT_EQ(moduleToJSON(*M2, Opts), J);
  }
}

/// A column's rare attributes (Column::Details) are out of line so that a
/// million plain columns do not pay for them: the readers and copies must
/// not create them for a column that has none (issue 7, item 10).
TEST(IRJSON, ColumnDetailsStayAbsentWhenEmpty) {
  Context Ctx;
  std::string Errors;
  auto M = parseFromString(Ctx, R"(module "m"
table t {
  column a : integer "integer" not_null
  column b : text "text" collate "C"
}
)",
                           Errors);
  ASSERT_TRUE(M) << Errors;
  auto Check = [](const Module &X, const char *What) {
    const Table *T = X.lookupTable(QualifiedName("t"));
    ASSERT_TRUE(T) << What;
    EXPECT_FALSE(T->Columns[0].More) << What;
    ASSERT_TRUE(T->Columns[1].More) << What;
    EXPECT_EQ(T->Columns[1].collation().Name, "C") << What;
  };
  Check(*M, "text IR");
  Check(*M->clone(), "clone");
  auto J = readJSONText(Ctx, toText(*M, false), Errors);
  ASSERT_TRUE(J) << Errors;
  Check(*J, "JSON");
}

TEST(IRJSON, TextRoundTrip) {
  // Through printed JSON text; the kitchen-sink module holds invalid UTF-8,
  // which JSON text cannot carry, so drop those objects first.
  Context Ctx;
  auto M = buildEveryNodeModule(Ctx);
  for (Object *O : M->getObjects<OpaqueObject>())
    M->remove(O);
  for (View *V : M->getObjects<View>())
    M->remove(V);
  std::string Text = toText(*M, /*Locs=*/true);
  std::string Errors;
  auto M2 = readJSONText(Ctx, Text, Errors);
  ASSERT_TRUE(M2) << Errors;
  EXPECT_EQ(compareModules(*M, *M2, true), "");
  EXPECT_EQ(toText(*M2, true), Text);
}

TEST(IRJSON, InvalidUTF8IsReplacedNotFatal) {
  Context Ctx;
  auto M = std::make_unique<Module>(Ctx);
  M->append(std::make_unique<OpaqueObject>(Location(), QualifiedName("f"),
                                           "function",
                                           "a\xff"
                                           "b",
                                           "postgres"));
  std::string Text = toText(*M, false);
  EXPECT_NE(Text.find("a\xef\xbf\xbd"
                      "b"),
            std::string::npos)
      << Text;
}

TEST(IRJSON, ShapeOfTheDocument) {
  Context Ctx;
  auto M = std::make_unique<Module>(Ctx, "m.sql");
  auto T = M->append(
      std::make_unique<Table>(Location(), QualifiedName("public", "t")));
  DataType VC(TypeKind::Varchar);
  VC.Modifiers = {"10"};
  T->Columns.push_back(Column(Location(), "a", VC));
  T->Columns.back().Default =
      std::make_unique<Literal>(Location(), Literal::LitKind::String, "x");
  json J = moduleToJSON(*M);
  EXPECT_EQ(J, json::parse(R"({
    "name": "m.sql", "dialect": "postgres", "search_path": ["public"],
    "objects": [{
      "kind": "table", "name": {"schema": "public", "name": "t"},
      "columns": [{
        "name": "a",
        "type": {"kind": "varchar", "modifiers": ["10"]},
        "default": {"kind": "lit", "lit_kind": "str", "value": "x"}
      }]
    }]
  })"));
  // Keys are sorted, so the text is stable.
  std::string Text = toText(*M, false);
  EXPECT_LT(Text.find("\"dialect\""), Text.find("\"name\""));
  EXPECT_EQ(Text, toText(*M, false));
}

TEST(IRJSON, LocationsOnlyWhenAsked) {
  Context Ctx;
  uint32_t F = Ctx.getOrAddFileName("a.sql");
  auto M = std::make_unique<Module>(Ctx);
  M->append(std::make_unique<SchemaDecl>(Location(F, 3, 7), "s"));
  M->append(std::make_unique<SchemaDecl>(Location(), "u"));
  EXPECT_FALSE(moduleToJSON(*M)["objects"][0].contains("loc"));
  IRPrintOptions Opts;
  Opts.PrintLocations = true;
  json J = moduleToJSON(*M, Opts);
  EXPECT_EQ(J["objects"][0]["loc"],
            json::parse(R"({"file": "a.sql", "line": 3, "col": 7})"));
  EXPECT_TRUE(J["objects"][1]["loc"].is_null());
}

struct JSONErrorCase {
  const char *Input;
  const char *Message;
};

TEST(IRJSON, ErrorsAreDiagnostics) {
  const JSONErrorCase Cases[] = {
      {"{\"objects\": [}",
       "test.json:1:14: error: invalid JSON: syntax error while parsing value "
       "- unexpected '}'; expected '[', '{', or a literal"},
      {"{\n  \"objects\": 3\n}",
       "test.json:1:1: error: invalid IR JSON at '/': expected an array for "
       "'objects'"},
      {R"({"objects": [{"kind": "tabel", "name": {"name": "t"}}]})",
       "test.json:1:1: error: invalid IR JSON at '/objects/0/kind': unknown "
       "value 'tabel' (expected one of 'set', 'schema', 'enum', 'domain', "
       "'sequence', 'table', 'view', 'index', 'opaque')"},
      {R"({"objects": [{"kind": "table"}]})",
       "test.json:1:1: error: invalid IR JSON at '/objects/0': missing key "
       "'name'"},
      {R"({"objects": [{"kind": "table", "name": {"name": "t"}, "colums": []}]})",
       "test.json:1:1: error: invalid IR JSON at '/objects/0': unknown key "
       "'colums'"},
      {R"({"objects": [{"kind": "table", "name": {"name": "t"},
           "columns": [{"name": "a", "type": {"kind": "integer"},
                        "not_null": "yes"}]}]})",
       "test.json:1:1: error: invalid IR JSON at "
       "'/objects/0/columns/0/not_null': expected a boolean"},
      {R"({"objects": [{"kind": "table", "name": {"name": "t"},
           "columns": [{"name": "a", "type": {"kind": "integer"},
                        "default": {"kind": "lit"}}]}]})",
       "test.json:1:1: error: invalid IR JSON at "
       "'/objects/0/columns/0/default': missing key 'lit_kind'"},
      {R"({"objects": [{"kind": "view", "name": {"name": "v"},
           "query": {"kind": "scan", "table": 5}}]})",
       "test.json:1:1: error: invalid IR JSON at '/objects/0/query/table': "
       "expected an object"},
      {R"([1, 2])", "test.json:1:1: error: invalid IR JSON at '/': expected an "
                    "object"},
      // No SQL text or name holds a NUL byte: DDL with one would not load.
      {R"({"objects": [{"kind": "table", "name": {"name": "t\u0000x"}}]})",
       "test.json:1:1: error: invalid IR JSON at '/objects/0/name/name': NUL "
       "byte in string (no SQL text or name can hold one)"},
  };
  for (const JSONErrorCase &C : Cases) {
    Context Ctx;
    std::string Errors;
    EXPECT_FALSE(readJSONText(Ctx, C.Input, Errors)) << C.Input;
    EXPECT_EQ(Errors.substr(0, Errors.find('\n')), C.Message) << C.Input;
  }
}

TEST(IRJSON, StreamedTextIsTheDocument) {
  // printModuleJSON() writes one object at a time; the text is the dump of
  // the whole document, with and without objects and locations.
  Context Ctx;
  auto M = buildEveryNodeModule(Ctx);
  Module Empty(Ctx);
  for (const Module *X : {M.get(), &Empty})
    for (bool Locs : {false, true}) {
      IRPrintOptions Opts;
      Opts.PrintLocations = Locs;
      EXPECT_EQ(toText(*X, Locs),
                moduleToJSON(*X, Opts).dump(2, ' ', /*ensure_ascii=*/false,
                                            json::error_handler_t::replace) +
                    "\n");
    }
}

TEST(IRJSON, CheckedPartsHaveTheirPointers) {
  Context Ctx;
  auto M = buildEveryNodeModule(Ctx);
  std::vector<std::string> Pointers;
  std::string S;
  llvm::raw_string_ostream OS(S);
  EXPECT_TRUE(
      writeModuleJSON(*M, OS, {}, [&](const json &, const std::string &P) {
        Pointers.push_back(P);
        return true;
      }));
  ASSERT_EQ(Pointers.size(), M->objects().size() + 3);
  EXPECT_EQ(Pointers[0], "/dialect");
  EXPECT_EQ(Pointers[1], "/name");
  EXPECT_EQ(Pointers[2], "/objects/0");
  EXPECT_EQ(Pointers.back(), "/search_path");
  // A refused part stops the writing.
  S.clear();
  EXPECT_FALSE(
      writeModuleJSON(*M, OS, {}, [](const json &, const std::string &P) {
        return P != "/objects/1";
      }));
}

TEST(IRJSON, DeepNestingIsAnError) {
  // Built by moving, never copying: copying a json value recurses, and
  // 3000 levels of that overflow the stack of a clang ASan build.
  json E = {{"kind", "lit"}, {"lit_kind", "int"}, {"value", "1"}};
  for (int I = 0; I != 3000; ++I) {
    json Outer = json::object();
    Outer["kind"] = "unary";
    Outer["op"] = "-";
    Outer["operand"] = std::move(E);
    E = std::move(Outer);
  }
  json Doc = {{"objects",
               {{{"kind", "domain"},
                 {"name", {{"name", "d"}}},
                 {"base_type", {{"kind", "integer"}}}}}}};
  Doc["objects"][0]["default"] = std::move(E);
  Context Ctx;
  StringDiagnostics D(Ctx);
  EXPECT_FALSE(moduleFromJSON(Ctx, Doc, 0, D.Diags));
  EXPECT_NE(D.text().find("IR is nested too deeply"), std::string::npos);
}

TEST(IRJSON, MutatedDocumentsNeverCrash) {
  // Replace each value of a valid document by values of other types; every
  // result is read without crashing, most give a diagnostic.
  Context BaseCtx;
  auto M = buildEveryNodeModule(BaseCtx);
  json Base = moduleToJSON(*M);
  const json Replacements[] = {
      json(nullptr), json(1),        json(-1),   json("x"),
      json::array(), json::object(), json(true), json::array({1, 2})};
  unsigned Errors = 0, Runs = 0;
  json Flat = Base.flatten();
  unsigned I = 0;
  for (auto It = Flat.begin(); It != Flat.end(); ++It, ++I) {
    if (I % 7 != 0)
      continue;
    for (const json &R : Replacements) {
      json F = Flat;
      F[It.key()] = R;
      json Doc;
      try {
        Doc = F.unflatten();
      } catch (const json::exception &) {
        continue;
      }
      Context Ctx;
      DiagnosticEngine Diags(Ctx);
      auto M2 = moduleFromJSON(Ctx, Doc, 0, Diags);
      ++Runs;
      if (!M2)
        ++Errors;
      EXPECT_EQ(M2 == nullptr, Diags.hasErrors());
      // The text reader streams the objects; it reports the same first
      // error as the reader of the whole document.
      std::string Text = Doc.dump(-1, ' ', /*ensure_ascii=*/false,
                                  json::error_handler_t::replace);
      Context DOMCtx, TextCtx;
      StringDiagnostics D(DOMCtx);
      auto M3 = moduleFromJSON(DOMCtx, json::parse(Text), 0, D.Diags);
      std::string TextErrors;
      auto M4 = readJSONText(TextCtx, Text, TextErrors);
      EXPECT_EQ(M3 == nullptr, M4 == nullptr);
      auto Message = [](const std::string &T) {
        size_t P = T.find("error:");
        return P == std::string::npos ? std::string()
                                      : T.substr(P, T.find('\n', P) - P);
      };
      EXPECT_EQ(Message(TextErrors), Message(D.text()));
    }
  }
  EXPECT_GT(Runs, 500u);
  EXPECT_GT(Errors, Runs / 2);
}

} // namespace
