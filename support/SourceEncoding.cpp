//===- SourceEncoding.cpp - UTF-8 checks of inputs and outputs ------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/support/SourceEncoding.h"
#include "schemac/support/Context.h"
#include "schemac/support/Diagnostic.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"

#include <cstring>

using namespace schemac;

static const llvm::UTF8 *asUTF8(const char *P) {
  return reinterpret_cast<const llvm::UTF8 *>(P);
}

std::optional<size_t> schemac::findInvalidUTF8(llvm::StringRef Text) {
  const llvm::UTF8 *Begin = asUTF8(Text.begin());
  const llvm::UTF8 *End = asUTF8(Text.end());
  const llvm::UTF8 *Cur = Begin;
  // Most input is ASCII: skip it eight bytes at a time, and check only the
  // multi-byte sequences (LLVM's check of a whole string costs some thirty
  // instructions a byte).
  while (Cur != End) {
    while (End - Cur >= 8) {
      uint64_t Word;
      std::memcpy(&Word, Cur, sizeof(Word));
      if (Word & 0x8080808080808080ULL)
        break;
      Cur += 8;
    }
    if (Cur == End)
      break;
    if (*Cur < 0x80) {
      ++Cur;
      continue;
    }
    // The start of the first illegal sequence, as llvm::isLegalUTF8String
    // reports it.
    if (!llvm::isLegalUTF8Sequence(Cur, End))
      return size_t(Cur - Begin);
    Cur += llvm::getNumBytesForUTF8(*Cur);
  }
  return std::nullopt;
}

unsigned schemac::getUTF8SequenceLength(llvm::StringRef Text) {
  if (Text.empty())
    return 0;
  unsigned Len = llvm::getNumBytesForUTF8(llvm::UTF8(Text.front()));
  if (Len > Text.size() ||
      !llvm::isLegalUTF8Sequence(asUTF8(Text.begin()),
                                 asUTF8(Text.begin() + Len)))
    return 0;
  return Len;
}

std::string schemac::escapeInvalidUTF8(llvm::StringRef Text) {
  std::optional<size_t> Bad = findInvalidUTF8(Text);
  if (!Bad)
    return Text.str();
  std::string Out(Text.take_front(*Bad));
  for (size_t I = *Bad; I < Text.size();) {
    if (unsigned Len = getUTF8SequenceLength(Text.substr(I))) {
      Out += Text.substr(I, Len);
      I += Len;
      continue;
    }
    Out += "\\x" + llvm::toHex(Text.substr(I, 1));
    ++I;
  }
  return Out;
}

LogicalResult schemac::checkSourceEncoding(const Context &Ctx, uint32_t File,
                                           DiagnosticEngine &Diags) {
  llvm::StringRef Buf = Ctx.getBuffer(File);
  if (std::optional<size_t> Bad = findInvalidUTF8(Buf)) {
    Diags.report(Ctx.getLocation(File, *Bad), DiagID::err_invalid_utf8)
        << "0x" + llvm::toHex(Buf.substr(*Bad, 1));
    return failure();
  }
  // NUL is UTF-8, but PostgreSQL refuses it in any text, psql ends a line
  // at it, and a statement kept as text would carry it into the output.
  if (size_t Nul = Buf.find('\0'); Nul != llvm::StringRef::npos) {
    Diags.report(Ctx.getLocation(File, Nul), DiagID::err_nul_byte);
    return failure();
  }
  return success();
}
