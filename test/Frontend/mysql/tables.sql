-- MySQL tables: types read into neutral types (the text kept as the
-- spelling), UNSIGNED in the next wider type, TINYINT(1) as a boolean,
-- ENUM as an enum type of its own, AUTO_INCREMENT as identity (its start
-- from the table's AUTO_INCREMENT=), column and table options as mysql.*
-- dialect attributes, inline keys and indexes, checks, foreign keys,
-- generated columns, comments.
-- RUN: schemac --from=mysql --emit=ir %s | FileCheck %s
-- RUN: schemac --from=mysql --emit=ir %s | schemac-opt | FileCheck %s

CREATE TABLE `film` (
  `film_id` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `description` text COMMENT 'what it is about',
  `release_year` year(4) DEFAULT NULL,
  `rating` enum('G','PG','PG-13') DEFAULT 'G',
  `features` set('Trailers','Commentaries') DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT '1',
  `big` bigint unsigned DEFAULT 0,
  `price` decimal(5,2) NOT NULL DEFAULT 4.99,
  `ratio` float DEFAULT -1.5,
  `flags` bit(8) DEFAULT b'101',
  `doc` json,
  `last_update` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  `twice` int GENERATED ALWAYS AS ((`film_id` * 2)) VIRTUAL,
  `secret` int INVISIBLE,
  `name``quoted` char(2) DEFAULT 'it''s \n',
  PRIMARY KEY (`film_id`),
  UNIQUE KEY `uk_title` (`title`),
  KEY `idx_year` (`release_year`) USING BTREE COMMENT 'by year',
  KEY `idx_prefix` (`title`(10), `release_year` DESC),
  FULLTEXT KEY `ft_desc` (`description`),
  CONSTRAINT `chk_price` CHECK ((`price` >= 0)),
  CONSTRAINT `fk_self` FOREIGN KEY (`film_id`) REFERENCES `other` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=1001 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci ROW_FORMAT=DYNAMIC COMMENT='Films';
-- CHECK-LABEL: enum film_rating ["G", "PG", "PG-13"]
-- CHECK-LABEL: table film comment "Films" attributes ["mysql.engine" = "InnoDB", "mysql.auto_increment" = "1001", "mysql.charset" = "utf8mb4", "mysql.collate" = "utf8mb4_0900_ai_ci", "mysql.row_format" = "DYNAMIC"] {
-- CHECK-NEXT:   column film_id : integer "smallint(5) unsigned" not_null identity by_default (start 1001)
-- CHECK-NEXT:   column title : varchar(128) "varchar(128)" not_null attributes ["mysql.charset" = "utf8mb4", "mysql.collate" = "utf8mb4_bin"]
-- CHECK-NEXT:   column description : text "text" comment "what it is about"
-- CHECK-NEXT:   column release_year : smallint "year(4)" default (lit null)
-- CHECK-NEXT:   column rating : user<film_rating> "enum('G','PG','PG-13')" default (lit str "G")
-- CHECK-NEXT:   column features : varchar(21) "set('Trailers','Commentaries')" default (lit null)
-- CHECK-NEXT:   column active : boolean "tinyint(1)" not_null default (lit true)
-- CHECK-NEXT:   column big : bigint "bigint unsigned" default (lit int 0)
-- CHECK-NEXT:   column price : decimal(5, 2) "decimal(5,2)" not_null default (lit num 4.99)
-- CHECK-NEXT:   column ratio : real "float" default (lit num -1.5)
-- CHECK-NEXT:   column flags : bit(8) "bit(8)" default (lit bits "b101")
-- CHECK-NEXT:   column doc : json "json"
-- CHECK-NEXT:   column last_update : timestamp(6) "timestamp(6)" not_null default (call current_timestamp (lit int 6) syntax no_parens) attributes ["mysql.on_update" = "CURRENT_TIMESTAMP(6)"]
-- CHECK-NEXT:   column twice : integer "int" generated virtual (binary "*" (col film_id) (lit int 2))
-- CHECK-NEXT:   column secret : integer "int" attributes ["mysql.invisible" = ""]
-- CHECK-NEXT:   column "name`quoted" : char(2) "char(2)" default (lit str "it's \n")
-- CHECK-NEXT:   constraint primary_key [film_id]
-- CHECK-NEXT:   constraint chk_price check (binary ">=" (col price) (lit int 0))
-- CHECK-NEXT:   constraint fk_self foreign_key [film_id] references other [id] on_delete set_null on_update cascade
-- CHECK-NEXT: }
-- CHECK-NEXT: index uk_title on film unique [title]
-- CHECK-NEXT: index idx_year on film [release_year] comment "by year" attributes ["mysql.using" = "BTREE"]
-- CHECK-NEXT: index idx_prefix on film [(call substr (col title) (lit int 1) (lit int 10)), release_year desc] attributes ["mysql.key_parts" = "(`title`(10), `release_year` DESC)"]
-- CHECK-NEXT: index ft_desc on film [description] attributes ["mysql.kind" = "FULLTEXT"]

-- Index names are a table's own in MySQL: a second idx_year gets the
-- table's name in the IR, its own kept as mysql.name. An unnamed key is
-- named after its first column.
CREATE TABLE other (id int PRIMARY KEY, release_year int, KEY idx_year (release_year), KEY (id, release_year), UNIQUE (release_year));
-- CHECK-LABEL: table other {
-- CHECK-NEXT:   column id : integer "int"
-- CHECK-NEXT:   column release_year : integer "int"
-- CHECK-NEXT:   constraint primary_key [id] column_level id
-- CHECK-NEXT: }
-- CHECK-NEXT: index other_idx_year on other [release_year] attributes ["mysql.name" = "idx_year"]
-- CHECK-NEXT: index id on other generated_name [id, release_year]
-- CHECK-NEXT: index release_year on other generated_name unique [release_year]
