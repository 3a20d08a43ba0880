//===- Context.cpp - Owner of source buffers and file names ---------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/support/Context.h"

#include "llvm/Support/ErrorOr.h"

using namespace schemac;

Context::Context() { Files.push_back({"<unknown>", 0}); }

llvm::Expected<uint32_t> Context::addFile(llvm::StringRef Path) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buf =
      llvm::MemoryBuffer::getFileOrSTDIN(Path, /*IsText=*/false,
                                         /*RequiresNullTerminator=*/true);
  if (std::error_code EC = Buf.getError())
    return llvm::createStringError(EC, "could not open input file '%s': %s",
                                   Path.str().c_str(), EC.message().c_str());
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
