//===- DatabaseURL.cpp - The address of a live database -------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/introspect/DatabaseURL.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace schemac;

namespace {

/// The length of the scheme of \p Text ("postgresql" in
/// "postgresql://..."), or 0 if it does not start with `scheme:`.
size_t schemeLength(llvm::StringRef Text) {
  if (Text.empty() || !llvm::isAlpha(Text.front()))
    return 0;
  for (size_t I = 1; I != Text.size(); ++I) {
    char C = Text[I];
    if (C == ':')
      return I;
    if (!llvm::isAlnum(C) && C != '+' && C != '-' && C != '.')
      return 0;
  }
  return 0;
}

/// \p Query ("a=1&password=x") without its password parameters.
std::string redactQuery(llvm::StringRef Query) {
  llvm::SmallVector<llvm::StringRef, 4> Params;
  Query.split(Params, '&');
  std::string Out;
  for (llvm::StringRef P : Params) {
    if (P.split('=').first.trim().equals_insensitive("password"))
      continue;
    Out += (Out.empty() ? "" : "&") + P.str();
  }
  return Out;
}

} // namespace

bool DatabaseURL::looksLikeURL(llvm::StringRef Text) {
  return schemeLength(Text) != 0;
}

std::string DatabaseURL::redact(llvm::StringRef Text) {
  size_t SchemeLen = schemeLength(Text);
  if (!SchemeLen)
    return Text.str();
  llvm::StringRef Rest = Text.drop_front(SchemeLen + 1);
  auto [Body, Query] = Rest.split('?');
  bool HasQuery = Body.size() != Rest.size();
  std::string Out = Text.take_front(SchemeLen + 1).str();
  // The user part is everything before the last '@' of the body, so that
  // a password with an unencoded '/' or '@' is still cut off whole.
  if (Body.startswith("//")) {
    size_t At = Body.rfind('@');
    if (At != llvm::StringRef::npos) {
      llvm::StringRef UserInfo = Body.slice(2, At);
      Out += "//" + UserInfo.split(':').first.str();
      Body = Body.drop_front(At);
    }
  }
  Out += Body.str();
  if (HasQuery) {
    std::string Kept = redactQuery(Query);
    if (!Kept.empty())
      Out += "?" + Kept;
  }
  return Out;
}

llvm::Expected<DatabaseURL> DatabaseURL::parse(llvm::StringRef Text) {
  size_t SchemeLen = schemeLength(Text);
  if (!SchemeLen || SchemeLen + 1 == Text.size())
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "invalid database URL '" + redact(Text) +
            "'; expected 'scheme:...', e.g. "
            "'postgresql://user@host:5432/database'");
  DatabaseURL URL;
  URL.Text = Text.str();
  URL.Scheme = Text.take_front(SchemeLen).lower();
  URL.DisplayName = redact(Text);
  return URL;
}
