#!/usr/bin/env python3
"""Keeps the diagnostic table (DiagnosticKinds.def) honest.

    check-diagnostic-table.py TABLE SOURCE_DIR...

Checks that every DIAG(ID, Severity, Group, Text) entry of TABLE
  1. is used as `DiagID::ID` somewhere in the sources below SOURCE_DIR, not
     counting tests (folders named test, tests or unittests), build
     directories and hidden folders;
  2. has its own text: no two entries have the same text, placeholders
     (%0..%9) counted alike;
  3. says something: a text that is only placeholders and punctuation (such
     as "%0") lets every call site build its own message, so it is allowed
     only for the ids in ALLOWLIST;
  4. follows the rules in the table's header: the id's prefix matches its
     severity, only warnings and remarks have a -W group, the text does not
     end with a period and does not start with a capitalised word (an
     all-capitals keyword such as SETOF is fine).
Prints one `TABLE:LINE: error: ...` line per problem; exits 1 if there is
any.
"""

import os
import re
import sys

# Ids whose text may be only placeholders, each with the reason.
# Empty: every message has its own id. An entry needs a comment saying why.
ALLOWLIST = set()

PREFIX_OF = {"Error": "err_", "Warning": "warn_", "Note": "note_",
             "Remark": "remark_"}
SOURCE_SUFFIXES = (".cpp", ".cc", ".c", ".h", ".def", ".inc")
SKIPPED_DIRS = {"test", "tests", "unittests"}

STRING = r'"(?:[^"\\\n]|\\.)*"'
ENTRY = re.compile(r'^DIAG\(\s*(\w+)\s*,\s*(\w+)\s*,\s*(' + STRING +
                   r')\s*,\s*((?:' + STRING + r'\s*)+)\)', re.M)
PLACEHOLDER = re.compile(r"%\d")
# Comments (dropped) and the literals that may contain comment markers (kept).
COMMENT_OR_LITERAL = re.compile(
    r'(' + STRING + r"|'(?:[^'\\\n]|\\.)*')|//[^\n]*|/\*.*?\*/", re.S)


def unquote(literals):
    """The value of one or more adjacent C string literals."""
    parts = re.findall(STRING, literals)
    return "".join(bytes(p[1:-1], "utf-8").decode("unicode_escape")
                   for p in parts)


def read_table(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    entries, errors = [], []
    parsed = set()
    for m in ENTRY.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        parsed.add(line)
        entries.append({"id": m.group(1), "severity": m.group(2),
                        "group": unquote(m.group(3)),
                        "text": unquote(m.group(4)), "line": line})
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("DIAG(") and number not in parsed:
            errors.append((number, "cannot read this entry"))
    return entries, errors


def used_ids(roots, table):
    used = set()
    pattern = re.compile(r"\bDiagID::(\w+)")
    table = os.path.realpath(table)
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [
                d for d in dirnames
                if d not in SKIPPED_DIRS and not d.startswith(".") and
                not os.path.exists(os.path.join(dirpath, d, "CMakeCache.txt"))
            ]
            for name in filenames:
                path = os.path.join(dirpath, name)
                if (not name.endswith(SOURCE_SUFFIXES) or
                        os.path.realpath(path) == table):
                    continue
                with open(path, encoding="utf-8", errors="replace") as f:
                    code = COMMENT_OR_LITERAL.sub(lambda m: m.group(1) or " ",
                                                  f.read())
                used.update(pattern.findall(code))
    return used


def check(entries, used):
    errors = []
    texts = {}
    ids = {e["id"] for e in entries}
    for e in entries:
        id_, text, line = e["id"], e["text"], e["line"]
        if id_ not in used:
            errors.append((line, f"'{id_}' is not used outside the tests; "
                                 "remove it"))
        key = PLACEHOLDER.sub("%", text)
        if key in texts:
            errors.append((line, f"'{id_}' has the same text as "
                                 f"'{texts[key]['id']}' (line "
                                 f"{texts[key]['line']}); use one id for "
                                 "both"))
        else:
            texts[key] = e
        says_nothing = not re.search(r"[A-Za-z]", PLACEHOLDER.sub("", text))
        if says_nothing and id_ not in ALLOWLIST:
            errors.append((line, f"the text of '{id_}' is only placeholders; "
                                 "give the message its own text"))
        prefix = PREFIX_OF.get(e["severity"])
        if prefix is None:
            errors.append((line, f"unknown severity '{e['severity']}'"))
        elif not id_.startswith(prefix):
            errors.append((line, f"'{id_}' has severity {e['severity']}, so "
                                 f"its name starts with '{prefix}'"))
        if e["group"] and e["severity"] not in ("Warning", "Remark"):
            errors.append((line, f"'{id_}' has a -W group but is not a "
                                 "warning or remark"))
        if text.endswith("."):
            errors.append((line, f"the text of '{id_}' ends with a period"))
        first = text.split(" ", 1)[0]
        if first[:1].isupper() and not first.isupper():
            errors.append((line, f"the text of '{id_}' starts with a "
                                 "capital letter"))
    for id_ in sorted(ALLOWLIST - ids):
        errors.append((0, f"allowlisted '{id_}' is not in the table; remove "
                          "it from ALLOWLIST in " + os.path.basename(__file__)))
    return errors


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    table, roots = argv[1], argv[2:]
    entries, errors = read_table(table)
    errors += check(entries, used_ids(roots, table))
    name = os.path.basename(table)
    for line, message in sorted(errors):
        print(f"{name}:{line}: error: {message}")
    if not errors:
        print(f"{name}: {len(entries)} diagnostics, all used and distinct")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
