//===- SchemacMain.h - The shared main() of schemac tools ------*- C++ -*-===//
//
// Part of schemac. schemac and schemac-opt are the same driver with
// different defaults, like MLIR's MlirOptMain: read the inputs (the
// frontend chosen by --from or the file extension; .sir through the IR
// parser, .json through the JSON reader) into one module, verify it, run
// the -passes= pipeline with the pass manager's instrumentation, and write
// the output of the backend chosen by --emit and --target.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_TOOLS_DRIVER_SCHEMACMAIN_H
#define SCHEMAC_TOOLS_DRIVER_SCHEMACMAIN_H

namespace schemac {

struct ToolInfo {
  /// Program name used in messages ("schemac").
  const char *Name;
  /// First line of --help.
  const char *Overview;
  /// Default of --emit.
  const char *DefaultEmit;
  /// Input language for stdin and for files whose extension names none
  /// (nullptr: such files are an error, stdin is read as DefaultStdinFrom).
  const char *DefaultFrom;
  /// Input language for stdin when --from is not given.
  const char *DefaultStdinFrom;
  /// Read stdin when no input file is given (otherwise: an error).
  bool ReadStdinByDefault;
};

/// Runs the driver; returns the process exit code.
int schemacMain(int Argc, char **Argv, const ToolInfo &Tool);

} // namespace schemac

#endif // SCHEMAC_TOOLS_DRIVER_SCHEMACMAIN_H
