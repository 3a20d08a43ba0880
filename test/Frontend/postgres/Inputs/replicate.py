"""Writes N copies of a pg_dump of the public schema, copy i in schema s<i>,
to stdout: an input large enough for several parse batches."""
import sys

path, n = sys.argv[1], int(sys.argv[2])
src = open(path, encoding="utf-8").read()
for i in range(1, n + 1):
    s = f"s{i}"
    sys.stdout.write(f"CREATE SCHEMA {s};\n")
    sys.stdout.write(src.replace("public.", s + ".")
                        .replace("ALTER SCHEMA public", "ALTER SCHEMA " + s)
                        .replace("COMMENT ON SCHEMA public",
                                 "COMMENT ON SCHEMA " + s))
