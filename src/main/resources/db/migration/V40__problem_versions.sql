-- Immutable problem versions. A version is one package content (its content hash) with where it came from; its tests
-- and shipped solutions belong to it and are never replaced. problem keeps the current published version's fields
-- for the catalog; a submission records the version it is judged on.
create table problem_version (
    id                   bigint primary key,
    problem_id           bigint      not null references problem (id) on delete cascade,
    version              text        not null,
    source               text        not null,
    format               text        not null,
    state                text        not null,
    commit_sha           text,
    author               text,
    committed_at         timestamptz,
    title                text        not null,
    difficulty           text        not null,
    mode                 text        not null,
    statement_md         text        not null,
    spec_json            text        not null,
    checker_json         text        not null,
    checker_program      text,
    generator_source     text,
    perf_sizes           text,
    perf_complexity      text,
    memory_mb            integer     not null,
    tags                 text,
    time_multiplier      double precision,
    time_safety_margin   double precision,
    time_resolution      double precision,
    message              text,
    created_at           timestamptz not null default now(),
    published_at         timestamptz,
    unique (problem_id, version)
);
create sequence problem_version_seq increment by 50;

-- a version's time limit per language (as problem_time_limit is the current version's), set once it is calibrated
create table problem_version_time_limit (
    version_id    bigint  not null references problem_version (id) on delete cascade,
    language      text    not null,
    time_limit_ms integer not null,
    primary key (version_id, language)
);

alter table problem add column current_version_id bigint references problem_version (id);
alter table problem add column source text not null default 'local';
alter table problem add column hidden boolean not null default false;

alter table test_case add column version_id bigint references problem_version (id) on delete cascade;
alter table problem_solution add column version_id bigint references problem_version (id) on delete cascade;
alter table submission add column problem_version_id bigint references problem_version (id);

-- every problem loaded before versions existed becomes its own first version
insert into problem_version (id, problem_id, version, source, format, state, title, difficulty, mode, statement_md,
                             spec_json, checker_json, checker_program, generator_source, perf_sizes, perf_complexity,
                             memory_mb, tags, created_at, published_at)
select nextval('problem_version_seq'), id, version, 'local', 'ARBITER', 'PUBLISHED', title, difficulty, mode,
       statement_md, spec_json, checker_json, checker_program, generator_source, perf_sizes, perf_complexity,
       memory_mb, (select string_agg(tag, ',' order by tag) from problem_tag t where t.problem_id = problem.id),
       loaded_at, loaded_at
  from problem;
update problem p set current_version_id = v.id from problem_version v where v.problem_id = p.id;
insert into problem_version_time_limit (version_id, language, time_limit_ms)
select p.current_version_id, l.language, l.time_limit_ms from problem_time_limit l join problem p on p.id = l.problem_id;
update test_case t set version_id = p.current_version_id from problem p where p.id = t.problem_id;
update problem_solution s set version_id = p.current_version_id from problem p where p.id = s.problem_id;
update submission s set problem_version_id = v.id
  from problem_version v where v.problem_id = s.problem_id and v.version = s.problem_version;

alter table test_case drop constraint test_case_problem_id_ordinal_key;
alter table test_case add constraint test_case_version_ordinal unique (version_id, ordinal);
create index problem_solution_version on problem_solution (version_id);
create index submission_version on submission (problem_version_id, verdict) where kind = 'SUBMIT';
