//===- NameResolver.cpp - Where unqualified names resolve -----------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/NameResolver.h"

#include "llvm/ADT/STLExtras.h"

using namespace schemac;

NameResolver::~NameResolver() = default;

namespace {

class SearchPathResolver : public NameResolver {
public:
  std::vector<std::string> initialPath() const override { return {"public"}; }

  SearchPathChange
  changePath(llvm::ArrayRef<std::string> Current,
             llvm::ArrayRef<std::string> Requested) const override {
    SearchPathChange R;
    if (llvm::none_of(Requested,
                      [](const std::string &S) { return !S.empty(); })) {
      R.Path = Current.vec();
      R.None = true;
      return R;
    }
    R.Path = Requested.vec();
    return R;
  }
  bool skipsMissingSchemas() const override { return true; }
};

class CurrentDatabaseResolver : public NameResolver {
public:
  /// No database is selected yet: unqualified names resolve nowhere
  /// particular; a script selects one with USE before it uses them.
  std::vector<std::string> initialPath() const override { return {}; }

  SearchPathChange
  changePath(llvm::ArrayRef<std::string> Current,
             llvm::ArrayRef<std::string> Requested) const override {
    SearchPathChange R;
    if (Requested.empty() || Requested.front().empty()) {
      R.Path = Current.vec(); // USE needs a database: nothing changes
      return R;
    }
    R.Path = {Requested.front()};
    return R;
  }
};

class DefaultSchemaResolver : public NameResolver {
public:
  explicit DefaultSchemaResolver(std::string Fallback)
      : Fallback(std::move(Fallback)) {}

  std::vector<std::string> initialPath() const override { return {Fallback}; }

  SearchPathChange
  changePath(llvm::ArrayRef<std::string> Current,
             llvm::ArrayRef<std::string> Requested) const override {
    SearchPathChange R;
    // A user without a default schema (or with the fallback itself) uses
    // the fallback.
    if (Requested.empty() || Requested.front().empty() ||
        Requested.front() == Fallback)
      R.Path = {Fallback};
    else
      R.Path = {Requested.front(), Fallback};
    return R;
  }

private:
  std::string Fallback;
};

} // namespace

std::unique_ptr<NameResolver> schemac::createSearchPathResolver() {
  return std::make_unique<SearchPathResolver>();
}

std::unique_ptr<NameResolver> schemac::createCurrentDatabaseResolver() {
  return std::make_unique<CurrentDatabaseResolver>();
}

std::unique_ptr<NameResolver>
schemac::createDefaultSchemaResolver(std::string Fallback) {
  return std::make_unique<DefaultSchemaResolver>(std::move(Fallback));
}

std::unique_ptr<NameResolver>
schemac::createNameResolver(llvm::StringRef Dialect) {
  if (Dialect == "mysql" || Dialect == "mariadb")
    return createCurrentDatabaseResolver();
  if (Dialect == "sqlserver" || Dialect == "mssql" || Dialect == "tsql")
    return createDefaultSchemaResolver();
  // SQLite: the main database's schema (ATTACH names others).
  if (Dialect == "sqlite")
    return createDefaultSchemaResolver("main");
  return createSearchPathResolver();
}
