//===- PostgresTableGen.cpp - Generates the frontend's tables -------------===//
//
// Part of schemac. schemac-pg-tblgen: computes, at build time, the tables
// that the PostgreSQL frontend would otherwise build at the first statement
// of every process (PostgresTables.h), and writes them as a C++ source file:
//
//   schemac-pg-tblgen PostgresLexer.tokens -o PostgresTables.cpp
//
// The token types come from the grammar's .tokens file (NAME=type lines, the
// ANTLR tool's output), so this tool does not link the generated parser; the
// key word rows, their categories and the statement kinds from the dialect's
// tables, which it links. It fails, with a message, where the grammar and the
// key word table disagree (a Token key word without a K_ token).
//
//===----------------------------------------------------------------------===//

#include "PostgresClassifier.h"
#include "PostgresTables.h"

#include "schemac/dialects/postgres/PostgresDialect.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <string_view>

using namespace schemac;
using namespace schemac::pg;
using namespace schemac::pg::opaque;

static llvm::cl::opt<std::string> TokensFile(llvm::cl::Positional,
                                             llvm::cl::Required,
                                             llvm::cl::desc("<Lexer.tokens>"));
static llvm::cl::opt<std::string> OutputFile("o", llvm::cl::Required,
                                             llvm::cl::desc("Output file"),
                                             llvm::cl::value_desc("file"));

namespace {

int fail(const llvm::Twine &Message) {
  llvm::WithColor::error(llvm::errs(), "schemac-pg-tblgen") << Message << '\n';
  return 1;
}

/// The fast parser's words (FastQueryWords.def, sorted by spelling): the
/// enumerator's name of \p Spelling, or "None".
const char *fastWordName(std::string_view Spelling) {
  struct Entry {
    std::string_view Spelling;
    const char *Name;
  };
  static constexpr Entry Words[] = {
#define FAST_WORD(Name, Spelling) {Spelling, #Name},
#include "FastQueryWords.def"
  };
  static_assert(std::is_sorted(std::begin(Words), std::end(Words),
                               [](const Entry &A, const Entry &B) {
                                 return A.Spelling < B.Spelling;
                               }),
                "FastQueryWords.def must list the words sorted by spelling");
  const Entry *It = std::lower_bound(
      std::begin(Words), std::end(Words), Spelling,
      [](const Entry &E, std::string_view S) { return E.Spelling < S; });
  return It != std::end(Words) && It->Spelling == Spelling ? It->Name : "None";
}

struct Row {
  uint32_t Index; ///< In the key word table.
  uint16_t Type;
};

} // namespace

int main(int Argc, char **Argv) {
  llvm::cl::ParseCommandLineOptions(Argc, Argv,
                                    "PostgreSQL frontend table generator\n");
  auto Buf = llvm::MemoryBuffer::getFile(TokensFile);
  if (!Buf)
    return fail("cannot read '" + TokensFile +
                "': " + Buf.getError().message());

  // NAME=type and 'literal'=type lines.
  llvm::StringMap<uint16_t> Types;
  uint16_t MaxType = 0;
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  (*Buf)->getBuffer().split(Lines, '\n', -1, false);
  for (llvm::StringRef Line : Lines) {
    Line = Line.rtrim("\r");
    size_t Eq = Line.rfind('=');
    unsigned Type = 0;
    if (Eq == llvm::StringRef::npos ||
        Line.substr(Eq + 1).getAsInteger(10, Type) || Type == 0 ||
        Type > 0xFFFF)
      return fail("'" + TokensFile + "': not a NAME=type line: '" + Line + "'");
    MaxType = std::max(MaxType, static_cast<uint16_t>(Type));
    if (Line.front() != '\'')
      Types[Line.take_front(Eq)] = static_cast<uint16_t>(Type);
  }
  auto IdentIt = Types.find("IDENT");
  if (IdentIt == Types.end())
    return fail("'" + TokensFile + "' has no IDENT token");

  // The K_<WORD> tokens, each found in the key word table by its word (the
  // few words of later versions than the table's target among the rows).
  const KeywordTable &Table = getPostgresDialect().getKeywords();
  llvm::ArrayRef<Keyword> KeywordRows = Table.rows();
  std::vector<Row> Rows;
  for (const auto &Entry : Types) {
    llvm::StringRef Name = Entry.first();
    if (!Name.startswith("K_"))
      continue;
    llvm::StringRef Word = Name.drop_front(2);
    const Keyword *K = Table.find(Word);
    if (!K)
      for (const Keyword &R : KeywordRows)
        if (R.Since && Word.equals_insensitive(R.Word))
          K = &R;
    if (!K || !K->Token)
      continue;
    Rows.push_back(
        {static_cast<uint32_t>(K - KeywordRows.data()), Entry.second});
  }
  llvm::sort(Rows,
             [](const Row &A, const Row &B) { return A.Index < B.Index; });
  size_t TokenRows = static_cast<size_t>(
      llvm::count_if(KeywordRows, [](const Keyword &K) { return K.Token; }));
  if (Rows.size() != TokenRows)
    return fail("the key word table has " + llvm::Twine(TokenRows) +
                " Token rows but the grammar " + llvm::Twine(Rows.size()) +
                " K_ tokens for them");

  std::vector<std::pair<std::string, uint16_t>> Entries;
  std::vector<uint8_t> Flags(MaxType + 1, 0);
  for (const Row &R : Rows) {
    const Keyword &K = KeywordRows[R.Index];
    Entries.emplace_back(K.Word, R.Type);
    Flags[R.Type] = tables::IsKeyword;
    if (K.Category == KeywordCategory::Reserved && K.Since == 0)
      Flags[R.Type] |= tables::IsReserved;
  }
  KeywordIndex Index(Entries);

  static const sql::StatementClassifier::Pattern Patterns[] = {
#define PG_STATEMENT(Pattern, Kind, ObjectType, Flags)                         \
  {Pattern, static_cast<unsigned>(StmtKind::Kind), ObjectType, Flags},
#include "PostgresStatementKinds.def"
  };
  sql::StatementClassifier Classifier(Patterns, Entries, IdentIt->second);

  std::error_code EC;
  llvm::raw_fd_ostream OS(OutputFile, EC, llvm::sys::fs::OF_Text);
  if (EC)
    return fail("cannot write '" + OutputFile + "': " + EC.message());
  OS << "// Generated by schemac-pg-tblgen from "
     << llvm::sys::path::filename(TokensFile)
     << ", the dialect's key word table\n"
        "// and PostgresStatementKinds.def: do not edit "
        "(frontend/sql/postgres/PostgresTableGen.cpp).\n\n"
        "#include \"PostgresTables.h\"\n\n"
        "namespace schemac {\nnamespace pg {\nnamespace tables {\n\n";
  OS << "const uint16_t MaxTokenType = " << MaxType << ";\n\n";
  OS << "const KeywordToken KeywordTokens[] = {\n";
  for (const Row &R : Rows) {
    const Keyword &K = KeywordRows[R.Index];
    OS << "    {\"" << K.Word << "\", " << R.Type << ", KeywordCategory::"
       << getKeywordCategoryName(Table.getCategory(K.Word)) << ", "
       << ((Flags[R.Type] & tables::IsReserved) ? "true" : "false")
       << ", sql::Word::" << fastWordName(K.Word) << "},\n";
  }
  OS << "};\nconst size_t NumKeywordTokens = " << Rows.size() << ";\n\n";
  OS << "const uint8_t TokenFlags[] = {";
  for (size_t I = 0; I != Flags.size(); ++I)
    OS << (I % 16 ? " " : "\n    ") << unsigned(Flags[I]) << ',';
  OS << "\n};\n\n";
  OS << "const KeywordIndex::Slot KeywordSlots[] = {\n";
  for (const KeywordIndex::Slot &S : Index.slots()) {
    if (!S.Value)
      OS << "    {},\n";
    else
      OS << "    {" << S.Hash << "u, " << S.Value << ", " << S.Len << ", \""
         << llvm::StringRef(S.Word, S.Len) << "\"},\n";
  }
  OS << "};\nconst size_t NumKeywordSlots = " << Index.slots().size()
     << ";\nconst size_t KeywordMaxLength = " << Index.getMaxLength()
     << ";\n\n";
  Classifier.writeTables(OS, "Classifier");
  OS << "\n} // namespace tables\n} // namespace pg\n} // namespace schemac\n";
  OS.close();
  if (OS.has_error())
    return fail("cannot write '" + OutputFile + "': " + OS.error().message());
  return 0;
}
