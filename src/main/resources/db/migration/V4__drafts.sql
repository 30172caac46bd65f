-- A signed-in user's unsubmitted code per problem and language.
create table draft (
    user_id    bigint      not null references app_user (id) on delete cascade,
    problem_id bigint      not null references problem (id) on delete cascade,
    language   text        not null,
    source     text        not null,
    updated_at timestamptz not null default now(),
    primary key (user_id, problem_id, language)
);
