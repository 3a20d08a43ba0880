//===- Context.cpp - Owner of source buffers and file names ---------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/support/Context.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/Support/ErrorOr.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/Process.h"

#include <algorithm>

#if defined(__linux__)
#include <sys/mman.h>
#endif

using namespace schemac;

Context::Context() { Files.push_back({"<unknown>", 0}); }

static llvm::Error openError(llvm::StringRef Path, std::error_code EC) {
  return llvm::createStringError(EC, "could not open input file '%s': %s",
                                 Path.str().c_str(), EC.message().c_str());
}

static llvm::Error tooLarge(llvm::StringRef Path, uint64_t MaxSize) {
  return llvm::createStringError(
      std::make_error_code(std::errc::file_too_large),
      "input file '%s' is larger than the input size limit of %llu bytes "
      "(-fmax-input-size=)",
      Path.str().c_str(), (unsigned long long)MaxSize);
}

llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
Context::readFile(llvm::StringRef Path, uint64_t MaxSize) {
  namespace fs = llvm::sys::fs;
  llvm::StringRef Name = Path == "-" ? llvm::StringRef("<stdin>") : Path;
  fs::file_t FD = fs::getStdinHandle();
  if (Path != "-") {
    llvm::Expected<fs::file_t> Opened = fs::openNativeFileForRead(Path);
    if (!Opened)
      return openError(Path, llvm::errorToErrorCode(Opened.takeError()));
    FD = *Opened;
  }
  auto Close = llvm::make_scope_exit([&] {
    if (Path != "-")
      fs::closeFile(FD);
  });
  fs::file_status Status;
  if (std::error_code EC = fs::status(FD, Status))
    return openError(Path, EC);
  if (Status.type() == fs::file_type::directory_file)
    return openError(Path, std::make_error_code(std::errc::is_a_directory));
  // A regular file tells its size: refuse it before reading a byte, and
  // map it rather than copy it.
  if (Status.type() == fs::file_type::regular_file) {
    if (MaxSize && Status.getSize() > MaxSize)
      return tooLarge(Name, MaxSize);
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buf =
        llvm::MemoryBuffer::getOpenFile(FD, Name, Status.getSize(),
                                        /*RequiresNullTerminator=*/true);
    if (!Buf)
      return openError(Path, Buf.getError());
    return std::move(*Buf);
  }
  // stdin, a pipe or a device: read in chunks, never past the limit.
  llvm::SmallVector<char, 0> Text;
  constexpr size_t Chunk = 1 << 16;
  for (;;) {
    if (MaxSize && Text.size() > MaxSize)
      return tooLarge(Name, MaxSize);
    size_t Size = Text.size();
    Text.resize_for_overwrite(Size + Chunk);
    llvm::Expected<size_t> Read = fs::readNativeFile(
        FD, llvm::makeMutableArrayRef(Text.data() + Size, Chunk));
    if (!Read)
      return openError(Path, llvm::errorToErrorCode(Read.takeError()));
    Text.truncate(Size + *Read);
    if (!*Read)
      break;
  }
  return llvm::MemoryBuffer::getMemBufferCopy(
      llvm::StringRef(Text.data(), Text.size()), Name);
}

llvm::Expected<uint32_t> Context::addFile(llvm::StringRef Path,
                                          uint64_t MaxSize) {
  llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> Buf =
      readFile(Path, MaxSize);
  if (!Buf)
    return Buf.takeError();
  return addBuffer(std::move(*Buf), Path == "-" ? "<stdin>" : Path);
}

uint32_t Context::addBuffer(std::unique_ptr<llvm::MemoryBuffer> Buffer,
                            llvm::StringRef Name) {
  unsigned BufID = SrcMgr.AddNewSourceBuffer(std::move(Buffer), llvm::SMLoc());
  auto It = FileIDs.find(Name);
  if (It != FileIDs.end() && Files[It->second].BufferID == 0) {
    Files[It->second].BufferID = BufID;
    return It->second;
  }
  uint32_t ID = Files.size();
  Files.push_back({Name.str(), BufID});
  // A second buffer of the same name shadows the first for name lookups.
  FileIDs[Name] = ID;
  return ID;
}

uint32_t Context::getOrAddFileName(llvm::StringRef Name) {
  auto It = FileIDs.find(Name);
  if (It != FileIDs.end())
    return It->second;
  uint32_t ID = Files.size();
  Files.push_back({Name.str(), 0});
  FileIDs[Name] = ID;
  return ID;
}

llvm::StringRef Context::getFileName(uint32_t File) const {
  return File < Files.size() ? llvm::StringRef(Files[File].Name)
                             : llvm::StringRef("<unknown>");
}

bool Context::hasBuffer(uint32_t File) const {
  return File < Files.size() && Files[File].BufferID != 0;
}

llvm::StringRef Context::getBuffer(uint32_t File) const {
  if (!hasBuffer(File))
    return {};
  return SrcMgr.getMemoryBuffer(Files[File].BufferID)->getBuffer();
}

void Context::releaseText(uint32_t File, size_t End) const {
#if defined(__linux__)
  if (!hasBuffer(File))
    return;
  const llvm::MemoryBuffer *B = SrcMgr.getMemoryBuffer(Files[File].BufferID);
  // Only a mapping of the file can be dropped and read back: the pages of a
  // copy in memory would come back as zeros.
  if (B->getBufferKind() != llvm::MemoryBuffer::MemoryBuffer_MMap)
    return;
  size_t &Done = Files[File].Released;
  End = std::min(End, B->getBufferSize());
  if (End < Done + (size_t(1) << 20) && End != B->getBufferSize())
    return;
  uintptr_t Page = llvm::sys::Process::getPageSizeEstimate();
  uintptr_t Start = reinterpret_cast<uintptr_t>(B->getBufferStart());
  uintptr_t From = llvm::alignTo(Start + Done, Page);
  uintptr_t To = llvm::alignDown(Start + End, Page);
  if (To > From)
    ::madvise(reinterpret_cast<void *>(From), To - From, MADV_DONTNEED);
  // Released whole, the text may be read again from the start.
  Done = End == B->getBufferSize()
             ? 0
             : std::max(Done, static_cast<size_t>(To > Start ? To - Start : 0));
#else
  (void)File;
  (void)End;
#endif
}

llvm::SMLoc Context::toSMLoc(Location Loc) const {
  if (!Loc.isValid() || !hasBuffer(Loc.File))
    return llvm::SMLoc();
  return SrcMgr.FindLocForLineAndColumn(Files[Loc.File].BufferID, Loc.Line,
                                        Loc.Col ? Loc.Col : 1);
}

Location Context::getLocation(uint32_t File, size_t Offset) const {
  if (!hasBuffer(File))
    return Location();
  llvm::StringRef Buf = getBuffer(File);
  if (Offset > Buf.size())
    Offset = Buf.size();
  auto LC = SrcMgr.getLineAndColumn(
      llvm::SMLoc::getFromPointer(Buf.data() + Offset), Files[File].BufferID);
  return Location(File, LC.first, LC.second);
}
