-- A province's own Word template for one kind of official document; without one the
-- national layout (Nghị định 30/2020/NĐ-CP, Phụ lục I) built by the application is used.
create table draft_template (
    id          bigint generated always as identity primary key,
    unit_id     bigint       not null references unit (id),
    kind        varchar(30)  not null,
    content     bytea        not null,
    file_name   varchar(255) not null,
    uploaded_by varchar(100) not null,
    uploaded_at timestamptz  not null,
    version     bigint       not null default 0,
    constraint draft_template_kind_check check (kind in ('PROPOSAL_LETTER', 'BOARD_MINUTES', 'DECISION',
        'UPWARD_LETTER', 'NARRATIVE_REPORT', 'STATISTICAL_REPORT')),
    constraint draft_template_size_check check (octet_length(content) between 1 and 2097152),
    constraint draft_template_uk unique (unit_id, kind)
);
