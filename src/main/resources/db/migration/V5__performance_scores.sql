-- Performance scoring: a problem's scaling sizes and generator, and each scored submission's result.
alter table problem add column perf_sizes text;
alter table problem add column generator_source text;

create table submission_score (
    submission_id        uuid primary key references submission (id) on delete cascade,
    time_ratio           double precision,
    time_spread          double precision,
    memory_ratio         double precision,
    noisy                boolean not null,
    complexity           text,
    reference_complexity text,
    evidence_json        text not null,
    created_at           timestamptz not null default now()
);
