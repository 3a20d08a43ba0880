:setvar Defined x
GO
CREATE TABLE $(Undefined).u (a INT)
