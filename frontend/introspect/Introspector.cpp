//===- Introspector.cpp - Schemas read from live databases ----------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/introspect/Introspector.h"

using namespace schemac;

Introspector::~Introspector() = default;

bool IntrospectorRegistry::add(Entry E) {
  for (std::string &S : E.Schemes) {
    S = llvm::StringRef(S).lower();
    if (ByScheme.count(S))
      return false;
  }
  for (const std::string &S : E.Schemes)
    ByScheme[S] = Entries.size();
  Entries.push_back(std::move(E));
  return true;
}

const IntrospectorRegistry::Entry *
IntrospectorRegistry::lookup(llvm::StringRef Scheme) const {
  auto It = ByScheme.find(Scheme.lower());
  return It == ByScheme.end() ? nullptr : &Entries[It->second];
}

std::vector<std::string> IntrospectorRegistry::getSchemes() const {
  std::vector<std::string> Schemes;
  for (const auto &KV : ByScheme)
    Schemes.push_back(KV.first);
  return Schemes;
}

llvm::Error
IntrospectorRegistry::makeUnknownSchemeError(const DatabaseURL &URL) const {
  std::string Known;
  for (const std::string &S : getSchemes())
    Known += (Known.empty() ? "'" : ", '") + S + "'";
  return llvm::createStringError(
      llvm::inconvertibleErrorCode(),
      "no connector for database URLs of scheme '" + URL.getScheme() +
          "' in '" + URL.getDisplayName() + "'; expected one of " +
          (Known.empty() ? std::string("none") : Known));
}

llvm::Expected<IntrospectedSchema>
IntrospectorRegistry::introspect(const DatabaseURL &URL) const {
  const Entry *E = lookup(URL.getScheme());
  if (!E)
    return makeUnknownSchemeError(URL);
  return E->Create()->introspect(URL);
}
