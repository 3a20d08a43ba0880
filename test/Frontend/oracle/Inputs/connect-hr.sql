-- ORACLE: skip an Oracle SQL*Plus fixture of scripts/oracle_chains.py, read with --from=oracle
CONNECT hr
