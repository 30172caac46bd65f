-- Problem sets (sets/<name>.yaml in a source): an ordered list of problem slugs.
create table problem_set (
    id          bigint primary key,
    name        text not null unique,
    source      text not null,
    title       text not null,
    description text,
    loaded_at   timestamptz not null default now()
);
create sequence problem_set_seq increment by 50;

create table problem_set_item (
    set_id   bigint  not null references problem_set (id) on delete cascade,
    ordinal  integer not null,
    slug     text    not null,
    minutes  integer,
    primary key (set_id, ordinal)
);
