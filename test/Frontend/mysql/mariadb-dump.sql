-- MariaDB's own output (mariadb-dump, SHOW CREATE TABLE): what MariaDB
-- writes back for its options, read as --from=mariadb; MySQL 5.7/8.0
-- version comments are not MariaDB's code. The MariaDB round trip
-- (roundtrip.test) applies this file and schemac's output and compares the
-- catalogs.
-- RUN: schemac --from=mariadb --emit=ir %s 2>/dev/null | FileCheck %s

/*!40101 SET NAMES utf8mb4 */;
/*M!100616 SET @OLD_NOTE_VERBOSITY=@@NOTE_VERBOSITY, NOTE_VERBOSITY=0 */;
CREATE TABLE `author` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `bio` mediumtext DEFAULT NULL COMMENT 'free text',
  `born` date DEFAULT '1970-01-01',
  `kind` enum('person','group') NOT NULL DEFAULT 'person',
  `tags` set('a','b','c') DEFAULT 'a,b',
  `score` double(8,2) NOT NULL DEFAULT 0.00,
  `big` bigint(20) unsigned zerofill DEFAULT NULL,
  `flag` tinyint(1) NOT NULL DEFAULT 0,
  `uid` uuid DEFAULT NULL,
  `created` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `updated` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `name_len` int(11) GENERATED ALWAYS AS (char_length(`name`)) VIRTUAL,
  `name_up` varchar(100) GENERATED ALWAYS AS (ucase(`name`)) STORED,
  `hidden` int(11) DEFAULT 7 INVISIBLE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_name` (`name`),
  KEY `ix_born_kind` (`born`,`kind`),
  KEY `ix_bio` (`bio`(20)),
  FULLTEXT KEY `ft_bio` (`bio`),
  CONSTRAINT `chk_score` CHECK (`score` >= 0)
) ENGINE=InnoDB AUTO_INCREMENT=10 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC COMMENT='people who write';
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `book` (
  `id` int(11) NOT NULL,
  `author_id` int(10) unsigned DEFAULT NULL,
  `title` varchar(200) NOT NULL DEFAULT 'untitled',
  `price` decimal(10,2) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_author` (`author_id`),
  CONSTRAINT `fk_author` FOREIGN KEY (`author_id`) REFERENCES `author` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci PACK_KEYS=1;
CREATE TABLE `ix` (`a` int NOT NULL, `b` int, KEY `ix` (`a`), KEY (`b`)) ENGINE=InnoDB;
ALTER TABLE `book` ADD COLUMN `isbn` char(13) AFTER `id`, ADD INDEX `ix` (`title`(10));
DELIMITER ;;
CREATE TRIGGER `book_bi` BEFORE INSERT ON `book` FOR EACH ROW BEGIN
  IF NEW.price IS NULL THEN SET NEW.price = 0; END IF;
END ;;
CREATE PROCEDURE `count_books`(OUT n INT)
BEGIN
  SELECT COUNT(*) INTO n FROM `book`;
END ;;
DELIMITER ;
CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW `cheap` AS select `book`.`id` AS `id`,`book`.`title` AS `title` from `book` where `book`.`price` < 10;
/*!50700 CREATE TABLE mysql_only (a int) */;

-- CHECK-LABEL: enum author_kind ["person", "group"]
-- CHECK-LABEL: table author comment "people who write"
-- CHECK: column uid : uuid "uuid" default (lit null)
-- CHECK: column hidden : integer "int(11)" default (lit int 7) attributes ["mysql.invisible" = ""]
-- CHECK-LABEL: table book attributes ["mysql.engine" = "MyISAM", "mysql.charset" = "latin1", "mysql.collate" = "latin1_swedish_ci", "mysql.pack_keys" = "1"] {
-- CHECK-NEXT:   column id : integer "int(11)" not_null
-- CHECK-NEXT:   column isbn : char(13) "char(13)"
-- CHECK: index ix_ix on ix [a] attributes ["mysql.name" = "ix"]
-- CHECK: index book_ix on book [(call substr (col title) (lit int 1) (lit int 10))] attributes ["mysql.key_parts" = "(`title`(10))", "mysql.name" = "ix"]
-- CHECK: opaque book_bi object_type "trigger" dialect mariadb target book
-- CHECK: opaque count_books object_type "procedure"
-- CHECK: view cheap attributes ["mysql.algorithm" = "MERGE", "mysql.sql_security" = "INVOKER"]
-- CHECK-NOT: mysql_only
