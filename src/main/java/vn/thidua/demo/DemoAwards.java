package vn.thidua.demo;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.thidua.award.AwardEntry;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardRegistry;
import vn.thidua.award.Influence;
import vn.thidua.award.Person;
import vn.thidua.award.Rating;
import vn.thidua.shared.security.CurrentUser;

/**
 * A few people of Cụm Thi đua số 1 with award histories that exercise the ladder rules:
 * one a year short of the provincial certificate, one who qualifies, one ready for the
 * Prime Minister's certificate, one whose only title was a sudden award; and Châu Thành's
 * provincial flag for leading the cluster in 2023.
 */
@Component
class DemoAwards {

	private static final String CAU_NGANG = "UBND huyện Cầu Ngang";

	private static final String CHAU_THANH = "UBND huyện Châu Thành";

	private final AwardRegistry registry;

	/**
	 * The people whose 2025 titles the units of today decide.
	 */
	record Ladders(Person thanh, Person dung) {
	}

	private final DemoFacts facts;

	DemoAwards(AwardRegistry registry, DemoFacts facts) {
		this.registry = registry;
		this.facts = facts;
	}

	Ladders seed(Map<String, Long> units, CurrentUser system) {
		long caungang = units.get("TV-CN");
		Person saRuone = registry.addPerson("Thạch Thị Sa Rươne", LocalDate.of(1986, 3, 14), "FEMALE",
				"Chuyên viên Phòng Nội vụ", caungang, system);
		rate(saRuone, system, Rating.GOOD, Rating.EXCELLENT, Rating.GOOD, Rating.EXCELLENT, Rating.GOOD);
		award(saRuone, caungang, "LDTT", 2021, AwardKind.MERIT, "12/QĐ-UBND", CAU_NGANG, system);
		award(saRuone, caungang, "CSTDCS", 2022, AwardKind.MERIT, "08/QĐ-UBND", CAU_NGANG, system);
		award(saRuone, caungang, "LDTT", 2023, AwardKind.MERIT, "10/QĐ-UBND", CAU_NGANG, system);
		registry.recogniseInitiative(saRuone.getId(), 2022, "Số hóa hồ sơ một cửa cấp huyện", Influence.UNIT, system);

		long myHoa = units.get("TV-CN-MH");
		Person thanh = registry.addPerson("Kim Văn Thành", LocalDate.of(1979, 9, 2), "MALE",
				"Phó Chủ tịch UBND xã Mỹ Hòa", myHoa, system);
		rate(thanh, system, Rating.GOOD, Rating.GOOD, Rating.EXCELLENT, Rating.EXCELLENT, Rating.GOOD);
		award(thanh, myHoa, "CSTDCS", 2023, AwardKind.MERIT, "15/QĐ-UBND", CAU_NGANG, system);
		award(thanh, myHoa, "CSTDCS", 2024, AwardKind.MERIT, "09/QĐ-UBND", CAU_NGANG, system);

		long chauThanh = units.get("TV-CT");
		Person dung = registry.addPerson("Trần Văn Dũng", LocalDate.of(1975, 6, 20), "MALE",
				"Trưởng phòng Nội vụ huyện Châu Thành", chauThanh, system);
		rate(dung, system, Rating.GOOD, Rating.GOOD, Rating.EXCELLENT, Rating.GOOD, Rating.EXCELLENT);
		registry.rate(dung.getId(), 2020, Rating.GOOD, system);
		award(dung, chauThanh, "BK_TINH", 2019, AwardKind.MERIT, "1520/QĐ-UBND", "UBND tỉnh Trà Vinh", system);
		award(dung, chauThanh, "CSTDCS", 2021, AwardKind.MERIT, "05/QĐ-UBND", CHAU_THANH, system);
		award(dung, chauThanh, "CSTDCS", 2023, AwardKind.MERIT, "07/QĐ-UBND", CHAU_THANH, system);

		Person ngoc = registry.addPerson("Nguyễn Thị Bích Ngọc", LocalDate.of(1990, 12, 1), "FEMALE",
				"Công chức Văn phòng – Thống kê", chauThanh, system);
		award(ngoc, chauThanh, "CSTDCS", 2023, AwardKind.SUDDEN, "88/QĐ-UBND", CHAU_THANH, system);
		award(ngoc, chauThanh, "CSTDCS", 2024, AwardKind.MERIT, "04/QĐ-UBND", CHAU_THANH, system);

		registry.rateUnit(chauThanh, 2023, Rating.EXCELLENT, system);
		registry.rateUnit(units.get("TV-TXDH"), 2023, Rating.EXCELLENT, system);
		registry.record(new AwardEntry(null, chauThanh, "CO_TINH", AwardKind.MERIT, 2023, "250/QĐ-UBND",
				LocalDate.of(2024, 2, 1), "Lê Văn Hẳn", "Chủ tịch UBND tỉnh Trà Vinh", "Huyện Châu Thành", "TV-CT",
				"UBND tỉnh Trà Vinh"), system);
		return new Ladders(thanh, dung);
	}

	/**
	 * The 2025 titles, decided in January 2026 by the units of today: a district no
	 * longer decides anything.
	 */
	void seedToday(Ladders ladders, Map<String, Long> units, CurrentUser system) {
		Person thanh = ladders.thanh();
		award(thanh, units.get("VL-CAUNGANG"), "CSTDCS", 2025, AwardKind.MERIT, "03/QĐ-UBND",
				"Chủ tịch UBND xã Cầu Ngang", "UBND xã Cầu Ngang", system);
		registry.recogniseInitiative(thanh.getId(), 2025, "Ứng dụng Zalo OA tiếp nhận phản ánh của người dân",
				Influence.UNIT, system);
		award(ladders.dung(), units.get("VL-SNV"), "CSTDCS", 2025, AwardKind.MERIT, "06/QĐ-SNV", "Giám đốc Sở Nội vụ",
				"Sở Nội vụ tỉnh Vĩnh Long", system);
		facts.seedToday(units, system);
	}

	private void rate(Person person, CurrentUser system, Rating... fromTwentyOne) {
		for (int i = 0; i < fromTwentyOne.length; i++) {
			registry.rate(person.getId(), 2021 + i, fromTwentyOne[i], system);
		}
	}

	private void award(Person person, long unitId, String type, int year, AwardKind kind, String decision,
			String issuer, CurrentUser system) {
		award(person, unitId, type, year, kind, decision, "Chủ tịch " + issuer, issuer, system);
	}

	private void award(Person person, long unitId, String type, int year, AwardKind kind, String decision,
			String signer, String issuer, CurrentUser system) {
		registry.record(new AwardEntry(person.getId(), unitId, type, kind, year, decision,
				LocalDate.of(year + 1, 1, 20), signer, issuer, person.getFullName(), null, issuer), system);
	}

}
