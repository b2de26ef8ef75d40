-- The penalty of a discipline decision (hình thức kỷ luật), lightest first: khiển trách, cảnh cáo, hạ bậc lương,
-- giáng chức, cách chức, buộc thôi việc. The collective titles exclude a unit whose member was disciplined with a
-- cảnh cáo or heavier in the year; a decision recorded without its penalty is not weighed by them.
alter table discipline_record
    add column penalty varchar(20)
        check (penalty in ('REPRIMAND', 'WARNING', 'SALARY_DOWNGRADE', 'DEMOTION', 'REMOVAL', 'DISMISSAL')),
    add constraint discipline_record_penalty_kind_check check (penalty is null or kind = 'DISCIPLINE');
