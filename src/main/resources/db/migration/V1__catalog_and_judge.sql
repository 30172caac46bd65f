-- The problem catalog, loaded from problems/ and versioned by content hash.
create table problem (
    id              bigserial primary key,
    slug            text        not null unique,
    version         text        not null,
    title           text        not null,
    difficulty      text        not null,
    mode            text        not null,
    statement_md    text        not null,
    spec_json       text        not null,
    checker_json    text        not null,
    time_limit_java_ms   integer not null,
    time_limit_python_ms integer not null,
    memory_mb       integer     not null,
    loaded_at       timestamptz not null default now()
);

create table problem_tag (
    problem_id bigint not null references problem (id) on delete cascade,
    tag        text   not null,
    primary key (problem_id, tag)
);
create index problem_tag_tag on problem_tag (tag);

create table test_case (
    id         bigserial primary key,
    problem_id bigint  not null references problem (id) on delete cascade,
    ordinal    integer not null,
    name       text    not null,
    sample     boolean not null,
    input      text    not null,
    expected   text    not null,
    unique (problem_id, ordinal)
);

create table problem_solution (
    id         bigserial primary key,
    problem_id bigint not null references problem (id) on delete cascade,
    kind       text   not null,
    language   text   not null,
    name       text   not null,
    source     text   not null
);

-- Submissions double as the judge queue: QUEUED rows are claimed with FOR UPDATE SKIP LOCKED.
create table submission (
    id              uuid primary key,
    problem_id      bigint      not null references problem (id),
    problem_version text        not null,
    user_id         bigint,
    language        text        not null,
    kind            text        not null,
    source          text        not null,
    custom_input    text,
    state           text        not null,
    verdict         text,
    message         text,
    tests_total     integer     not null default 0,
    tests_passed    integer     not null default 0,
    max_cpu_ms      integer,
    max_memory_kb   integer,
    attempt         integer     not null default 0,
    lease_owner     text,
    lease_until     timestamptz,
    created_at      timestamptz not null default now(),
    started_at      timestamptz,
    finished_at     timestamptz
);
create index submission_queue on submission (created_at) where state in ('QUEUED', 'JUDGING');
create index submission_problem on submission (problem_id, created_at);

create table test_result (
    id            bigserial primary key,
    submission_id uuid    not null references submission (id) on delete cascade,
    attempt       integer not null,
    ordinal       integer not null,
    test_name     text    not null,
    sample        boolean not null,
    verdict       text    not null,
    cpu_ms        integer,
    wall_ms       integer,
    memory_kb     integer,
    input         text,
    expected      text,
    actual        text,
    stdout        text,
    stderr        text,
    message       text,
    created_at    timestamptz not null default now(),
    unique (submission_id, attempt, ordinal)
);

-- Hibernate's pooled id generators for the Panache entities (allocation size 50).
create sequence problem_seq increment by 50;
create sequence test_case_seq increment by 50;
create sequence problem_solution_seq increment by 50;
create sequence test_result_seq increment by 50;
