-- Reminders of due work, one per account, item and stage (7 days before, 1 day before, each week overdue,
-- or once when work starts waiting): the unique key keeps reruns and several instances from doubling them.
create table reminder (
    id          bigint        generated always as identity primary key,
    account_id  bigint        not null references account (id),
    item_key    varchar(200)  not null,
    stage       varchar(20)   not null,
    kind        varchar(30)   not null,
    title       varchar(500)  not null,
    period_key  varchar(40),
    year        integer       not null,
    unit_name   varchar(300)  not null,
    due_on      date,
    link        varchar(500)  not null,
    created_at  timestamptz   not null,
    read_at     timestamptz,
    emailed_at  timestamptz,
    version     bigint        not null default 0,
    unique (account_id, item_key, stage)
);

create index reminder_account_idx on reminder (account_id, id desc);
create index reminder_unread_idx on reminder (account_id) where read_at is null;
create index reminder_unsent_idx on reminder (account_id, id) where emailed_at is null;

-- what the home page asks of the other modules
create index movement_registration_idx on movement (registration_deadline)
    where status = 'LAUNCHED' and registration_deadline is not null;
create index review_open_idx on review (cluster_year_id, deadline) where status = 'OPEN';
create index board_attendance_pending_idx on board_attendance (account_id) where voted_at is null;
create index award_proposal_returned_idx on award_proposal (proposing_unit_id, id) where status = 'RETURNED';
