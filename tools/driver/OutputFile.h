//===- OutputFile.h - Atomic output files of the driver --------*- C++ -*-===//
//
// Part of schemac. Every file the driver writes goes through OutputFile: the
// text goes to a temporary file in the target's directory, which replaces
// the target (with the target's permissions) only when commit() succeeds.
// A backend error, a failed write (a full disk) or a crash leaves an
// existing file as it was and no partial file behind; a symbolic link
// stays a link (the file it points to is replaced). Targets that are not
// regular files (stdout, /dev/null, /dev/full, a pipe) are written
// directly, but only on commit(): a failed run writes nothing into them.
// The text is held until then, in memory up to a threshold and past it in
// an unlinked temporary file (in $TMPDIR), so memory stays bounded (not
// for /dev/null, which nobody reads).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_TOOLS_DRIVER_OUTPUTFILE_H
#define SCHEMAC_TOOLS_DRIVER_OUTPUTFILE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <optional>
#include <string>

namespace schemac {

class HeldText;

class OutputFile {
public:
  /// Opens the output \p Path ("-" is stdout): creates the temporary file,
  /// or opens a target that is not a regular file. Errors name \p Path.
  /// Text held for a target that is not a regular file goes to a
  /// temporary file once it is larger than \p SpillSize bytes.
  static llvm::Expected<std::unique_ptr<OutputFile>>
  open(llvm::StringRef Path, uint64_t SpillSize = DefaultSpillSize);

  static constexpr uint64_t DefaultSpillSize = 4 << 20;

  OutputFile(const OutputFile &) = delete;
  OutputFile &operator=(const OutputFile &) = delete;
  /// Discards the output unless it was committed.
  ~OutputFile();

  llvm::raw_ostream &os();

  /// Flushes the text and moves it into place. On failure (a write error,
  /// the rename) the target is unchanged and the temporary file removed.
  llvm::Error commit();
  /// Drops the text: the target stays as it was.
  void discard();

private:
  explicit OutputFile(llvm::StringRef Path);

  std::string Path;   ///< As given, for messages.
  std::string Target; ///< The file replaced: Path, or where its link points.
  std::optional<llvm::sys::fs::TempFile> Temp; ///< None: written directly.
  std::unique_ptr<llvm::raw_fd_ostream> File;  ///< The temporary or target.
  /// The text for a target that is written directly, held until commit().
  std::unique_ptr<HeldText> HeldOS;
  bool Done = false;
};

/// True if \p Output names the same file as \p Input (two names of one file
/// count, e.g. through a link or "./").
bool isSameFile(llvm::StringRef Input, llvm::StringRef Output);

} // namespace schemac

#endif // SCHEMAC_TOOLS_DRIVER_OUTPUTFILE_H
