-- mysqldump output: version comments are code for the server version they
-- name (MariaDB-only /*M!...*/ comments are not MySQL's), DELIMITER changes
-- the terminator of triggers and routines, the view's placeholder table is
-- dropped before the view; LOCK TABLES, INSERT, SET and the trigger are
-- kept in order as opaque objects.
-- RUN: schemac --from=mysql --emit=ir %s 2>%t.err | FileCheck %s
-- RUN: FileCheck --check-prefix=DIAG %s < %t.err
-- RUN: schemac --from=mariadb --emit=ir %s 2>/dev/null | FileCheck --check-prefix=MARIADB %s

-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*M!100616 SET @OLD_NOTE_VERBOSITY=@@NOTE_VERBOSITY, NOTE_VERBOSITY=0 */;
# a hash comment
DROP TABLE IF EXISTS `orders`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `orders` (
  `id` int NOT NULL AUTO_INCREMENT,
  `note` varchar(20) DEFAULT 'a\'b\\c',
  `created` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `orders` WRITE;
/*!40000 ALTER TABLE `orders` DISABLE KEYS */;
INSERT INTO `orders` VALUES (1,'x;y',NULL),(2,'it\'s',NULL);
/*!40000 ALTER TABLE `orders` ENABLE KEYS */;
UNLOCK TABLES;

/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `orders_bi` BEFORE INSERT ON `orders` FOR EACH ROW BEGIN
  SET NEW.note = CONCAT(NEW.note, ';');
END */;;
DELIMITER ;

DROP TABLE IF EXISTS `order_view`;
/*!50001 DROP VIEW IF EXISTS `order_view`*/;
/*!50001 CREATE VIEW `order_view` AS SELECT
 1 AS `id`,
 1 AS `note`*/;
/*!50001 DROP VIEW IF EXISTS `order_view`*/;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`localhost` SQL SECURITY DEFINER */
/*!50001 VIEW `order_view` AS select `orders`.`id` AS `id`,`orders`.`note` AS `note` from `orders` where (`orders`.`id` > 1) */;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

-- Dump completed on 2024-01-01 12:00:00

-- CHECK: opaque "" object_type "set" dialect mysql text "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;"
-- CHECK-NOT: NOTE_VERBOSITY
-- CHECK-LABEL: table orders attributes ["mysql.engine" = "InnoDB", "mysql.auto_increment" = "3", "mysql.charset" = "utf8mb4", "mysql.collate" = "utf8mb4_0900_ai_ci"] {
-- CHECK-NEXT:   column id : integer "int" not_null identity by_default (start 3)
-- CHECK-NEXT:   column note : varchar(20) "varchar(20)" default (lit str "a'b\\c")
-- CHECK-NEXT:   column created : timestamp "datetime" default (call current_timestamp syntax no_parens)
-- CHECK-NEXT:   constraint primary_key [id]
-- CHECK-NEXT: }
-- CHECK: opaque "" object_type "lock tables" dialect mysql references [orders] text "LOCK TABLES `orders` WRITE;"
-- CHECK-NEXT: opaque "" object_type "insert" dialect mysql target orders is_data text "INSERT INTO `orders` VALUES (1,'x;y',NULL),(2,'it\\'s',NULL);"
-- CHECK-NEXT: opaque "" object_type "unlock tables" dialect mysql text "UNLOCK TABLES;"
-- CHECK: opaque orders_bi object_type "trigger" dialect mysql target orders text "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `orders_bi` BEFORE INSERT ON `orders` FOR EACH ROW BEGIN\n  SET NEW.note = CONCAT(NEW.note, ';');\nEND */"
-- CHECK-NEXT: view order_view attributes ["mysql.algorithm" = "UNDEFINED", "mysql.definer" = "`root`@`localhost`", "mysql.sql_security" = "DEFINER"] {
-- CHECK-NOT: table order_view

-- MARIADB: NOTE_VERBOSITY

-- DIAG-NOT: error
