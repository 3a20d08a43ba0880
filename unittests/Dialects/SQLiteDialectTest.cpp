//===- SQLiteDialectTest.cpp - The tables of dialects/sqlite/ -------------===//
//
// Part of schemac. The tables of dialects/sqlite/ against the SQLite library
// itself: the key words are sqlite3_keyword_name()'s, every function listed
// exists with those argument counts (pragma_function_list), and every
// canonical type spelling gives a column the affinity docs/Dialects.md
// says, which is what decides how SQLite stores a value.
//
//===----------------------------------------------------------------------===//

#include "schemac/dialects/sqlite/SQLiteDialect.h"

#include "llvm/ADT/StringExtras.h"

#include "gtest/gtest.h"

#include <set>
#include <sqlite3.h>
#include <string>

using namespace schemac;

namespace {

const SQLDialect &Lite = getSQLiteDialect();

/// An in-memory database.
class Database {
public:
  Database() { EXPECT_EQ(sqlite3_open(":memory:", &DB), SQLITE_OK); }
  ~Database() { sqlite3_close(DB); }
  /// The first column of each row of \p SQL.
  std::vector<std::string> query(const std::string &SQL) {
    std::vector<std::string> Rows;
    sqlite3_stmt *S = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(DB, SQL.c_str(), -1, &S, nullptr), SQLITE_OK)
        << SQL << ": " << sqlite3_errmsg(DB);
    while (S && sqlite3_step(S) == SQLITE_ROW) {
      const unsigned char *T = sqlite3_column_text(S, 0);
      Rows.push_back(T ? reinterpret_cast<const char *>(T) : "");
    }
    sqlite3_finalize(S);
    return Rows;
  }
  bool exec(const std::string &SQL) {
    return sqlite3_exec(DB, SQL.c_str(), nullptr, nullptr, nullptr) ==
           SQLITE_OK;
  }

private:
  sqlite3 *DB = nullptr;
};

std::vector<TypeKind> allTypeKinds() {
  return {
#define SCHEMAC_TYPE(Kind, IRName) TypeKind::Kind,
#include "schemac/ir/TypeKinds.def"
  };
}

TEST(SQLiteDialect, KeywordsAreTheLibrarys) {
  std::set<std::string> Library, Ours;
  for (int I = 0, N = sqlite3_keyword_count(); I != N; ++I) {
    const char *Word;
    int Len;
    ASSERT_EQ(sqlite3_keyword_name(I, &Word, &Len), SQLITE_OK);
    Library.insert(llvm::StringRef(Word, Len).lower());
  }
  for (const Keyword &K : Lite.getKeywords().rows())
    Ours.insert(K.Word);
  EXPECT_EQ(Ours, Library);
  // Every one is quoted when it names something.
  for (const std::string &W : Library)
    EXPECT_TRUE(Lite.needsQuotes(W)) << W;
  EXPECT_FALSE(Lite.needsQuotes("author_id"));
  EXPECT_EQ(Lite.quoteIdentifier("a\"b"), "\"a\"\"b\"");
}

TEST(SQLiteDialect, FunctionsExistWithTheirArgumentCounts) {
  Database DB;
  for (const sqlite::Function &F : sqlite::getFunctions()) {
    std::set<int> Counts;
    for (const std::string &N :
         DB.query(std::string("SELECT narg FROM pragma_function_list WHERE "
                              "builtin AND name = '") +
                  F.Name + "'"))
      Counts.insert(std::stoi(N));
    ASSERT_FALSE(Counts.empty()) << F.Name << " is not a function of SQLite";
    int Max = F.MaxArgs < 0 ? F.MinArgs + 3 : F.MaxArgs;
    for (int N = F.MinArgs; N <= Max; ++N)
      EXPECT_TRUE(Counts.count(N) || Counts.count(-1))
          << F.Name << " with " << N << " arguments";
  }
}

/// The storage class SQLite gives the text '1' in a column of \p Type: its
/// affinity, seen through typeof().
std::string storedClass(Database &DB, const std::string &Type) {
  static int Table = 0;
  std::string T = "t" + std::to_string(++Table);
  EXPECT_TRUE(DB.exec("CREATE TABLE " + T + " (c " + Type + ")")) << Type;
  EXPECT_TRUE(DB.exec("INSERT INTO " + T + " VALUES ('1')"));
  std::vector<std::string> R = DB.query("SELECT typeof(c) FROM " + T);
  return R.empty() ? "" : R[0];
}

TEST(SQLiteDialect, TypeSpellingsHaveTheirAffinity) {
  Database DB;
  for (TypeKind K : allTypeKinds()) {
    std::optional<TypeTable::Spelling> S = Lite.getTypes().getSpelling(K);
    if (!S) {
      EXPECT_TRUE(Lite.getTypes().hasNoSpelling(K)) << getTypeKindName(K).str();
      continue;
    }
    // TEXT affinity keeps text; NUMERIC and INTEGER make '1' an integer;
    // REAL a real. (None of our spellings has BLOB affinity but blob.)
    std::string Want;
    switch (K) {
    case TypeKind::Real:
    case TypeKind::Double:
      Want = "real";
      break;
    case TypeKind::Boolean:
    case TypeKind::SmallInt:
    case TypeKind::Integer:
    case TypeKind::BigInt:
    case TypeKind::Decimal:
    case TypeKind::Money:
    case TypeKind::Date:
    case TypeKind::Time:
    case TypeKind::TimeTz:
    case TypeKind::Timestamp:
    case TypeKind::TimestampTz:
      Want = "integer";
      break;
    default:
      Want = "text";
      break;
    }
    EXPECT_EQ(storedClass(DB, S->Name.str()), Want) << S->Name.str();
  }
}

TEST(SQLiteDialect, LossyNotesOnlyForKindsWithSpellings) {
  for (TypeKind K : allTypeKinds())
    if (!sqlite::getLossyTypeNote(K).empty())
      EXPECT_TRUE(Lite.getTypes().getSpelling(K)) << getTypeKindName(K).str();
  EXPECT_FALSE(sqlite::getLossyTypeNote(TypeKind::Decimal).empty());
  EXPECT_TRUE(sqlite::getLossyTypeNote(TypeKind::Text).empty());
}

TEST(SQLiteDialect, OperatorsRoundTripThroughTheirKinds) {
  for (const BinaryOperator &Op : Lite.getOperators().binaryRows()) {
    const BinaryOperator *R = Lite.getOperators().getBinary(Op.Kind);
    ASSERT_TRUE(R) << Op.Spelling;
    EXPECT_EQ(Lite.getOperators().getBinaryKind(R->Spelling), Op.Kind)
        << Op.Spelling;
  }
}

} // namespace
