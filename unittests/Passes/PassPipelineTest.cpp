//===- PassPipelineTest.cpp - Pipeline text, options and the registry -----===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/passes/PassPipeline.h"
#include "schemac/passes/PassManager.h"
#include "schemac/passes/PassRegistry.h"

#include "gtest/gtest.h"

using namespace schemac;

namespace {

class OptionsPass : public Pass {
public:
  static void declareOptions(PassOptions &O) {
    O.addBool("flag", false, "a flag");
    O.addInt("level", 2, "a level", 0, 9);
    O.addString("label", "x", "a label");
    O.addEnum("mode", "fast", {"fast", "slow"}, "a mode");
  }
  explicit OptionsPass(const PassOptions &O)
      : Flag(O.getBool("flag")), Level(O.getInt("level")),
        Label(O.getString("label").str()), Mode(O.getString("mode").str()) {}
  PassResult run(Module &, AnalysisManager &) override {
    return PreservedAnalyses::all();
  }
  bool Flag;
  int64_t Level;
  std::string Label, Mode;
};

class PlainPass : public Pass {
public:
  explicit PlainPass(const PassOptions &) {}
  PassResult run(Module &, AnalysisManager &) override {
    return PreservedAnalyses::all();
  }
};

class PipelineTest : public ::testing::Test {
protected:
  PipelineTest() {
    R.registerPass<OptionsPass>("opts", "a pass with options");
    R.registerPass<PlainPass>("plain", "a pass without options");
    R.registerPass<PlainPass>("other-plain", "another pass");
  }

  std::string print(const PassManager &PM) {
    std::string S;
    llvm::raw_string_ostream OS(S);
    PM.printPipeline(OS);
    return OS.str();
  }

  /// Parses \p Text; returns the error message or "".
  std::string parse(llvm::StringRef Text, PassManager &PM) {
    if (llvm::Error E = parsePassPipeline(Text, R, PM))
      return llvm::toString(std::move(E));
    return "";
  }

  PassRegistry R;
};

} // namespace

TEST_F(PipelineTest, EmptyPipeline) {
  PassManager PM;
  EXPECT_EQ(parse("", PM), "");
  EXPECT_EQ(parse("  ", PM), "");
  EXPECT_TRUE(PM.empty());
  EXPECT_EQ(print(PM), "");
}

TEST_F(PipelineTest, PlainPassesInOrder) {
  PassManager PM;
  ASSERT_EQ(parse("plain, other-plain ,plain", PM), "");
  ASSERT_EQ(PM.size(), 3u);
  EXPECT_EQ(PM.getPasses()[0]->getName(), "plain");
  EXPECT_EQ(PM.getPasses()[1]->getName(), "other-plain");
  EXPECT_EQ(print(PM), "plain,other-plain,plain");
}

TEST_F(PipelineTest, OptionsAreParsedAndPrintedCanonically) {
  PassManager PM;
  ASSERT_EQ(parse("opts<flag;level=7;label=\"a;b>c\";mode=slow>", PM), "");
  auto &P = static_cast<OptionsPass &>(*PM.getPasses()[0]);
  EXPECT_TRUE(P.Flag);
  EXPECT_EQ(P.Level, 7);
  EXPECT_EQ(P.Label, "a;b>c");
  EXPECT_EQ(P.Mode, "slow");
  EXPECT_EQ(print(PM), "opts<flag;level=7;label=\"a;b>c\";mode=slow>");
}

TEST_F(PipelineTest, DefaultsArePrinted) {
  PassManager PM;
  ASSERT_EQ(parse("opts,opts<>", PM), "");
  EXPECT_EQ(print(PM), "opts<no-flag;level=2;label=x;mode=fast>,"
                       "opts<no-flag;level=2;label=x;mode=fast>");
}

TEST_F(PipelineTest, BooleanSpellings) {
  for (const char *Text : {"opts<flag>", "opts<flag=true>", "opts<flag=1>",
                           "opts<flag=on>", "opts<no-flag;flag>"}) {
    PassManager PM;
    ASSERT_EQ(parse(Text, PM), "") << Text;
    EXPECT_TRUE(static_cast<OptionsPass &>(*PM.getPasses()[0]).Flag) << Text;
  }
  for (const char *Text : {"opts<no-flag>", "opts<flag=false>", "opts<flag=0>",
                           "opts<flag;no-flag>"}) {
    PassManager PM;
    ASSERT_EQ(parse(Text, PM), "") << Text;
    EXPECT_FALSE(static_cast<OptionsPass &>(*PM.getPasses()[0]).Flag) << Text;
  }
}

TEST_F(PipelineTest, PrintedPipelineReparsesToTheSamePipeline) {
  for (const char *Text :
       {"plain", "opts<level=0>,plain", "opts<label=\"\">",
        "opts<label=\"say \\\"hi\\\", \\\\ ok\">", "opts<label=a=b>",
        "plain,opts<flag;mode=slow;label=\"x y\">,other-plain"}) {
    PassManager First, Second;
    ASSERT_EQ(parse(Text, First), "") << Text;
    std::string Printed = print(First);
    ASSERT_EQ(parse(Printed, Second), "") << Printed;
    EXPECT_EQ(print(Second), Printed);
    ASSERT_EQ(First.size(), Second.size());
    for (size_t I = 0; I != First.size(); ++I) {
      EXPECT_EQ(First.getPasses()[I]->getName(),
                Second.getPasses()[I]->getName());
      EXPECT_TRUE(First.getPasses()[I]->getOptions() ==
                  Second.getPasses()[I]->getOptions());
    }
  }
  PassManager PM;
  ASSERT_EQ(parse("opts<label=\"say \\\"hi\\\"\">", PM), "");
  EXPECT_EQ(static_cast<OptionsPass &>(*PM.getPasses()[0]).Label, "say \"hi\"");
}

TEST_F(PipelineTest, UnknownPass) {
  PassManager PM;
  EXPECT_EQ(parse("plain,nope", PM), "unknown pass 'nope'");
  EXPECT_TRUE(PM.empty()) << "a failed parse adds nothing";
  EXPECT_EQ(parse("plian", PM), "unknown pass 'plian'; did you mean 'plain'?");
}

TEST_F(PipelineTest, UnknownOption) {
  PassManager PM;
  EXPECT_EQ(parse("opts<nope=1>", PM), "unknown option 'nope' for pass 'opts'");
  EXPECT_EQ(parse("plain<x>", PM), "unknown option 'x' for pass 'plain'");
  // no- only negates booleans.
  EXPECT_EQ(parse("opts<no-level>", PM),
            "unknown option 'no-level' for pass 'opts'");
}

TEST_F(PipelineTest, InvalidOptionValues) {
  PassManager PM;
  EXPECT_EQ(parse("opts<level=x>", PM),
            "invalid value 'x' for option 'level' of pass 'opts': expected an "
            "integer");
  EXPECT_EQ(parse("opts<level=10>", PM),
            "invalid value '10' for option 'level' of pass 'opts': expected an "
            "integer in [0, 9]");
  EXPECT_EQ(parse("opts<level>", PM),
            "invalid value '' for option 'level' of pass 'opts': expected an "
            "integer");
  EXPECT_EQ(parse("opts<flag=maybe>", PM),
            "invalid value 'maybe' for option 'flag' of pass 'opts': expected "
            "'true' or 'false'");
  EXPECT_EQ(parse("opts<mode=medium>", PM),
            "invalid value 'medium' for option 'mode' of pass 'opts': expected "
            "one of 'fast', 'slow'");
  EXPECT_TRUE(PM.empty());
}

TEST_F(PipelineTest, InvalidTextHasPositionAndCaret) {
  PassManager PM;
  EXPECT_EQ(parse("plain,", PM),
            "invalid pipeline text: expected a pass name at position 7\n"
            "  plain,\n        ^");
  EXPECT_EQ(parse("opts<flag", PM),
            "invalid pipeline text: expected '>' to close the options of pass "
            "'opts' at position 10\n  opts<flag\n           ^");
  EXPECT_EQ(parse("plain plain", PM),
            "invalid pipeline text: expected ',' or the end of the pipeline "
            "after pass 'plain' at position 7\n  plain plain\n        ^");
  EXPECT_EQ(parse(",plain", PM),
            "invalid pipeline text: expected a pass name at position 1\n"
            "  ,plain\n  ^");
  EXPECT_EQ(parse("opts<flag,level=1>", PM),
            "invalid pipeline text: expected ';' or '>' after an option of "
            "pass 'opts' at position 10\n  opts<flag,level=1>\n           ^");
  EXPECT_EQ(parse("opts<label=\"abc>", PM),
            "invalid pipeline text: unterminated quoted option value at "
            "position 12\n  opts<label=\"abc>\n             ^");
  EXPECT_EQ(parse("opts<;>", PM),
            "invalid pipeline text: expected an option name for pass 'opts' at "
            "position 6\n  opts<;>\n       ^");
  EXPECT_TRUE(PM.empty());
}

TEST_F(PipelineTest, RegistryRejectsDuplicateNames) {
  EXPECT_FALSE(R.registerPass<PlainPass>("plain", "again"));
  EXPECT_TRUE(R.registerPass<PlainPass>("plain2", "new"));
  EXPECT_NE(R.lookup("plain2"), nullptr);
}

TEST_F(PipelineTest, CreatePassWithDefaults) {
  llvm::Expected<std::unique_ptr<Pass>> P = R.createPass("opts");
  ASSERT_TRUE(bool(P));
  EXPECT_EQ((*P)->getName(), "opts");
  EXPECT_EQ(static_cast<OptionsPass &>(**P).Level, 2);
  llvm::Expected<std::unique_ptr<Pass>> Bad = R.createPass("nope");
  ASSERT_FALSE(bool(Bad));
  EXPECT_EQ(llvm::toString(Bad.takeError()), "unknown pass 'nope'");
}

TEST(BuiltinPasses, AreRegisteredFromTheDefFile) {
  PassRegistry R;
  registerBuiltinPasses(R);
  for (const char *Name : {"name-constraints", "qualify-names"}) {
    const PassRegistry::Entry *E = R.lookup(Name);
    ASSERT_NE(E, nullptr) << Name;
    EXPECT_FALSE(E->Description.empty());
  }
  PassManager PM;
  ASSERT_FALSE(bool(parsePassPipeline(
      "name-constraints<no-indexes;max-length=30>,qualify-names", R, PM)));
  std::string S;
  llvm::raw_string_ostream OS(S);
  PM.printPipeline(OS);
  EXPECT_EQ(OS.str(), "name-constraints<no-indexes;constraints;max-length=30>,"
                      "qualify-names<functions>");
}

TEST_F(PipelineTest, MalformedTextNeverCrashes) {
  // Truncations and byte mutations of a valid pipeline: each parse either
  // succeeds and prints re-parseable text, or fails with a message.
  const std::string Valid =
      "plain,opts<flag;level=3;label=\"a;b\";mode=slow>,other-plain";
  const char Alphabet[] = "<>;,=\" \\abcdefglmnoprstxy-0123456789";
  uint32_t Seed = 12345;
  auto Next = [&] {
    Seed = Seed * 1103515245u + 12345u;
    return Seed >> 8;
  };
  std::vector<std::string> Inputs;
  for (size_t I = 0; I <= Valid.size(); ++I)
    Inputs.push_back(Valid.substr(0, I));
  for (int I = 0; I != 2000; ++I) {
    std::string S = Valid;
    for (int K = 0, N = 1 + Next() % 4; K != N; ++K)
      S[Next() % S.size()] = Alphabet[Next() % (sizeof(Alphabet) - 1)];
    Inputs.push_back(S);
  }
  unsigned Parsed = 0;
  for (const std::string &S : Inputs) {
    PassManager PM;
    std::string Err = parse(S, PM);
    if (!Err.empty()) {
      EXPECT_TRUE(PM.empty()) << S;
      continue;
    }
    ++Parsed;
    PassManager Again;
    std::string Printed = print(PM);
    EXPECT_EQ(parse(Printed, Again), "") << S << " printed as " << Printed;
    EXPECT_EQ(print(Again), Printed);
  }
  EXPECT_GT(Parsed, 0u);
  EXPECT_LT(Parsed, Inputs.size());
}
