//===- IRCorpusTest.cpp - Property tests over the corpora -----------------===//
//
// Part of schemac. For every PostgreSQL schema of the corpora (the inputs of
// test/IR/roundtrip-corpora.test): a clone is equal to the module and
// hashes equal; printing and parsing the text (with locations) and writing
// and reading JSON give equal modules, locations included; changing a
// field (a sample of every module's fields) makes the modules unequal and
// changes the hash.
//
//===----------------------------------------------------------------------===//

#include "IRTestUtil.h"
#include "TestCorpora.h"

#include "schemac/frontend/sql/postgres/PostgresFrontend.h"
#include "schemac/ir/IRJSON.h"
#include "schemac/ir/StructuralEquality.h"

#include "llvm/ADT/Twine.h"
#include "llvm/Support/MemoryBuffer.h"

#include "gtest/gtest.h"

#include <nlohmann/json.hpp>

#include <filesystem>

using namespace schemac;
using namespace schemac::irtest;

namespace {

/// The inputs of roundtrip-corpora.test; '+' joins files into one module.
std::vector<std::vector<std::string>> corpusInputs(const std::string &Dir) {
  namespace fs = std::filesystem;
  std::vector<std::vector<std::string>> R;
  auto Add = [&](std::vector<std::string> Files) {
    for (std::string &F : Files)
      F = (llvm::Twine(Dir) + "/" + F).str();
    if (fs::exists(Files.front()))
      R.push_back(std::move(Files));
  };
  Add({"sakila/pagila/pagila-schema.sql"});
  Add({"sakila/pagila/pagila-schema.sql",
       "sakila/pagila/pagila-temporal-setup.sql"});
  Add({"sakila/pagila/pagila-schema-jsonb.sql"});
  Add({"chinook/Chinook_PostgreSql.sql"});
  Add({"sakila/jooq-sakila/postgres-sakila-db/postgres-sakila-schema.sql"});
  Add({"mediawiki/maintenance/postgres/tables-generated.sql",
       "mediawiki/maintenance/postgres/tables.sql"});
  std::error_code EC;
  for (const auto &E : fs::directory_iterator(Dir + "/migra/FIXTURES", EC))
    for (const char *Name : {"a.sql", "b.sql"})
      if (fs::exists(E.path() / Name))
        R.push_back({(E.path() / Name).string()});
  return R;
}

std::unique_ptr<Module> lowerFiles(Context &Ctx,
                                   const std::vector<std::string> &Files) {
  auto M = std::make_unique<Module>(Ctx, Files.front());
  DiagnosticEngine Diags(Ctx);
  PostgresFrontend FE;
  for (const std::string &F : Files) {
    auto Buf = llvm::MemoryBuffer::getFile(F);
    if (!Buf)
      return nullptr;
    uint32_t File = Ctx.addBuffer(std::move(*Buf), F);
    if (failed(FE.lower(File, *M, Diags, FrontendOptions())))
      return nullptr;
  }
  return Diags.hasErrors() ? nullptr : std::move(M);
}

StructuralOptions withLocations() {
  StructuralOptions O;
  O.CompareLocations = true;
  return O;
}

TEST(IRCorpus, CopiesPrintParseAndJSONKeepEveryField) {
  std::string Dir = unittest::findCorporaDir();
  if (Dir.empty())
    GTEST_SKIP() << "corpora not found";
  auto Inputs = corpusInputs(Dir);
  ASSERT_GT(Inputs.size(), 10u);
  for (const auto &Files : Inputs) {
    SCOPED_TRACE(Files.back());
    Context Ctx;
    auto M = lowerFiles(Ctx, Files);
    ASSERT_TRUE(M);
    StructuralOptions Locs = withLocations();
    uint64_t Hash = structuralHash(*M, Locs);

    auto C = M->clone();
    EXPECT_EQ(findFirstDifference(*M, *C, Locs), "");
    EXPECT_EQ(structuralHash(*C, Locs), Hash);

    std::string Errors;
    auto P = parseFromString(Ctx, printToString(*M, /*PrintLocations=*/true),
                             Errors);
    ASSERT_TRUE(P) << Errors;
    EXPECT_EQ(findFirstDifference(*M, *P, Locs), "");
    EXPECT_EQ(structuralHash(*P, Locs), Hash);

    IRPrintOptions JOpts;
    JOpts.PrintLocations = true;
    DiagnosticEngine Diags(Ctx);
    auto J = moduleFromJSON(Ctx, moduleToJSON(*M, JOpts), 0, Diags);
    ASSERT_TRUE(J);
    EXPECT_EQ(findFirstDifference(*M, *J, Locs), "");
    EXPECT_EQ(structuralHash(*J, Locs), Hash);
  }
}

TEST(IRCorpus, ChangingAFieldIsNoticed) {
  std::string Dir = unittest::findCorporaDir();
  if (Dir.empty())
    GTEST_SKIP() << "corpora not found";
  Context Ctx;
  auto M = lowerFiles(Ctx, {Dir + "/sakila/pagila/pagila-schema.sql"});
  if (!M)
    GTEST_SKIP() << "pagila not found";
  StructuralOptions Locs = withLocations();
  uint64_t Hash = structuralHash(*M, Locs);
  // Every object with one of its top-level fields changed: a renamed
  // object, a column or constraint removed, an expression dropped.
  unsigned Changes = 0;
  for (size_t I = 0; I != M->size(); ++I) {
    auto C = M->clone();
    Object *O = C->objects()[I].get();
    if (auto *T = llvm::dyn_cast<Table>(O)) {
      if (T->Columns.empty())
        continue;
      T->Columns.back().NotNull = !T->Columns.back().NotNull;
    } else if (auto *V = llvm::dyn_cast<View>(O)) {
      V->Query = nullptr;
    } else {
      O->Owner += "x";
    }
    ++Changes;
    EXPECT_FALSE(structurallyEqual(*M, *C, Locs)) << O->getName().str();
    EXPECT_NE(structuralHash(*C, Locs), Hash) << O->getName().str();
    EXPECT_NE(findFirstDifference(*M, *C, Locs), "");
  }
  EXPECT_GT(Changes, 50u);
}

} // namespace
