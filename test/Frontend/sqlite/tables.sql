-- SQLite tables: declared types read by the type table and SQLite's
-- affinity rules (the declared text kept as the spelling), column and table
-- constraints, AUTOINCREMENT as an identity column, defaults (signed
-- numbers, literals, bare words as strings, TRUE/FALSE, expressions),
-- generated columns, collations, foreign key actions and deferral.
-- RUN: schemac --from=sqlite --emit=ir %s | FileCheck %s
-- RUN: schemac --from=sqlite --emit=ir %s | schemac-opt | FileCheck %s

CREATE TABLE [Artist] (
    [ArtistId] INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "Name" NVARCHAR(120) COLLATE NOCASE,
    `born` DATETIME DEFAULT CURRENT_TIMESTAMP,
    rating REAL DEFAULT -1.5,
    hits UNSIGNED BIG INT DEFAULT +3,
    price NUMERIC(10, 2) CHECK (price >= 0),
    flags TINYINT DEFAULT TRUE,
    status DEFAULT active,
    note STRING,
    data BLOB,
    misc,
    doc JSON,
    total INT GENERATED ALWAYS AS (hits * 2) STORED,
    half AS (hits / 2),
    CONSTRAINT name_len CHECK (length("Name") BETWEEN 1 AND 120)
);
-- CHECK-LABEL: table Artist {
-- CHECK-NEXT:   column ArtistId : integer "INTEGER" not_null identity by_default
-- CHECK-NEXT:   column Name : varchar(120) "NVARCHAR(120)" collate NOCASE
-- CHECK-NEXT:   column born : timestamp "DATETIME" default (call current_timestamp syntax no_parens)
-- CHECK-NEXT:   column rating : double "REAL" default (lit num -1.5)
-- CHECK-NEXT:   column hits : bigint "UNSIGNED BIG INT" default (unary "+" (lit int 3))
-- CHECK-NEXT:   column price : decimal(10, 2) "NUMERIC(10, 2)"
-- CHECK-NEXT:   column flags : smallint "TINYINT" default (lit true)
-- CHECK-NEXT:   column status : unknown default (lit str "active")
-- CHECK-NEXT:   column note : decimal "STRING"
-- CHECK-NEXT:   column data : binary "BLOB"
-- CHECK-NEXT:   column misc : unknown
-- CHECK-NEXT:   column doc : json "JSON"
-- CHECK-NEXT:   column total : integer "INT" generated stored (binary "*" (col hits) (lit int 2))
-- CHECK-NEXT:   column half : unknown generated virtual (binary "/" (col hits) (lit int 2))
-- CHECK-NEXT:   constraint primary_key [ArtistId] column_level ArtistId
-- CHECK-NEXT:   constraint check (binary ">=" (col price) (lit int 0)) column_level price
-- CHECK-NEXT:   constraint name_len check (between (call length (col Name)) (lit int 1) (lit int 120))
-- CHECK-NEXT: }

CREATE TABLE album (
    id INTEGER NOT NULL,
    artist_id INTEGER REFERENCES Artist (ArtistId) ON DELETE CASCADE ON UPDATE SET NULL,
    title TEXT NOT NULL UNIQUE,
    code CHAR(3) NULL,
    CONSTRAINT pk_album PRIMARY KEY (id),
    UNIQUE (artist_id, title),
    CONSTRAINT fk_self FOREIGN KEY (id) REFERENCES album (id)
        ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (artist_id) REFERENCES Artist MATCH SIMPLE ON UPDATE NO ACTION ON DELETE SET DEFAULT
);

CREATE TEMP TABLE IF NOT EXISTS scratch (a);
-- CHECK-LABEL: table scratch temporary if_not_exists {
-- CHECK-NEXT:   column a : unknown
-- CHECK-NEXT: }
