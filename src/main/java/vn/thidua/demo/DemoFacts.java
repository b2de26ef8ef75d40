package vn.thidua.demo;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.thidua.award.AwardRegistry;
import vn.thidua.award.DisciplineDetails;
import vn.thidua.award.DisciplineKind;
import vn.thidua.award.DisciplinePenalty;
import vn.thidua.award.Influence;
import vn.thidua.award.InitiativeDetails;
import vn.thidua.award.Person;
import vn.thidua.award.Rating;
import vn.thidua.award.RegistryFacts;
import vn.thidua.shared.security.CurrentUser;

/**
 * The facts of the ratings grid of today's Cầu Ngang: four people of the commune with
 * their ratings for 2024 and 2025, the commune's own rating, one initiative recognised by
 * a decision and one discipline served in 2024 that still weighs on the commune's 2024
 * collective titles.
 */
@Component
class DemoFacts {

	private final AwardRegistry registry;

	private final RegistryFacts facts;

	DemoFacts(AwardRegistry registry, RegistryFacts facts) {
		this.registry = registry;
		this.facts = facts;
	}

	void seedToday(Map<String, Long> units, CurrentUser system) {
		long caungang = units.get("VL-CAUNGANG");
		Person hoa = person("Sơn Thị Hoa", LocalDate.of(1988, 2, 11), "FEMALE", "Công chức Văn phòng – Thống kê",
				caungang, system);
		Person phuoc = person("Thạch Phước", LocalDate.of(1982, 8, 30), "MALE", "Công chức Địa chính – Xây dựng",
				caungang, system);
		Person mai = person("Lê Thị Tuyết Mai", LocalDate.of(1993, 5, 19), "FEMALE", "Công chức Tư pháp – Hộ tịch",
				caungang, system);
		Person kha = person("Kiên Văn Kha", LocalDate.of(1979, 10, 4), "MALE", "Chỉ huy trưởng Quân sự", caungang,
				system);
		rate(hoa, system, Rating.EXCELLENT, Rating.EXCELLENT);
		rate(phuoc, system, Rating.GOOD, Rating.EXCELLENT);
		rate(mai, system, Rating.GOOD, Rating.GOOD);
		rate(kha, system, Rating.COMPLETED, Rating.GOOD);
		facts.rateCollective(caungang, 2024, Rating.GOOD, system);
		facts.rateCollective(caungang, 2025, Rating.EXCELLENT, system);
		facts.recognise(hoa.getId(), new InitiativeDetails("Sổ theo dõi hồ sơ một cửa trên bảng tính dùng chung",
				Influence.UNIT, 2025, "UBND xã Cầu Ngang", "15/QĐ-UBND", LocalDate.of(2025, 11, 14)), system);
		facts.recordDiscipline(kha.getId(),
				new DisciplineDetails(DisciplineKind.DISCIPLINE, DisciplinePenalty.WARNING,
						"Chậm báo cáo công tác quân sự địa phương", "07/QĐ-UBND", LocalDate.of(2024, 4, 2),
						LocalDate.of(2025, 4, 1)),
				system);
	}

	private Person person(String name, LocalDate born, String sex, String position, long unit, CurrentUser system) {
		return registry.addPerson(name, born, sex, position, unit, system);
	}

	private void rate(Person person, CurrentUser system, Rating in2024, Rating in2025) {
		facts.ratePerson(person.getId(), 2024, in2024, system);
		facts.ratePerson(person.getId(), 2025, in2025, system);
	}

}
