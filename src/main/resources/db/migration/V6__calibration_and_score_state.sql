-- The reference's growth class as declared in problem.yaml (perf.complexity).
alter table problem add column perf_complexity text;

-- Scores are measured after the verdict: PENDING until then, FAILED with a message when they cannot be.
alter table submission_score add column state text not null default 'DONE';
alter table submission_score add column message text;
alter table submission_score alter column noisy set default false;
alter table submission_score alter column evidence_json drop not null;

-- Internal submissions judge a problem's own solutions (calibration, validation): no user, claimed after every
-- user's submission, never listed; time_limit_ms overrides the problem's limit for them.
alter table submission add column internal boolean not null default false;
alter table submission add column time_limit_ms integer;

-- Time-limit calibration and the reference benchmark, per problem version, language and judge image.
create table calibration (
    id                  bigserial primary key,
    problem_id          bigint  not null references problem (id) on delete cascade,
    problem_version     text    not null,
    language            text    not null,
    image_id            text    not null,
    state               text    not null,
    declared_limit_ms   integer not null,
    slowest_accepted_ms integer,
    slowest_accepted    text,
    suggested_limit_ms  integer,
    limit_ok            boolean,
    tle_json            text,
    reference_json      text,
    message             text,
    created_at          timestamptz not null default now(),
    unique (problem_id, problem_version, language, image_id)
);
