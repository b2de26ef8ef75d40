-- Skipping the wrong rows of an import (issue "Everyday use"): the user may write the good rows of a sheet
-- that has wrong ones. The run counts the rows it left out, and the job keeps them — their cells in the
-- order of the kind's template columns and their problems as message keys — to be downloaded as a sheet,
-- fixed and uploaded again. They go with the job when it is forgotten (twelve hours, or the user's next
-- import of the same kind).
alter table import_run add column rows_skipped bigint not null default 0 check (rows_skipped >= 0);

create table import_bad_row (
    job_id      uuid     not null references import_job (id) on delete cascade,
    row_number  integer  not null check (row_number > 0),
    cells       text[]   not null,
    problems    jsonb    not null,
    primary key (job_id, row_number)
);
