-- Practice accounts: bcrypt password hashes, and sessions stored as SHA-256 hashes of their cookie token.
create table app_user (
    id            bigserial primary key,
    username      text        not null unique,
    password_hash text        not null,
    created_at    timestamptz not null default now()
);
create sequence app_user_seq increment by 50;

create table user_session (
    token_hash text primary key,
    user_id    bigint      not null references app_user (id) on delete cascade,
    expires_at timestamptz not null
);

create index submission_user on submission (user_id, problem_id, created_at);
