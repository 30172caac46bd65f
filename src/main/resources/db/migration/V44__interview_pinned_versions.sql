-- A session pins each problem's version by id (the immutable version its submissions are judged on); sessions made
-- before versions existed pin the version their content hash names.
alter table interview_problem add column problem_version_id bigint references problem_version (id);
update interview_problem ip set problem_version_id = v.id
  from problem_version v where v.problem_id = ip.problem_id and v.version = ip.problem_version;
