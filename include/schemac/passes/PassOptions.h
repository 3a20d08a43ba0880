//===- PassOptions.h - Options of one pass in a pipeline -------*- C++ -*-===//
//
// Part of schemac. A pass declares its options (name, type, default,
// description) in a PassOptions object; the pipeline parser sets them from
// the text between `<` and `>`:
//
//   name-constraints<no-indexes;max-length=30>
//   require-primary-key<severity=error;ignore-partitions>
//
// Boolean options are written `flag`, `no-flag` or `flag=true|false`; other
// options `key=value`, where a value that contains `;`, `>`, `,`, `"`, `\` or
// blanks is written in double quotes with backslash escapes. printCanonical()
// prints every option in declaration order, so a printed pipeline re-parses
// to the same pipeline.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_PASSOPTIONS_H
#define SCHEMAC_PASSES_PASSOPTIONS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace schemac {

class PassOptions {
public:
  enum class Type { Bool, Int, String, Enum };

  struct Option {
    std::string Name;
    std::string Description;
    Type Ty = Type::Bool;
    /// Canonical text of the default and current value ("true"/"false" for
    /// booleans, decimal digits for integers).
    std::string Default;
    std::string Value;
    /// Enum: the accepted values. Int: the accepted range.
    std::vector<std::string> Choices;
    int64_t Min = std::numeric_limits<int64_t>::min();
    int64_t Max = std::numeric_limits<int64_t>::max();
  };

  //===--- Declaration (by the pass) --------------------------------------===//
  PassOptions &addBool(llvm::StringRef Name, bool Default,
                       llvm::StringRef Description);
  PassOptions &addInt(llvm::StringRef Name, int64_t Default,
                      llvm::StringRef Description,
                      int64_t Min = std::numeric_limits<int64_t>::min(),
                      int64_t Max = std::numeric_limits<int64_t>::max());
  PassOptions &addString(llvm::StringRef Name, llvm::StringRef Default,
                         llvm::StringRef Description);
  PassOptions &addEnum(llvm::StringRef Name, llvm::StringRef Default,
                       llvm::ArrayRef<llvm::StringRef> Choices,
                       llvm::StringRef Description);

  //===--- Setting (by the pipeline parser) -------------------------------===//
  /// Sets option \p Key of pass \p PassName from the text of a pipeline.
  /// \p HasValue is false for a bare `key` (booleans: `flag` / `no-flag`).
  llvm::Error set(llvm::StringRef PassName, llvm::StringRef Key,
                  llvm::StringRef Value, bool HasValue);
  /// Restores every default.
  void reset();

  //===--- Reading (by the pass) ------------------------------------------===//
  bool getBool(llvm::StringRef Name) const;
  int64_t getInt(llvm::StringRef Name) const;
  /// String and enum options.
  llvm::StringRef getString(llvm::StringRef Name) const;

  const std::vector<Option> &options() const { return Options; }
  bool empty() const { return Options.empty(); }
  const Option *find(llvm::StringRef Name) const;

  /// `a=1;flag;no-other;s="x;y"`: every option in declaration order.
  void printCanonical(llvm::raw_ostream &OS) const;
  /// One line per option for --list-passes / --help.
  void printHelp(llvm::raw_ostream &OS, unsigned Indent) const;

  /// Same options with the same values.
  bool operator==(const PassOptions &Other) const;

private:
  Option *findMutable(llvm::StringRef Name);
  Option &add(llvm::StringRef Name, Type Ty, std::string Default,
              llvm::StringRef Description);
  std::vector<Option> Options;
};

/// Writes \p Value as an option value, quoting it if needed.
void printPassOptionValue(llvm::raw_ostream &OS, llvm::StringRef Value);

} // namespace schemac

#endif // SCHEMAC_PASSES_PASSOPTIONS_H
