//===- TestCorpora.h - Locate the shared corpora in unit tests --*- C++ -*-===//
//
// Part of the schemac project.
//
//===----------------------------------------------------------------------===//
//
// Unit tests read the real-world corpora the same way the lit suite does:
// $SCHEMAC_CORPORA, else <source>/../shared/corpora, else
// /work/shared/corpora. Tests skip (GTEST_SKIP) when none exists:
//
//   std::string Dir = schemac::unittest::findCorporaDir();
//   if (Dir.empty())
//     GTEST_SKIP() << "corpora not found";
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_UNITTESTS_TESTCORPORA_H
#define SCHEMAC_UNITTESTS_TESTCORPORA_H

#include <cstdlib>
#include <filesystem>
#include <string>

namespace schemac::unittest {

/// Returns the absolute path of the corpora directory, or an empty string
/// when it cannot be found.
inline std::string findCorporaDir() {
  namespace fs = std::filesystem;
  std::error_code EC;
  auto IsDir = [&EC](const fs::path &P) { return fs::is_directory(P, EC); };
  if (const char *Env = std::getenv("SCHEMAC_CORPORA"); Env && *Env) {
    if (IsDir(Env))
      return fs::canonical(Env, EC).string();
  }
#ifdef SCHEMAC_CORPORA_DIR
  if (IsDir(SCHEMAC_CORPORA_DIR))
    return fs::canonical(SCHEMAC_CORPORA_DIR, EC).string();
#endif
  if (IsDir("/work/shared/corpora"))
    return "/work/shared/corpora";
  return {};
}

} // namespace schemac::unittest

#endif // SCHEMAC_UNITTESTS_TESTCORPORA_H
