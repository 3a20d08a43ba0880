//===- Context.h - Owner of source buffers and file names ------*- C++ -*-===//
//
// Part of schemac. The Context owns every source buffer the tools read (in an
// llvm::SourceMgr) and the table of file names that Locations refer to. One
// Context lives as long as a tool invocation, like MLIRContext.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_CONTEXT_H
#define SCHEMAC_SUPPORT_CONTEXT_H

#include "schemac/support/Location.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SMLoc.h"
#include "llvm/Support/SourceMgr.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace schemac {

class Context {
public:
  Context();
  Context(const Context &) = delete;
  Context &operator=(const Context &) = delete;

  /// Reads \p Path ("-" is stdin) and registers it. Returns its file id.
  /// An input larger than \p MaxSize bytes (0: no limit) is an error,
  /// found while reading: stdin, pipes and devices (/dev/zero) have no
  /// size up front, and are never read past the limit.
  llvm::Expected<uint32_t> addFile(llvm::StringRef Path, uint64_t MaxSize = 0);
  /// Reads \p Path ("-" is stdin) as addFile() does, without registering
  /// it.
  static llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
  readFile(llvm::StringRef Path, uint64_t MaxSize = 0);
  /// Registers an in-memory buffer under \p Name. Returns its file id.
  uint32_t addBuffer(std::unique_ptr<llvm::MemoryBuffer> Buffer,
                     llvm::StringRef Name);
  /// Returns the id of a file name without a buffer (e.g. a location parsed
  /// back from textual IR), adding it if needed.
  uint32_t getOrAddFileName(llvm::StringRef Name);

  llvm::StringRef getFileName(uint32_t File) const;
  /// The whole text of \p File, or an empty string if it has no buffer.
  llvm::StringRef getBuffer(uint32_t File) const;
  bool hasBuffer(uint32_t File) const;
  /// Says that the text of \p File before byte \p End will not be read
  /// again soon. If the file is mapped, its pages leave the process's
  /// resident memory, a megabyte or more at a time; touched again (say, for
  /// a diagnostic), they are read back from the file. Readers call it as
  /// they go, so that a large input is not resident whole next to what is
  /// built from it; after a release of the whole text, a new reading may
  /// start from the beginning. No effect on text read into memory (stdin,
  /// pipes) or on systems without madvise.
  void releaseText(uint32_t File, size_t End = SIZE_MAX) const;
  /// Number of file ids in use, including the unknown file 0.
  uint32_t getNumFiles() const { return Files.size(); }

  /// Converts a Location into an SMLoc of the buffer, if the file is loaded.
  llvm::SMLoc toSMLoc(Location Loc) const;
  /// Converts a byte offset inside file \p File to a line/column Location.
  Location getLocation(uint32_t File, size_t Offset) const;

  llvm::SourceMgr &getSourceMgr() { return SrcMgr; }
  const llvm::SourceMgr &getSourceMgr() const { return SrcMgr; }

private:
  struct FileEntry {
    std::string Name;
    unsigned BufferID = 0;       ///< 0: no buffer in SrcMgr.
    mutable size_t Released = 0; ///< Bytes given back by releaseText().
  };
  mutable llvm::SourceMgr SrcMgr; // line lookups fill a cache
  std::vector<FileEntry> Files;   ///< Index 0 is the unknown file.
  llvm::StringMap<uint32_t> FileIDs;
};

} // namespace schemac

#endif // SCHEMAC_SUPPORT_CONTEXT_H
