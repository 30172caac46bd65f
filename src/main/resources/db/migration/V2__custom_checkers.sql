-- The source of a problem's custom checker program (checker: {type: custom, program: ...}), if it has one.
alter table problem add column checker_program text;
