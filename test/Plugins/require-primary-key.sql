-- The example plugin's pass on a real script: warnings (a -W group like any
-- other), errors with its `error` option, partitions, and its plugin flag.
-- RUN: schemac %s --load-plugin=%plugindir/RequirePrimaryKey.so \
-- RUN:   -passes=require-primary-key --verify-diagnostics
-- RUN: schemac %s --load-plugin=%plugindir/RequirePrimaryKey.so \
-- RUN:   -passes=require-primary-key -o /dev/null 2>&1 | FileCheck %s --check-prefix=WARN
-- RUN: schemac %s --load-plugin=%plugindir/RequirePrimaryKey.so \
-- RUN:   -passes=require-primary-key -Wno-missing-primary-key -o /dev/null 2>&1 | count 0
-- The plugin's warning group is known once the plugin is loaded, even when its
-- pass is not in the pipeline; without the plugin it is not.
-- RUN: schemac %s --load-plugin=%plugindir/RequirePrimaryKey.so \
-- RUN:   -Wno-missing-primary-key -o /dev/null
-- RUN: not schemac %s -Wno-missing-primary-key -o /dev/null 2>&1 \
-- RUN:   | FileCheck %s --check-prefix=NOPLUGIN
-- NOPLUGIN: schemac: error: unknown warning option '-Wno-missing-primary-key'
-- RUN: not schemac %s --load-plugin=%plugindir/RequirePrimaryKey.so \
-- RUN:   -passes=require-primary-key -Werror=missing-primary-key -o /dev/null 2>&1 \
-- RUN:   | FileCheck %s --check-prefix=WERROR
-- RUN: not schemac %s --load-plugin=%plugindir/RequirePrimaryKey.so \
-- RUN:   -passes='require-primary-key<error>' -o /dev/null 2>&1 \
-- RUN:   | FileCheck %s --check-prefix=ERROR
-- RUN: schemac %s --load-plugin=%plugindir/RequirePrimaryKey.so \
-- RUN:   -passes='require-primary-key<ignore-partitions>' \
-- RUN:   --require-primary-key-exempt=audit_log,public.staging -o /dev/null 2>&1 \
-- RUN:   | FileCheck %s --check-prefix=EXEMPT

-- WARN:      require-primary-key.sql:[[@LINE+4]]:14: warning: table 'audit_log' has no primary key [-Wmissing-primary-key]
-- WERROR:    require-primary-key.sql:[[@LINE+3]]:14: error: table 'audit_log' has no primary key [-Werror,-Wmissing-primary-key]
-- ERROR:     require-primary-key.sql:[[@LINE+2]]:14: error: table 'audit_log' has no primary key{{$}}
-- expected-warning@+1 {{table 'audit_log' has no primary key}}
CREATE TABLE audit_log (at timestamptz, what text);

CREATE TABLE customers (id int PRIMARY KEY, name text);

-- A key added later counts.
CREATE TABLE orders (id int, customer_id int REFERENCES customers);
ALTER TABLE orders ADD PRIMARY KEY (id);

-- A partition of a table with a primary key has one.
CREATE TABLE events (id int, day date, PRIMARY KEY (id, day)) PARTITION BY RANGE (day);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- A partition of a table without one does not.
-- WARN:      require-primary-key.sql:[[@LINE+4]]:14: warning: table 'raw' has no primary key
-- WARN:      require-primary-key.sql:[[@LINE+5]]:14: warning: table 'raw_2024' has no primary key
-- EXEMPT:    warning: table 'raw' has no primary key
-- expected-warning@+1 {{table 'raw' has no primary key}}
CREATE TABLE raw (day date, payload text) PARTITION BY RANGE (day);
-- expected-warning@+1 {{table 'raw_2024' has no primary key}}
CREATE TABLE raw_2024 PARTITION OF raw FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- WARN: require-primary-key.sql:[[@LINE+2]]:14: warning: table 'public.staging' has no primary key
-- expected-warning@+1 {{table 'public.staging' has no primary key}}
CREATE TABLE public.staging (line text);
-- EXEMPT-NOT: warning
