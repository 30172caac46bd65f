-- Interviews: an interviewer's timed session for one candidate, opened through an invite link.
create table interview (
    id               bigint primary key,
    candidate_name   text        not null,
    candidate_email  text,
    languages        text        not null,
    duration_minutes integer     not null check (duration_minutes between 5 and 240),
    opens_at         timestamptz,
    closes_at        timestamptz,
    state            text        not null check (state in ('SCHEDULED', 'RUNNING', 'COMPLETED')),
    created_by       bigint      references app_user (id),
    created_at       timestamptz not null,
    started_at       timestamptz,
    deadline_at      timestamptz,
    completed_at     timestamptz,
    -- the node that finalized the session at its deadline (exactly one does)
    finalized_by     text,
    -- the candidate page numbers what it sends; anything not after the last number is a replay or out of order
    last_client_seq  bigint      not null default 0,
    snapshot_count   integer     not null default 0
);
create sequence interview_seq increment by 50;
-- the deadline job's claim: running sessions by deadline
create index interview_due on interview (deadline_at) where state = 'RUNNING';

-- Invite links: only the SHA-256 of each token is kept; revoked ones stay so their holders get 410, not 404.
create table interview_invite (
    token_hash   text primary key,
    interview_id bigint      not null references interview (id) on delete cascade,
    issued_at    timestamptz not null,
    revoked_at   timestamptz
);
create index interview_invite_interview on interview_invite (interview_id);

-- The problems of a session, pinned at creation: version and what the candidate is shown; plus the last saved code.
create table interview_problem (
    id              bigint primary key,
    interview_id    bigint  not null references interview (id) on delete cascade,
    position        integer not null,
    problem_id      bigint  not null references problem (id),
    problem_version text    not null,
    slug            text    not null,
    title           text    not null,
    pinned_json     text    not null,
    language        text,
    source          text,
    saved_at        timestamptz,
    submitted_hash  text,
    unique (interview_id, position)
);
create sequence interview_problem_seq increment by 50;

-- Code snapshots, append only: each is the edit from the previous snapshot of its problem (replace edit_removed
-- characters at edit_from with edit_text), so a two-hour session stores what was typed, not thousands of copies.
create table interview_snapshot (
    interview_id bigint      not null references interview (id) on delete cascade,
    seq          integer     not null,
    problem      integer     not null,
    at           timestamptz not null,
    language     text        not null,
    origin       text        not null,
    edit_from    integer     not null,
    edit_removed integer     not null,
    edit_text    text        not null,
    primary key (interview_id, seq)
);

-- What happened in a session, in order: runs, submits, language switches, pastes, focus, start and end.
create table interview_event (
    id            bigserial primary key,
    interview_id  bigint      not null references interview (id) on delete cascade,
    problem       integer,
    at            timestamptz not null,
    type          text        not null,
    detail        text,
    submission_id uuid        references submission (id)
);
create index interview_event_session on interview_event (interview_id, id);
create index interview_event_submission on interview_event (submission_id) where submission_id is not null;

-- Private to interviewers: timestamped notes and one scorecard per interviewer.
create table interview_note (
    id           bigserial primary key,
    interview_id bigint      not null references interview (id) on delete cascade,
    author_id    bigint      not null references app_user (id),
    at           timestamptz not null,
    text         text        not null
);
create table interview_scorecard (
    interview_id    bigint      not null references interview (id) on delete cascade,
    author_id       bigint      not null references app_user (id),
    problem_solving integer     not null check (problem_solving between 1 and 4),
    code_quality    integer     not null check (code_quality between 1 and 4),
    communication   integer     not null check (communication between 1 and 4),
    testing         integer     not null check (testing between 1 and 4),
    recommendation  text        not null,
    comment         text,
    updated_at      timestamptz not null,
    primary key (interview_id, author_id)
);
