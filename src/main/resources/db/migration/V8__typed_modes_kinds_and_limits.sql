-- Closed sets are stored by their enum names (the entities use @Enumerated(STRING)).
update problem set mode = upper(mode);
update problem_solution set kind = upper(kind);

-- Time limits per language are data, not a column per language.
create table problem_time_limit (
    problem_id    bigint not null references problem (id) on delete cascade,
    language      text   not null,
    time_limit_ms integer not null,
    primary key (problem_id, language)
);
insert into problem_time_limit (problem_id, language, time_limit_ms)
    select id, 'java', time_limit_java_ms from problem
    union all
    select id, 'python', time_limit_python_ms from problem;
alter table problem drop column time_limit_java_ms;
alter table problem drop column time_limit_python_ms;

-- A score's "too slow at n" is a field of its own, not words inside its growth class.
alter table submission_score add column too_slow_at bigint;
