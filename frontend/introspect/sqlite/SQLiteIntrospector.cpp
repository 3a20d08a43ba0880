//===- SQLiteIntrospector.cpp - The schema of an SQLite file --------------===//
//
// Part of schemac. SQLite keeps the text of every CREATE statement in
// sqlite_schema, rewritten by ALTER TABLE as it goes, so the schema is those
// texts in the order they were made (rowid). The file is opened read-only
// and never created.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/introspect/sqlite/SQLiteIntrospector.h"

#include <sqlite3.h>

#include <memory>

using namespace schemac;

namespace {

struct CloseDatabase {
  void operator()(sqlite3 *DB) const { sqlite3_close(DB); }
};
struct FinalizeStatement {
  void operator()(sqlite3_stmt *S) const { sqlite3_finalize(S); }
};

llvm::Error makeError(const llvm::Twine &Msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Msg);
}

/// The file of a URL: sqlite:path, sqlite://path or sqlite:///abs/path;
/// query parameters are not used.
std::string filePath(const DatabaseURL &URL) {
  llvm::StringRef Path = llvm::StringRef(URL.getText())
                             .drop_front(URL.getScheme().size() + 1)
                             .split('?')
                             .first;
  Path.consume_front("//");
  return Path.str();
}

// Every object with a text, in the order made; SQLite's own (sqlite_*)
// are made by SQLite, and so are the shadow tables of a virtual table (its
// CREATE VIRTUAL TABLE makes them again).
const char *const SchemaSQL =
    "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE "
    "'sqlite\\_%' ESCAPE '\\' AND name NOT IN (SELECT name FROM "
    "pragma_table_list WHERE schema = 'main' AND type = 'shadow') "
    "ORDER BY rowid";

} // namespace

llvm::Expected<IntrospectedSchema>
SQLiteIntrospector::introspect(const DatabaseURL &URL) {
  std::string Path = filePath(URL);
  if (Path.empty())
    return makeError("invalid database URL '" + URL.getDisplayName() +
                     "': no file; expected 'sqlite:path.db'");
  sqlite3 *Raw = nullptr;
  int RC = sqlite3_open_v2(Path.c_str(), &Raw, SQLITE_OPEN_READONLY, nullptr);
  std::unique_ptr<sqlite3, CloseDatabase> DB(Raw);
  if (RC != SQLITE_OK)
    return makeError("could not open '" + URL.getDisplayName() +
                     "': " + (Raw ? sqlite3_errmsg(Raw) : "out of memory"));
  sqlite3_stmt *RawStmt = nullptr;
  RC = sqlite3_prepare_v2(DB.get(), SchemaSQL, -1, &RawStmt, nullptr);
  std::unique_ptr<sqlite3_stmt, FinalizeStatement> Stmt(RawStmt);
  IntrospectedSchema Schema{"", "sqlite", nullptr};
  while (RC == SQLITE_OK && (RC = sqlite3_step(Stmt.get())) == SQLITE_ROW) {
    const unsigned char *Text = sqlite3_column_text(Stmt.get(), 0);
    Schema.Text += std::string(reinterpret_cast<const char *>(Text)) + ";\n";
    RC = SQLITE_OK;
  }
  if (RC != SQLITE_DONE)
    return makeError("could not read the schema of '" + URL.getDisplayName() +
                     "': " + sqlite3_errmsg(DB.get()));
  return Schema;
}

void schemac::registerSQLiteIntrospector(IntrospectorRegistry &R) {
  R.add({"sqlite", "an SQLite database file", {"sqlite"}, [] {
           return std::make_unique<SQLiteIntrospector>();
         }});
}
