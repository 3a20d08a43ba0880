-- What SSMS "Generate Scripts" writes: GO batches, [brackets], N'' strings,
-- IDENTITY(seed, increment), (MAX) lengths, CLUSTERED keys, ON [PRIMARY],
-- TEXTIMAGE_ON, WITH (...) index options, named DEFAULT constraints, WITH
-- filtered indexes with INCLUDE, views, sp_addextendedproperty
-- descriptions, schemas, sequences, alias types; options the IR does not
-- model as "sqlserver.*" attributes; settings, procedures and grants as
-- opaque objects.
-- RUN: schemac --from=sqlserver -w --emit=ir %s | FileCheck %s
-- RUN: schemac --from=sqlserver -w --emit=ir %s | schemac-opt | FileCheck %s

SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE SCHEMA [Sales] AUTHORIZATION [dbo]
GO
CREATE TABLE [dbo].[Album](
	[AlbumId] [int] IDENTITY(1,1) NOT NULL,
	[Title] [nvarchar](160) NOT NULL,
	[Notes] [nvarchar](max) NULL,
	[ArtistId] [int] NOT NULL,
	[Price] money NULL CONSTRAINT DF_Album_Price DEFAULT ((0.0)),
	[Created] datetime2(7) NOT NULL CONSTRAINT [DF_Album_Created] DEFAULT (getdate()),
	[rowguid] uniqueidentifier ROWGUIDCOL NOT NULL DEFAULT (newid()),
	[Full] AS ([Title] + N' (' + CONVERT(nvarchar(10), [ArtistId]) + N')') PERSISTED,
 CONSTRAINT [PK_Album] PRIMARY KEY CLUSTERED 
(
	[AlbumId] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
GO
CREATE NONCLUSTERED INDEX [IX_Album_ArtistId] ON [dbo].[Album] ([ArtistId] ASC) INCLUDE ([Title]) WHERE ([ArtistId] > 0) WITH (FILLFACTOR = 80) ON [PRIMARY]
GO
ALTER TABLE [dbo].[Album]  WITH CHECK ADD  CONSTRAINT [CK_Album_Price] CHECK  (([Price]>=(0)))
GO
ALTER TABLE [dbo].[Album] CHECK CONSTRAINT [CK_Album_Price]
GO
CREATE VIEW [dbo].[vAlbum] AS SELECT a.AlbumId, a.Title + N'x' AS T FROM [dbo].[Album] a WHERE a.ArtistId = 1
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'The albums' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Album'
GO
EXEC sp_addextendedproperty @name=N'MS_Description', @value=N'Its title' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Album', @level2type=N'COLUMN',@level2name=N'Title'
GO
CREATE PROCEDURE dbo.p AS
BEGIN
  SELECT 1;
  SELECT 2;
END
GO
CREATE SEQUENCE [Sales].[Seq] AS int START WITH 1 INCREMENT BY 1
CREATE TYPE [dbo].[Name] FROM [nvarchar](50) NULL
GRANT SELECT ON SCHEMA::[Sales] TO [public]
-- CHECK: opaque "" object_type "setting" dialect sqlserver text "SET ANSI_NULLS ON"
-- CHECK: opaque "" object_type "setting" dialect sqlserver text "SET QUOTED_IDENTIFIER ON"
-- CHECK: schema Sales
-- CHECK: table Album comment "The albums" attributes ["sqlserver.on" = "[PRIMARY]", "sqlserver.textimage_on" = "[PRIMARY]"] {
-- CHECK-NEXT:   column AlbumId : integer not_null identity by_default (start 1 increment 1)
-- CHECK-NEXT:   column Title : varchar(160) not_null comment "Its title"
-- CHECK-NEXT:   column Notes : text null
-- CHECK-NEXT:   column ArtistId : integer not_null
-- CHECK-NEXT:   column Price : money null default (lit num 0.0) attributes ["sqlserver.default_constraint" = "DF_Album_Price"]
-- CHECK-NEXT:   column Created : timestamp(6) "datetime2(7)" not_null default (call localtimestamp syntax no_parens) attributes ["sqlserver.default_constraint" = "DF_Album_Created"]
-- CHECK-NEXT:   column rowguid : uuid not_null default (call gen_random_uuid) attributes ["sqlserver.rowguidcol" = ""]
-- CHECK-NEXT:   column Full : text generated stored (chain (col Title) "||" (lit str " (") "||" (cast (col ArtistId) varchar(10) cast_function) "||" (lit str ")")) attributes ["sqlserver.computed" = ""]
-- CHECK-NEXT:   constraint PK_Album primary_key [AlbumId] attributes ["sqlserver.clustered" = "clustered", "sqlserver.pad_index" = "OFF", "sqlserver.statistics_norecompute" = "OFF", "sqlserver.ignore_dup_key" = "OFF", "sqlserver.allow_row_locks" = "ON", "sqlserver.allow_page_locks" = "ON", "sqlserver.on" = "[PRIMARY]"]
-- CHECK-NEXT:   constraint CK_Album_Price check (binary ">=" (col Price) (lit int 0)) added_by_alter
-- CHECK: }
-- CHECK: index IX_Album_ArtistId on Album [ArtistId asc] include [Title] where (binary ">" (col ArtistId) (lit int 0)) attributes ["sqlserver.clustered" = "nonclustered", "sqlserver.fillfactor" = "80", "sqlserver.on" = "[PRIMARY]"]
-- CHECK: view vAlbum {
-- CHECK-NEXT:   project [(col a.AlbumId), (binary "||" (col a.Title) (lit str "x")) as T]
-- CHECK-NEXT:     filter (binary "=" (col a.ArtistId) (lit int 1))
-- CHECK-NEXT:       scan dbo.Album as a
-- CHECK: }
-- CHECK: opaque p object_type "procedure" dialect sqlserver text "CREATE PROCEDURE dbo.p AS\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND"
-- CHECK: sequence Sales.Seq as integer start 1 increment 1
-- CHECK: domain Name : varchar(50)
-- CHECK: opaque "" object_type "grant" dialect sqlserver target Sales text "GRANT SELECT ON SCHEMA::[Sales] TO [public]"
