-- A rejudge of a previous version's accepted submissions on a new version. Its verdicts are internal submissions of
-- their own: the stored verdicts of the old version are never touched.
create table rejudge (
    id              bigint primary key,
    problem_id      bigint      not null references problem (id) on delete cascade,
    from_version_id bigint      not null references problem_version (id) on delete cascade,
    to_version_id   bigint      not null references problem_version (id) on delete cascade,
    eligible        integer     not null,
    created_at      timestamptz not null default now(),
    unique (from_version_id, to_version_id)
);
create sequence rejudge_seq increment by 50;

create table rejudge_item (
    id                     bigint primary key,
    rejudge_id             bigint not null references rejudge (id) on delete cascade,
    original_id            uuid   not null references submission (id) on delete cascade,
    original_verdict       text   not null,
    rejudge_submission_id  uuid   not null references submission (id) on delete cascade
);
create sequence rejudge_item_seq increment by 50;
create index rejudge_item_rejudge on rejudge_item (rejudge_id);
