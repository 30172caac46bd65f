-- The images a statement shows, stored with the version they belong to and as immutable as its tests.
create table statement_image (
    id           bigint primary key,
    version_id   bigint not null references problem_version (id) on delete cascade,
    name         text   not null,
    content_type text   not null,
    bytes        bytea  not null,
    unique (version_id, name)
);
create sequence statement_image_seq increment by 50;
