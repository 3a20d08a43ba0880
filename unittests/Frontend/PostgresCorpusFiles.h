//===- PostgresCorpusFiles.h - The PostgreSQL files of the corpora -*- C++
//-*-===//
//
// Part of schemac. The PostgreSQL files of the shared corpora
// (TestCorpora.h finds them), relative to the corpora directory, for the
// tests that run over all of them.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_UNITTESTS_FRONTEND_POSTGRESCORPUSFILES_H
#define SCHEMAC_UNITTESTS_FRONTEND_POSTGRESCORPUSFILES_H

#include "llvm/ADT/StringRef.h"

#include <filesystem>
#include <string>
#include <vector>

namespace schemac {
namespace unittest {

inline std::vector<std::string> postgresCorpusFiles(const std::string &Dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> R = {
      "sakila/pagila/pagila-schema.sql",
      "sakila/pagila/pagila-schema-jsonb.sql",
      "sakila/pagila/pagila-temporal-setup.sql",
      "sakila/pagila/pagila-sql-pgq-setup.sql",
      "chinook/Chinook_PostgreSql.sql",
      "chinook/Chinook_PostgreSql_AutoIncrementPKs.sql",
      "chinook/Chinook_PostgreSql_SerialPKs.sql",
      "sakila/jooq-sakila/postgres-sakila-db/postgres-sakila-schema.sql",
      "sakila/jooq-sakila/postgres-sakila-db/postgres-sakila-drop-objects.sql",
      "mediawiki/maintenance/postgres/tables-generated.sql",
      "mediawiki/maintenance/postgres/tables.sql"};
  std::error_code EC;
  for (const char *Sub :
       {"migra/FIXTURES", "mediawiki/maintenance/postgres/archives"})
    for (auto &E : fs::recursive_directory_iterator(fs::path(Dir) / Sub, EC)) {
      std::string P = E.path().string();
      std::string Name = E.path().filename().string();
      bool Migra = llvm::StringRef(Sub).startswith("migra");
      if (E.is_regular_file() &&
          (Migra ? (Name == "a.sql" || Name == "b.sql")
                 : llvm::StringRef(Name).endswith(".sql")))
        R.push_back(fs::relative(P, Dir).string());
    }
  return R;
}

} // namespace unittest
} // namespace schemac

#endif // SCHEMAC_UNITTESTS_FRONTEND_POSTGRESCORPUSFILES_H
