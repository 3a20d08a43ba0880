//===- CustomDiagIDTest.cpp - Diagnostic ids for plugins' own texts -------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/support/Context.h"
#include "schemac/support/Diagnostic.h"
#include "schemac/support/DiagnosticPrinters.h"

#include "gtest/gtest.h"

#include <set>
#include <string>
#include <thread>
#include <vector>

using namespace schemac;

namespace {

class Collector : public DiagnosticConsumer {
public:
  void handle(const Diagnostic &D) override { Seen.push_back(D); }
  std::vector<Diagnostic> Seen;
};

struct Engine {
  Context Ctx;
  DiagnosticEngine Diags{Ctx};
  Collector *Seen;
  Engine() {
    auto C = std::make_unique<Collector>();
    Seen = C.get();
    Diags.setConsumer(std::move(C));
  }
};

TEST(CustomDiagID, SameDescriptionSameID) {
  DiagID A = getCustomDiagID(Severity::Warning, "table '%0' is odd", "odd");
  DiagID B = getCustomDiagID(Severity::Warning, "table '%0' is odd", "odd");
  EXPECT_EQ(A, B);
  // Severity, text and group each make another id.
  std::set<DiagID> IDs = {
      A, getCustomDiagID(Severity::Error, "table '%0' is odd"),
      getCustomDiagID(Severity::Warning, "table '%0' is odd"),
      getCustomDiagID(Severity::Warning, "table '%0' is odder", "odd"),
      getCustomDiagID(Severity::Warning, "table '%0' is odd", "odd-tables")};
  EXPECT_EQ(IDs.size(), 5u);
  for (DiagID ID : IDs) {
    EXPECT_TRUE(isCustomDiagID(ID));
    EXPECT_GE(unsigned(ID), unsigned(DiagID::NumDiagnostics));
  }
  EXPECT_FALSE(isCustomDiagID(DiagID::err_unknown_type));
}

TEST(CustomDiagID, DescribedLikeBuiltinIDs) {
  DiagID ID = getCustomDiagID(Severity::Remark, "%0 looks fine", "fine");
  EXPECT_EQ(getDefaultSeverity(ID), Severity::Remark);
  EXPECT_EQ(getDiagText(ID), "%0 looks fine");
  EXPECT_EQ(getDiagGroup(ID), "fine");
  EXPECT_TRUE(getDiagIDName(ID).startswith("custom_"));
  EXPECT_TRUE(isKnownDiagGroup("fine"));
  Diagnostic D = makeDiagnostic(Location(), ID, {"'t'"});
  EXPECT_EQ(D.Message, "'t' looks fine");
  EXPECT_EQ(D.Sev, Severity::Remark);
  EXPECT_EQ(D.getIDName(), getDiagIDName(ID));
  EXPECT_EQ(D.getGroup(), "fine");
}

TEST(CustomDiagID, EngineFormatsAndCounts) {
  Engine E;
  DiagID Err = getCustomDiagID(Severity::Error, "'%0' and '%1' clash");
  E.Diags.report(Location(), Err) << "a"
                                  << "b";
  ASSERT_EQ(E.Seen->Seen.size(), 1u);
  EXPECT_EQ(E.Seen->Seen[0].Message, "'a' and 'b' clash");
  EXPECT_EQ(E.Seen->Seen[0].ID, Err);
  EXPECT_EQ(E.Diags.getNumErrors(), 1u);
}

TEST(CustomDiagID, WarningGroupsObeyWarningOptions) {
  // A group is unknown to -W options until an id of it exists.
  {
    Engine E;
    EXPECT_FALSE(E.Diags.applyWarningOption("no-custom-test-group"));
  }
  DiagID W = getCustomDiagID(Severity::Warning, "custom test warning '%0'",
                             "custom-test-group");
  {
    Engine E;
    ASSERT_TRUE(E.Diags.applyWarningOption("no-custom-test-group"));
    E.Diags.report(Location(), W) << "x";
    EXPECT_TRUE(E.Seen->Seen.empty());
    EXPECT_EQ(E.Diags.getNumWarnings(), 0u);
  }
  {
    Engine E;
    ASSERT_TRUE(E.Diags.applyWarningOption("error=custom-test-group"));
    E.Diags.report(Location(), W) << "x";
    ASSERT_EQ(E.Seen->Seen.size(), 1u);
    EXPECT_EQ(E.Seen->Seen[0].Sev, Severity::Error);
    EXPECT_EQ(E.Diags.getNumErrors(), 1u);
  }
  {
    Engine E;
    E.Diags.report(Location(), W) << "x";
    ASSERT_EQ(E.Seen->Seen.size(), 1u);
    EXPECT_EQ(E.Seen->Seen[0].Sev, Severity::Warning);
  }
}

TEST(CustomDiagID, PrintedWithTheirGroup) {
  Context Ctx;
  DiagnosticEngine Diags(Ctx);
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  Diags.setConsumer(std::make_unique<TextDiagnosticPrinter>(Ctx, OS, false));
  ASSERT_TRUE(Diags.applyWarningOption("error"));
  Diags.report(Location(),
               getCustomDiagID(Severity::Warning, "printed custom warning",
                               "printed-group"));
  EXPECT_EQ(OS.str(), "schemac: error: printed custom warning "
                      "[-Werror,-Wprinted-group]\n");
}

TEST(CustomDiagID, SARIFDescribesTheRule) {
  Context Ctx;
  DiagnosticEngine Diags(Ctx);
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  Diags.setConsumer(std::make_unique<SARIFDiagnosticPrinter>(Ctx, OS, "1"));
  DiagID ID = getCustomDiagID(Severity::Error, "sarif custom error '%0'");
  Diags.report(Location(), ID) << "x";
  Diags.finish();
  std::string Rule = "\"id\": \"" + getDiagIDName(ID).str() + "\"";
  EXPECT_NE(OS.str().find(Rule), std::string::npos) << OS.str();
  EXPECT_NE(OS.str().find("\"text\": \"sarif custom error '%0'\""),
            std::string::npos)
      << OS.str();
}

TEST(CustomDiagID, ThreadSafe) {
  // Threads asking for the same and for different ids at once agree on them.
  constexpr unsigned NumThreads = 4, PerThread = 200;
  std::vector<std::vector<DiagID>> Got(NumThreads);
  std::vector<std::thread> Threads;
  for (unsigned T = 0; T != NumThreads; ++T)
    Threads.emplace_back([T, &Got] {
      for (unsigned I = 0; I != PerThread; ++I) {
        DiagID ID = getCustomDiagID(Severity::Warning,
                                    "threaded " + std::to_string(I), "threads");
        Got[T].push_back(ID);
        EXPECT_EQ(getDiagText(ID), "threaded " + std::to_string(I));
      }
    });
  for (std::thread &T : Threads)
    T.join();
  for (unsigned T = 1; T != NumThreads; ++T)
    EXPECT_EQ(Got[T], Got[0]);
  EXPECT_EQ(std::set<DiagID>(Got[0].begin(), Got[0].end()).size(), PerThread);
}

} // namespace
