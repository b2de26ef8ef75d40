package vn.thidua.demo;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.thidua.award.AwardEntry;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardRegistry;
import vn.thidua.movement.MovementQueries;
import vn.thidua.shared.security.CurrentUser;

/**
 * Trà Vinh's awards decided in 2025 and the first half of 2026, so that the statistics,
 * the narrative and the statutory report have figures like the seed articles': the Prime
 * Minister's certificates, the province's in its socio-economic movement and in the Prime
 * Minister's "văn hóa công sở", districts' and communes' Giấy khen, households of Mỹ Hòa
 * in nông thôn mới, and Gia đình văn hóa. People here are new, so the ladder examples
 * keep their histories.
 */
@Component
class DemoYearAwards {

	private final AwardRegistry registry;

	private final MovementQueries movements;

	DemoYearAwards(AwardRegistry registry, MovementQueries movements) {
		this.registry = registry;
		this.movements = movements;
	}

	void seed(Map<String, Long> units, CurrentUser system) {
		long economy = movements.findIdByCode("TV-KTXH-2021").orElseThrow();
		long officeCulture = movements.findIdByCode("VHCS-2019").orElseThrow();
		long tv = units.get("TV");
		long vn = units.get("VN");
		long caungang = units.get("TV-CN");
		long tracu = units.get("TV-TC");
		long myHoa = units.get("TV-CN-MH");
		Decision ttg = new Decision("1520/QĐ-TTg", LocalDate.of(2025, 5, 15), "Thủ tướng Chính phủ",
				"Thủ tướng Chính phủ", vn);
		Decision province = new Decision("45/QĐ-UBND", LocalDate.of(2025, 1, 10), "Chủ tịch UBND tỉnh Trà Vinh",
				"UBND tỉnh Trà Vinh", tv);
		Decision district = new Decision("312/QĐ-UBND", LocalDate.of(2025, 3, 20), "Chủ tịch UBND huyện Cầu Ngang",
				"UBND huyện Cầu Ngang", caungang);

		collective(ttg, tracu, "Huyện Trà Cú", "BK_TTG_TT", AwardKind.MOVEMENT, officeCulture, system);
		person(ttg, "Thạch Văn Nghĩa", "Phó Giám đốc Sở Nội vụ", units.get("TV-SNV"), "BK_TTG", AwardKind.MERIT, null,
				system);
		person(ttg, "Nguyễn Thị Kim Thoa", "Chuyên viên Văn phòng UBND tỉnh", tv, "BK_TTG", AwardKind.MOVEMENT,
				officeCulture, system);
		collective(province, caungang, "Huyện Cầu Ngang", "BK_TINH_TT", AwardKind.MOVEMENT, economy, system);
		person(province, "Kiên Thị Sóc Phiên", "Chủ tịch Hội Nông dân xã Long Khánh", units.get("TV-DH-LK"), "BK_TINH",
				AwardKind.MOVEMENT, economy, system);
		person(province, "Lê Hoàng Phúc", "Trưởng phòng Kinh tế huyện Trà Cú", tracu, "BK_TINH", AwardKind.MOVEMENT,
				economy, system);
		collective(district, myHoa, "Xã Mỹ Hòa", "GK_TT", AwardKind.MOVEMENT, economy, system);
		person(district, "Võ Văn Tám", "Trưởng ấp Bà Tây", myHoa, "GK", AwardKind.MOVEMENT, economy, system);
		person(district, "Sơn Thị Sà Rây", "Công chức Tư pháp – Hộ tịch", myHoa, "GK", AwardKind.MERIT, null, system);
		named(district, myHoa, "Hộ ông Kim Văn Sang, ấp Bà Tây", "GK_HO", economy, system);
	}

	/**
	 * Decisions after 01/07/2025, taken by the units of today: the new province's chair
	 * and the commune that took over Mỹ Hòa.
	 */
	void seedToday(Map<String, Long> units, CurrentUser system) {
		long economy = movements.findIdByCode("TV-KTXH-2021").orElseThrow();
		long caungang = units.get("VL-CAUNGANG");
		Decision provinceMid = new Decision("1890/QĐ-UBND", LocalDate.of(2025, 8, 8), "Chủ tịch UBND tỉnh Vĩnh Long",
				"UBND tỉnh Vĩnh Long", units.get("VL"));
		Decision commune = new Decision("27/QĐ-UBND", LocalDate.of(2025, 12, 20), "Chủ tịch UBND xã Cầu Ngang",
				"UBND xã Cầu Ngang", caungang);
		Decision communeEarly = new Decision("05/QĐ-UBND", LocalDate.of(2026, 1, 15), "Chủ tịch UBND xã Cầu Ngang",
				"UBND xã Cầu Ngang", caungang);
		collective(provinceMid, units.get("VL-LONGTHANH"), "Xã Long Thành", "BK_TINH_TT", AwardKind.MOVEMENT, economy,
				system);
		person(provinceMid, "Trần Thị Mỹ Linh", "Giáo viên Trường THCS Mỹ Hòa", caungang, "BK_TINH", AwardKind.SUDDEN,
				null, system);
		named(commune, caungang, "Hộ bà Thạch Thị Sóc, ấp Bến Đáy", "GDVH", null, system);
		named(commune, caungang, "Hộ ông Lâm Văn Hùng, ấp Giồng Ổi", "GDVH", null, system);
		named(commune, caungang, "Ấp Bến Đáy", "THON_VH", null, system);
		named(communeEarly, caungang, "Hộ ông Dương Văn Lợi, ấp Bà Tây", "GK_HO", economy, system);
	}

	private record Decision(String number, LocalDate date, String authority, String issuer, long unitId) {
	}

	private void person(Decision decision, String name, String position, long unitId, String type, AwardKind kind,
			@Nullable Long movement, CurrentUser system) {
		long person = registry.addPerson(name, null, null, position, unitId, system).getId();
		record(decision, person, unitId, name, null, type, kind, movement, system);
	}

	private void collective(Decision decision, long unitId, String name, String type, AwardKind kind,
			@Nullable Long movement, CurrentUser system) {
		record(decision, null, unitId, name, null, type, kind, movement, system);
	}

	private void named(Decision decision, long unitId, String name, String type, @Nullable Long movement,
			CurrentUser system) {
		record(decision, null, unitId, name, null, type, movement == null ? AwardKind.MERIT : AwardKind.MOVEMENT,
				movement, system);
	}

	private void record(Decision decision, @Nullable Long person, long unitId, String name, @Nullable String code,
			String type, AwardKind kind, @Nullable Long movement, CurrentUser system) {
		registry.record(new AwardEntry(person, unitId, type, kind, decision.date().getYear() - 1, decision.number(),
				decision.date(), null, decision.authority(), name, code, decision.issuer(), movement,
				decision.unitId()), system);
	}

}
