#!/usr/bin/env python3
"""Real-world PostgreSQL schemas that Debian packages ship, as a conformance set.

Applications packaged for Debian install their database schemas as SQL files
(PowerDNS, Icinga, ejabberd, Roundcube, Request Tracker, Kamailio, Zabbix,
DAViCal, FreeRADIUS, ...). They are real schemas written by other projects,
loaded by their installers with psql, so they make a conformance set that
nobody here wrote. Nothing of them is copied into this repository: this
script downloads the packages with `apt-get download` (no installation, no
maintainer scripts run) and extracts them with `dpkg-deb -x` into a directory
under the build tree, and scripts/pg-conformance.py runs the cases below
(`--group debian`, `--debian-schemas DIR`).

  debian_schemas.py fetch DIR     download and extract every package (once;
                                  DIR/STAMP records the package versions)
  debian_schemas.py list DIR      print the cases and their files

Each case names the files an installer loads, in the order it loads them
(the packages' dbconfig-common data and install scripts say which). Gzipped
files are decompressed next to the original by `fetch`.

Standard library only.
"""

import os
import shutil
import subprocess
import sys
from typing import Dict, List, NamedTuple


class DebianCase(NamedTuple):
    label: str
    packages: List[str]
    files: List[str]           # relative to DIR/pkg/<package>/, in load order
    note: str = ""
    large: bool = False        # tens of megabytes of data: not in the default set
    mask_load_time: bool = False  # see pg_catalog.Case


CASES: List[DebianCase] = [
    DebianCase("pdns", ["pdns-backend-pgsql"],
               ["usr/share/pdns-backend-pgsql/schema/schema.pgsql.sql"]),
    DebianCase("icinga2-ido", ["icinga2-ido-pgsql"],
               ["usr/share/icinga2-ido-pgsql/schema/pgsql.sql"]),
    DebianCase("icingaweb2", ["icingaweb2"],
               ["usr/share/icingaweb2/schema/pgsql.schema.sql"]),
    DebianCase("ejabberd", ["ejabberd"], ["usr/share/ejabberd/sql/pg.sql"]),
    DebianCase("ejabberd-new", ["ejabberd"],
               ["usr/share/ejabberd/sql/pg.new.sql"],
               note="the multi-host schema"),
    DebianCase("roundcube", ["roundcube-core"],
               ["usr/share/roundcube/SQL/postgres.initial.sql"]),
    DebianCase("request-tracker5", ["request-tracker5"],
               ["usr/share/request-tracker5/etc/schema.Pg"]),
    # kamdbctl loads standard-create.sql (the version table) first, then one
    # file per module; "@kamailio" stands for that list, read from the package.
    DebianCase("kamailio", ["kamailio-postgres-modules"], ["@kamailio"],
               note="standard-create.sql, then every module's *-create.sql"),
    DebianCase("gnokii-smsd", ["gnokii-smsd-pgsql"],
               ["usr/share/doc/gnokii-smsd-pgsql/sms.tables.pq.sql"]),
    DebianCase("zabbix-proxy", ["zabbix-proxy-pgsql"],
               ["usr/share/zabbix-proxy-pgsql/schema.sql.gz"]),
    DebianCase("zabbix-server (schema, then the double-precision and history "
               "primary-key upgrades)", ["zabbix-server-pgsql"],
               ["usr/share/zabbix-server-pgsql/schema.sql.gz",
                "usr/share/zabbix-server-pgsql/double.sql.gz",
                "usr/share/zabbix-server-pgsql/history_pk_prepare.sql.gz"],
               note="a migration history: ALTER COLUMN TYPE, RENAME, CREATE"),
    DebianCase("zabbix-server (schema, images, data)", ["zabbix-server-pgsql"],
               ["usr/share/zabbix-server-pgsql/schema.sql.gz",
                "usr/share/zabbix-server-pgsql/images.sql.gz",
                "usr/share/zabbix-server-pgsql/data.sql.gz"],
               note="34 MB, 130,000 INSERTs kept in place", large=True),
    DebianCase("davical (after libawl-php's tables)",
               ["libawl-php", "davical"],
               ["libawl-php:usr/share/awl/dba/awl-tables.sql",
                "libawl-php:usr/share/awl/dba/schema-management.sql",
                "davical:usr/share/davical/dba/davical.sql",
                "davical:usr/share/davical/dba/caldav_functions.sql",
                "davical:usr/share/davical/dba/rrule_functions.sql",
                "davical:usr/share/davical/dba/views/dav_principal.sql",
                "davical:usr/share/davical/dba/base-data.sql"],
               note="the order of dba/create-database.sh"),
    DebianCase("freeradius", ["freeradius-config"],
               ["etc/freeradius/3.0/mods-config/sql/main/postgresql/schema.sql"]),
    DebianCase("freeradius-ippool", ["freeradius-config"],
               ["etc/freeradius/3.0/mods-config/sql/ippool/postgresql/schema.sql",
                "etc/freeradius/3.0/mods-config/sql/ippool/postgresql/procedure.sql"]),
    DebianCase("freeradius-ippool-dhcp", ["freeradius-config"],
               ["etc/freeradius/3.0/mods-config/sql/ippool-dhcp/postgresql/schema.sql",
                "etc/freeradius/3.0/mods-config/sql/ippool-dhcp/postgresql/procedure.sql"]),
    DebianCase("freeradius-cui, moonshot", ["freeradius-config"],
               ["etc/freeradius/3.0/mods-config/sql/cui/postgresql/schema.sql",
                "etc/freeradius/3.0/mods-config/sql/moonshot-targeted-ids/postgresql/schema.sql"],
               note="DEFAULT 'now()' is the load time", mask_load_time=True),
]


def packages() -> List[str]:
    return sorted({p for c in CASES for p in c.packages})


def case_files(root: str, case: DebianCase) -> List[str]:
    """The absolute paths of a case's inputs under an extracted DIR."""
    out: List[str] = []
    for f in case.files:
        pkg, rel = (f.split(":", 1) if ":" in f else (case.packages[0], f))
        base = os.path.join(root, "pkg", pkg)
        if rel == "@kamailio":
            d = os.path.join(base, "usr/share/kamailio/postgres")
            names = sorted(n for n in os.listdir(d) if n.endswith("-create.sql"))
            names.remove("standard-create.sql")
            out += [os.path.join(d, n) for n in ["standard-create.sql"] + names]
            continue
        if rel.endswith(".gz"):
            rel = rel[:-3]
        out.append(os.path.join(base, rel))
    return out


def is_fetched(root: str) -> bool:
    return os.path.isfile(os.path.join(root, "STAMP"))


def fetch(root: str) -> int:
    if is_fetched(root):
        print(f"debian_schemas: {root}: already fetched")
        return 0
    debs = os.path.join(root, "debs")
    os.makedirs(debs, exist_ok=True)
    pkgs = packages()
    # apt-get download writes into the working directory; as root it warns
    # that the download is unsandboxed, which is harmless here.
    r = subprocess.run(["apt-get", "download", "-q"] + pkgs, cwd=debs,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       text=True)
    if r.returncode != 0:
        sys.stderr.write(r.stderr)
        print("debian_schemas: error: apt-get download failed", file=sys.stderr)
        return 1
    versions = []
    for deb in sorted(os.listdir(debs)):
        if not deb.endswith(".deb"):
            continue
        name, version = deb.split("_")[:2]
        dest = os.path.join(root, "pkg", name)
        os.makedirs(dest, exist_ok=True)
        subprocess.run(["dpkg-deb", "-x", os.path.join(debs, deb), dest],
                       check=True)
        versions.append(f"{name} {version.replace('%3a', ':')}")
    for case in CASES:
        for f in case.files:
            rel = f.split(":", 1)[-1]
            if rel.endswith(".gz"):
                pkg = f.split(":", 1)[0] if ":" in f else case.packages[0]
                gz = os.path.join(root, "pkg", pkg, rel)
                if not os.path.exists(gz[:-3]):
                    subprocess.run(["gunzip", "-k", gz], check=True)
    missing = [p for c in CASES for p in case_files(root, c)
               if not os.path.isfile(p)]
    if missing:
        print(f"debian_schemas: error: not in the packages: {missing[0]}",
              file=sys.stderr)
        return 1
    shutil.rmtree(debs)
    with open(os.path.join(root, "STAMP"), "w") as f:
        f.write("\n".join(versions) + "\n")
    print(f"debian_schemas: {len(versions)} packages in {root}")
    return 0


def main(argv: List[str]) -> int:
    if len(argv) != 3 or argv[1] not in ("fetch", "list"):
        print(__doc__.strip().split("\n\n")[2], file=sys.stderr)
        return 2
    root = os.path.abspath(argv[2])
    if argv[1] == "fetch":
        return fetch(root)
    if not is_fetched(root):
        print(f"debian_schemas: error: {root}: not fetched", file=sys.stderr)
        return 1
    for c in CASES:
        print(c.label + (" [large]" if c.large else ""))
        for p in case_files(root, c):
            print("  " + os.path.relpath(p, root))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
