-- Git problem sources: the commit each was last synced to, and a lease so that one node syncs a source at a time.
create table problem_source (
    name         text primary key,
    last_commit  text,
    last_sync_at timestamptz,
    sync_owner   text,
    sync_until   timestamptz
);

-- One sync of a source from one commit to the next: what it published and what it refused.
create table source_sync (
    id           bigint primary key,
    source       text        not null,
    from_commit  text,
    to_commit    text,
    state        text        not null,
    published    text,
    message      text,
    started_at   timestamptz not null default now(),
    finished_at  timestamptz
);
create sequence source_sync_seq increment by 50;
create index source_sync_source on source_sync (source, started_at);

-- Why a package of a commit was not published, pointing at a file and (when known) a line.
create table sync_failure (
    id          bigint primary key,
    sync_id     bigint      not null references source_sync (id) on delete cascade,
    source      text        not null,
    commit_sha  text,
    slug        text        not null,
    file        text        not null,
    line        integer     not null,
    reason      text        not null,
    created_at  timestamptz not null default now()
);
create sequence sync_failure_seq increment by 50;
create index sync_failure_source on sync_failure (source, created_at);
