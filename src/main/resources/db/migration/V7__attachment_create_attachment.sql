create table attachment (
    id           bigint       generated always as identity primary key,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null check (size_bytes > 0),
    sha256       char(64)     not null,
    content      bytea        not null,
    uploaded_by  varchar(100) not null,
    uploaded_at  timestamptz  not null default now()
);

create index attachment_sha256_idx on attachment (sha256);
