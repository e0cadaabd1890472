-- Forget every script after the baseline (001, 002) so a later `up` migrates forward again.
-- Tables that later scripts (006+) add are dropped by their own rollback files (100-899).
DELETE FROM schemaversions WHERE scriptname >= '003';
