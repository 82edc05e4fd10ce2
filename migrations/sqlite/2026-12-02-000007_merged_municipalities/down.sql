-- Which rows held an old code is not kept, and the current codes stay valid: nothing to undo.
SELECT 1;
