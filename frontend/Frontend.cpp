//===- Frontend.cpp - Input languages lowered into the IR -----------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/Frontend.h"

using namespace schemac;

Frontend::~Frontend() = default;

namespace {

std::string normalizeExtension(llvm::StringRef Ext) {
  std::string E = Ext.lower();
  if (E.empty() || E.front() != '.')
    E.insert(E.begin(), '.');
  return E;
}

} // namespace

bool FrontendRegistry::add(Entry E) {
  bool Ok = true;
  if (Entries.count(E.Name)) {
    Conflicts.push_back("frontend '" + E.Name + "' is already registered");
    Ok = false;
  }
  // The language claiming each extension (a frontend may list one twice).
  std::map<std::string, std::string> Claims;
  for (const std::string &Ext : E.Extensions) {
    std::string Key = normalizeExtension(Ext);
    auto It = Extensions.find(Key);
    if (It != Extensions.end()) {
      Conflicts.push_back("frontend '" + E.Name + "' claims extension '" + Key +
                          "', which is already claimed by '" + It->second +
                          "'");
      Ok = false;
    }
    Claims[Key] = E.Name;
  }
  if (!Ok)
    return false;
  Extensions.insert(Claims.begin(), Claims.end());
  std::string Name = E.Name;
  Entries.emplace(std::move(Name), std::move(E));
  return true;
}

bool FrontendRegistry::claimExtension(llvm::StringRef Extension,
                                      llvm::StringRef Language) {
  std::string Key = normalizeExtension(Extension);
  auto [It, Inserted] = Extensions.emplace(Key, Language.str());
  if (!Inserted && It->second != Language) {
    Conflicts.push_back("'" + Language.str() + "' claims extension '" + Key +
                        "', which is already claimed by '" + It->second + "'");
    return false;
  }
  return true;
}

const FrontendRegistry::Entry *
FrontendRegistry::lookup(llvm::StringRef Name) const {
  auto It = Entries.find(Name.str());
  return It == Entries.end() ? nullptr : &It->second;
}

llvm::StringRef
FrontendRegistry::lookupLanguageByExtension(llvm::StringRef FileName) const {
  std::string Lower = FileName.lower();
  llvm::StringRef Best, BestExt;
  for (const auto &[Ext, Language] : Extensions)
    if (llvm::StringRef(Lower).endswith(Ext) && Ext.size() > BestExt.size()) {
      BestExt = Ext;
      Best = Language;
    }
  return Best;
}
