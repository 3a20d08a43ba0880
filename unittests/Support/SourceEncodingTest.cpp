//===- SourceEncodingTest.cpp - UTF-8 checks and their display ------------===//
//
// Part of schemac. Bytes that are not UTF-8 never abort a diagnostic printer
// (issue 7, item 4) and are found, located, in the input (item 5).
//
//===----------------------------------------------------------------------===//

#include "schemac/support/SourceEncoding.h"
#include "schemac/support/Context.h"
#include "schemac/support/Diagnostic.h"
#include "schemac/support/DiagnosticPrinters.h"

#include "gtest/gtest.h"

#include <string>

using namespace schemac;

namespace {

/// An engine whose printer writes into Out.
struct Printed {
  Context Ctx;
  DiagnosticEngine Diags{Ctx};
  std::string Out;
  llvm::raw_string_ostream OS{Out};
};

TEST(SourceEncoding, FindsTheFirstBadByte) {
  EXPECT_EQ(findInvalidUTF8("plain"), std::nullopt);
  EXPECT_EQ(findInvalidUTF8("caf\xC3\xA9"), std::nullopt);
  EXPECT_EQ(findInvalidUTF8("ab\xFF"), 2u);
  // A truncated sequence, an overlong form and a surrogate are not UTF-8.
  EXPECT_EQ(findInvalidUTF8("x\xC3"), 1u);
  EXPECT_EQ(findInvalidUTF8("\xC0\xAF"), 0u);
  EXPECT_EQ(findInvalidUTF8("a\xED\xA0\x80"), 1u);
  // ASCII is skipped in words of eight bytes; what follows a valid
  // multi-byte sequence is checked again.
  EXPECT_EQ(findInvalidUTF8("0123456789abcdef\xC3\xA9"), std::nullopt);
  EXPECT_EQ(findInvalidUTF8("0123456789\xC3\xA9\xE2\x82\xAC"
                            "01234567\xC3"),
            23u);
  EXPECT_EQ(findInvalidUTF8("\xF0\x9F\x98\x80\x80"), 4u);
  EXPECT_EQ(findInvalidUTF8("01234567\xF8\x88\x80\x80\x80"), 8u);
}

TEST(SourceEncoding, EscapesOnlyTheBadBytes) {
  EXPECT_EQ(escapeInvalidUTF8("caf\xC3\xA9"), "caf\xC3\xA9");
  EXPECT_EQ(escapeInvalidUTF8("a\xE9"
                              "b\xC3\xA9\xFF"),
            "a\\xE9b\xC3\xA9\\xFF");
}

TEST(SourceEncoding, ReportsTheLocationOfTheBadByte) {
  Printed P;
  P.Diags.setConsumer(std::make_unique<TextDiagnosticPrinter>(P.Ctx, P.OS));
  uint32_t File = P.Ctx.addBuffer(
      llvm::MemoryBuffer::getMemBufferCopy("ok;\nab\xE9;\n", "in.sql"),
      "in.sql");
  EXPECT_TRUE(failed(checkSourceEncoding(P.Ctx, File, P.Diags)));
  EXPECT_EQ(P.Diags.getNumErrors(), 1u);
  EXPECT_EQ(P.OS.str().substr(0, P.OS.str().find('\n')),
            "in.sql:2:3: error: the input is not valid UTF-8: unexpected byte "
            "0xE9");
}

TEST(SourceEncoding, ReportsANulByte) {
  Printed P;
  P.Diags.setConsumer(std::make_unique<TextDiagnosticPrinter>(P.Ctx, P.OS));
  uint32_t File =
      P.Ctx.addBuffer(llvm::MemoryBuffer::getMemBufferCopy(
                          llvm::StringRef("ok;\n\\x\0;\n", 8), "in.sql"),
                      "in.sql");
  EXPECT_TRUE(failed(checkSourceEncoding(P.Ctx, File, P.Diags)));
  EXPECT_EQ(P.Diags.getNumErrors(), 1u);
  EXPECT_EQ(P.OS.str().substr(0, P.OS.str().find('\n')),
            "in.sql:2:3: error: the input contains a NUL byte (no SQL text or "
            "name can hold one)");
}

/// A message with a byte that is not UTF-8 (a plugin's text) in every
/// format: no exception, the byte shown as \xNN.
TEST(SourceEncoding, PrintersNeverAbortOnBadBytes) {
  DiagID ID = getCustomDiagID(Severity::Error, "bad name '%0'");
  for (int Format = 0; Format != 3; ++Format) {
    Printed P;
    if (Format == 0)
      P.Diags.setConsumer(std::make_unique<TextDiagnosticPrinter>(P.Ctx, P.OS));
    else if (Format == 1)
      P.Diags.setConsumer(std::make_unique<JSONDiagnosticPrinter>(P.Ctx, P.OS));
    else
      P.Diags.setConsumer(
          std::make_unique<SARIFDiagnosticPrinter>(P.Ctx, P.OS, "1"));
    P.Diags.report(Location(), ID) << "t\xFF";
    P.Diags.finish();
    // JSON writes the backslash of \xFF as "\\".
    llvm::StringRef Shown =
        Format == 0 ? "bad name 't\\xFF'" : "bad name 't\\\\xFF'";
    EXPECT_NE(P.OS.str().find(Shown), std::string::npos) << P.OS.str();
    EXPECT_EQ(findInvalidUTF8(P.OS.str()), std::nullopt);
  }
}

} // namespace
