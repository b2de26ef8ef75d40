-- The penalty of a discipline decision (hình thức kỷ luật), lightest first: khiển trách, cảnh cáo, hạ bậc lương,
-- giáng chức, cách chức, buộc thôi việc. The collective titles exclude a unit whose member was disciplined with a
-- cảnh cáo or heavier in the year; a decision recorded without its penalty is not weighed by them.
alter table discipline_record
    add column penalty varchar(20)
        check (penalty in ('REPRIMAND', 'WARNING', 'SALARY_DOWNGRADE', 'DEMOTION', 'REMOVAL', 'DISMISSAL')),
    add constraint discipline_record_penalty_kind_check check (penalty is null or kind = 'DISCIPLINE');

-- The collective titles, judged by the unit's own rating and by its members (the people whose unit it is) in the
-- year: MEMBER_SHARE counts the members holding an award type or a rating, in percent, more than (strict) or at
-- least; MEMBER_COUNT the same as a number; NO_MEMBER_DISCIPLINED looks for a penalty at or above minPenalty.
insert into eligibility_rule (code, award_type_code, check_kind, parameters, legal_source, description, effective_from, severity) values
    ('TTLDTT_RATING', 'TTLDTT', 'RATING_IN_YEAR', '{"minRating": "GOOD"}',
     'Luật Thi đua, khen thưởng 2022, Điều 28',
     'Tập thể hoàn thành tốt nhiệm vụ, kế hoạch được giao trong năm.', date '2024-01-01', 'BLOCKING'),
    ('TTLDTT_MEMBERS_LDTT', 'TTLDTT', 'MEMBER_SHARE', '{"awardType": "LDTT", "percent": 50, "strict": true}',
     'Luật Thi đua, khen thưởng 2022, Điều 28',
     'Có trên 50 % cá nhân trong tập thể đạt danh hiệu Lao động tiên tiến.', date '2024-01-01', 'BLOCKING'),
    ('TTLDTT_NO_DISCIPLINE', 'TTLDTT', 'NO_MEMBER_DISCIPLINED', '{"minPenalty": "WARNING"}',
     'Luật Thi đua, khen thưởng 2022, Điều 28',
     'Không có cá nhân trong tập thể bị kỷ luật từ hình thức cảnh cáo trở lên.', date '2024-01-01', 'BLOCKING'),
    ('TTLDXS_RATING', 'TTLDXS', 'RATING_IN_YEAR', '{"minRating": "EXCELLENT"}',
     'Luật Thi đua, khen thưởng 2022, Điều 27',
     'Tập thể sáng tạo, vượt khó hoàn thành xuất sắc nhiệm vụ trong năm.', date '2024-01-01', 'BLOCKING'),
    ('TTLDXS_MEMBERS_COMPLETED', 'TTLDXS', 'MEMBER_SHARE', '{"minRating": "COMPLETED", "percent": 100, "strict": false}',
     'Luật Thi đua, khen thưởng 2022, Điều 27',
     'Có 100 % cá nhân trong tập thể hoàn thành nhiệm vụ được giao.', date '2024-01-01', 'BLOCKING'),
    ('TTLDXS_MEMBERS_LDTT', 'TTLDXS', 'MEMBER_SHARE', '{"awardType": "LDTT", "percent": 70, "strict": false}',
     'Luật Thi đua, khen thưởng 2022, Điều 27',
     'Có từ 70 % cá nhân trong tập thể trở lên đạt danh hiệu Lao động tiên tiến.', date '2024-01-01', 'BLOCKING'),
    ('TTLDXS_MEMBERS_CSTDCS', 'TTLDXS', 'MEMBER_COUNT', '{"awardType": "CSTDCS", "min": 1}',
     'Luật Thi đua, khen thưởng 2022, Điều 27',
     'Có cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở.', date '2024-01-01', 'BLOCKING'),
    ('TTLDXS_NO_DISCIPLINE', 'TTLDXS', 'NO_MEMBER_DISCIPLINED', '{"minPenalty": "WARNING"}',
     'Luật Thi đua, khen thưởng 2022, Điều 27',
     'Không có cá nhân trong tập thể bị kỷ luật từ hình thức cảnh cáo trở lên.', date '2024-01-01', 'BLOCKING');
