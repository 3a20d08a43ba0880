"""The Oracle corpus chains of ../shared/corpora, shared by
scripts/oracle-corpora.py, scripts/oracle-roundtrip.py and
scripts/oracle-source-oracle.py.

Each chain is a list of files compiled into one module, in the order the
sample schemas' install scripts run them: a file that alters, comments on or
drops what another file creates follows it, the sub-scripts that oe_cre.sql
runs with `@&vscript` come before it (the frontend does not follow @), and
`CONNECT hr` / `CONNECT oe` (test/Frontend/oracle/Inputs, as the main install
scripts connect) say whose schema unqualified names are in.
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
INPUTS = os.path.join(HERE, os.pardir, "test", "Frontend", "oracle", "Inputs")

OS = "oracle-sample-schemas/"
OE = OS + "order_entry/"
SAKILA = "sakila/jooq-sakila/oracle-sakila-db/"
# name -> files; "@x" is test/Frontend/oracle/Inputs/x.
GROUPS = [
    ("chinook", ["chinook/Chinook_Oracle.sql"]),
    ("hr", [OS + "human_resources/hr_create.sql",
            OS + "human_resources/hr_code.sql",
            OS + "human_resources/hr_uninstall.sql"]),
    ("co", [OS + "customer_orders/co_create.sql",
            OS + "customer_orders/co_uninstall.sql"]),
    ("sh", [OS + "sales_history/sh_create.sql",
            OS + "sales_history/sh_uninstall.sql"]),
    ("pm", [OS + "product_media/pm_cre.sql", OS + "product_media/pm_drop.sql"]),
    ("oe", ["@connect-hr.sql", OS + "human_resources/hr_create.sql",
            "@connect-oe.sql", OE + "ccus_v3.sql", OE + "cwhs_v3.sql",
            OE + "cord_v3.sql", OE + "oe_cre.sql", OE + "oe_idx.sql",
            OE + "oe_views.sql", OE + "oe_comnt.sql", OE + "oc_cre.sql",
            OE + "oc_comnt.sql", OE + "oc_drop.sql", OE + "oe_drop.sql"]),
    ("oe-v3", ["@connect-hr.sql", OS + "human_resources/hr_create.sql",
               "@connect-oe.sql", OE + "ccus_v3.sql", OE + "cwhs_v3.sql",
               OE + "cord_v3.sql", OE + "coe_v3.sql", OE + "cidx_v3.sql",
               OE + "oe_views.sql", OE + "cmnt_v3.sql"]),
    ("sakila", [SAKILA + "oracle-sakila-schema.sql",
                SAKILA + "oracle-sakila-schema-pl-sql.sql",
                SAKILA + "oracle-sakila-drop-objects.sql"]),
]

def paths(corpora, files):
    return [os.path.join(INPUTS, f[1:]) if f.startswith("@")
            else os.path.join(corpora, f) for f in files]


def corpus_files(files):
    return [f for f in files if not f.startswith("@")]
