package vn.thidua.support.world;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.movement.Direction;
import vn.thidua.movement.DuePeriod;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementDraft;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.MovementManagement;
import vn.thidua.movement.MovementStatus;
import vn.thidua.movement.Period;
import vn.thidua.movement.ProgressEntry;
import vn.thidua.movement.ProgressReport;
import vn.thidua.movement.ProgressReporting;
import vn.thidua.movement.ReportingFrequency;
import vn.thidua.movement.StepRecord;
import vn.thidua.movement.Target;
import vn.thidua.movement.TargetDefinition;
import vn.thidua.movement.TargetKind;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

/**
 * The movements of the seed articles: the Prime Minister's "văn hóa công sở", Nam Định's
 * new-countryside movement on Kế hoạch 79/KH-UBND, and Trà Vinh's socio-economic movement
 * whose Cụm Thi đua số 1 reached 31.434,47 of 72.580 tỷ đồng (43,31 %) by mid-2023.
 */
class WorldMovements {

	/**
	 * Plan, then production and poverty rate at mid-year and at year end; Trà Cú is late.
	 */
	private static final Map<String, String[]> CLUSTER_ONE_2023 = Map.of("TV-CT",
			new String[] { "18000", "8120.5", "2.1", "17650", "1.9" }, "TV-CN",
			new String[] { "14500", "6210.22", "3.4", "13980.4", "3.1" }, "TV-DH",
			new String[] { "12080", "5003.75", "2.9", "12210", "2.6" }, "TV-TXDH",
			new String[] { "16000", "7400", "1.8", "16320", "1.6" }, "TV-TC", new String[] { "12000", "4700", "4.6" });

	private final MovementManagement movements;

	private final ProgressReporting reporting;

	private final Clock clock;

	WorldMovements(MovementManagement movements, ProgressReporting reporting, Clock clock) {
		this.movements = movements;
		this.reporting = reporting;
		this.clock = clock;
	}

	void seed(Map<String, Long> units, CurrentUser system) {
		Movement office = movements
			.create(new MovementDraft("VHCS-2019", units.get("VN"), "Thủ tướng Chính phủ", null, MovementKind.CAMPAIGN,
					"1847/QĐ-TTg", LocalDate.of(2018, 12, 27), LocalDate.of(2019, 1, 1), ReportingFrequency.YEARLY, 15,
					"Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở giai đoạn 2019–2025",
					LocalDate.of(2025, 12, 31), units.get("VN"), null,
					"Xây dựng phong cách ứng xử chuẩn mực, chuyên nghiệp của cán bộ, công chức, viên chức.",
					"100 % cơ quan hành chính thực hiện đúng quy chế văn hóa công sở.", null), system);
		addTarget(office.getId(), quantity("Văn hóa công sở", "Tỷ lệ cơ quan thực hiện đúng quy chế văn hóa công sở",
				"%", "100", "100", Direction.HIGHER_IS_BETTER), system);
		launch(office, LocalDate.of(2018, 12, 27), system);

		Movement countryside = movements
			.create(new MovementDraft("ND-NTM-2021", units.get("ND"), "UBND tỉnh Nam Định", null, MovementKind.CAMPAIGN,
					"79/KH-UBND", LocalDate.of(2022, 6, 13), LocalDate.of(2021, 1, 1), ReportingFrequency.HALF_YEARLY,
					15, "Nam Định chung sức xây dựng nông thôn mới nâng cao, kiểu mẫu giai đoạn 2021–2025",
					LocalDate.of(2025, 12, 31), units.get("ND-SNN"), units.get("ND-SNV"),
					"Tiếp nối phong trào xây dựng nông thôn mới giai đoạn 2011–2020.",
					"Đến năm 2025 có 25 % số xã trở lên đạt chuẩn NTM kiểu mẫu; 50 % số huyện đạt chuẩn NTM nâng cao.",
					null), system);
		addTarget(countryside.getId(), quantity("Nông thôn mới", "Tỷ lệ xã đạt chuẩn NTM kiểu mẫu", "%", "25", "100",
				Direction.HIGHER_IS_BETTER), system);
		addTarget(countryside.getId(), quantity("Nông thôn mới", "Tỷ lệ xã đạt chuẩn NTM nâng cao", "%", "90", "100",
				Direction.HIGHER_IS_BETTER), system);
		addTarget(countryside.getId(),
				quantity("Giảm nghèo", "Tỷ lệ hộ nghèo", "%", "1.5", "100", Direction.LOWER_IS_BETTER), system);
		movements.addParticipants(countryside.getId(), List.of("ND-HH", "ND-XT"), false, system);
		launch(countryside, LocalDate.of(2022, 6, 13), system);

		seedClusterOne(units, system, office);
		seedDigitalSkills(units, system);
	}

	/**
	 * This year's "Bình dân học vụ số" campaign of Trà Vinh, reported quarterly by three
	 * communes: Đa Lộc is up to date, Mỹ Hòa has not sent its latest report and Long
	 * Khánh none; the province's other units may still register for ten days.
	 */
	private void seedDigitalSkills(Map<String, Long> units, CurrentUser system) {
		LocalDate today = LocalDate.now(clock);
		int year = today.getYear();
		LocalDate end = LocalDate.of(year, 12, 31);
		LocalDate registration = today.plusDays(10).isAfter(end) ? null : today.plusDays(10);
		Movement digital = movements.create(new MovementDraft("TV-BDHVS-" + year, units.get("TV"), "UBND tỉnh Trà Vinh",
				null, MovementKind.CAMPAIGN, "286/KH-UBND", LocalDate.of(year - 1, 12, 20), LocalDate.of(year, 1, 1),
				ReportingFrequency.QUARTERLY, 10,
				"Thi đua \u201cBình dân học vụ số\u201d – phổ cập kỹ năng số cho người dân năm " + year, end,
				units.get("TV"), units.get("TV-SNV"),
				"Mỗi xã, phường tổ chức lớp phổ cập kỹ năng số cho người dân, ưu tiên người cao tuổi và đồng bào Khmer.",
				"80 % người trưởng thành có kỹ năng số cơ bản; 100 % thủ tục hành chính nộp trực tuyến được hướng dẫn.",
				registration), system);
		long id = digital.getId();
		Target share = addTarget(id, quantity("Kỹ năng số", "Tỷ lệ người trưởng thành có kỹ năng số cơ bản", "%", "80",
				"100", Direction.HIGHER_IS_BETTER), system);
		Target trained = addTarget(id, quantity("Kỹ năng số", "Số người được phổ cập kỹ năng số", "người", "2000", null,
				Direction.HIGHER_IS_BETTER), system);
		movements.addParticipants(id, List.of("TV-CN-MH", "TV-CT-DL", "TV-DH-LK"), false, system);
		launch(digital, LocalDate.of(year - 1, 12, 20), system);
		List<DuePeriod> due = DuePeriod.of(movements.show(id, system), year)
			.stream()
			.filter(period -> period.dueOn().isBefore(today))
			.toList();
		for (int i = 0; i < due.size(); i++) {
			report(id, units.get("TV-CT-DL"), due.get(i), share, trained, i, system);
			if (i < due.size() - 1) {
				report(id, units.get("TV-CN-MH"), due.get(i), share, trained, i, system);
			}
		}
	}

	private void report(long movementId, long unitId, DuePeriod due, Target share, Target trained, int quarter,
			CurrentUser system) {
		CurrentUser reporter = new CurrentUser(0, "demo.reporter", "Báo cáo viên", unitId, Set.of(Role.UNIT_REPORTER));
		ProgressReport report = reporting.submit(movementId, unitId, due.year(), due.period(),
				List.of(new ProgressEntry(share.getId(), BigDecimal.valueOf(35 + 15L * quarter), null, null),
						new ProgressEntry(trained.getId(), BigDecimal.valueOf(450 + 400L * quarter), null, null)),
				null, reporter);
		reporting.accept(report.getId(), report.getVersion(), system);
	}

	private void seedClusterOne(Map<String, Long> units, CurrentUser system, Movement office) {
		Movement economy = movements.create(new MovementDraft("TV-KTXH-2021", units.get("TV"), "UBND tỉnh Trà Vinh",
				null, MovementKind.REGULAR, "35/KH-UBND", LocalDate.of(2021, 3, 15), LocalDate.of(2021, 1, 1),
				ReportingFrequency.HALF_YEARLY, 15,
				"Thi đua thực hiện thắng lợi kế hoạch phát triển kinh tế – xã hội giai đoạn 2021–2025",
				LocalDate.of(2025, 12, 31), units.get("TV"), units.get("TV-SNV"),
				"Phát huy phong trào thi đua yêu nước trong sản xuất, kinh doanh, thực hành tiết kiệm, chống lãng phí.",
				"Hoàn thành các chỉ tiêu kinh tế – xã hội của kế hoạch 5 năm 2021–2025.", LocalDate.of(2021, 6, 30)),
				system);
		long id = economy.getId();
		Target production = addTarget(id,
				quantity("Kinh tế", "Tổng giá trị sản xuất", "tỷ đồng", "15000", null, Direction.HIGHER_IS_BETTER),
				system);
		Target poverty = addTarget(id, quantity("Xã hội", "Tỷ lệ hộ nghèo", "%", "3", "100", Direction.LOWER_IS_BETTER),
				system);
		Target countryside = addTarget(id,
				new TargetDefinition("Nông thôn mới", "Duy trì, nâng chất các tiêu chí nông thôn mới",
						TargetKind.QUALITATIVE, null, Direction.HIGHER_IS_BETTER, null, null, BigDecimal.ONE),
				system);
		movements.addParticipants(id, List.copyOf(CLUSTER_ONE_2023.keySet()), false, system);
		launch(economy, LocalDate.of(2021, 3, 15), system);
		for (var entry : CLUSTER_ONE_2023.entrySet()) {
			long unitId = units.get(entry.getKey());
			CurrentUser reporter = new CurrentUser(0, "demo." + entry.getKey().toLowerCase(), "Báo cáo viên", unitId,
					Set.of(Role.UNIT_REPORTER));
			String[] values = entry.getValue();
			reporting.savePledges(id, unitId, 2023, Map.of(production.getId(), new BigDecimal(values[0])),
					new HashMap<>(), reporter);
			boolean countrysideKept = !"TV-TC".equals(entry.getKey());
			for (int at = 1; at < values.length; at += 2) {
				List<ProgressEntry> entries = List.of(
						new ProgressEntry(production.getId(), new BigDecimal(values[at]), null, null),
						new ProgressEntry(poverty.getId(), new BigDecimal(values[at + 1]), null, null),
						new ProgressEntry(countryside.getId(), null, countrysideKept, null));
				ProgressReport report = reporting.submit(id, unitId, 2023, at == 1 ? Period.H1 : Period.H2, entries,
						null, reporter);
				reporting.accept(report.getId(), report.getVersion(), system);
			}
		}
		movements.addParticipants(office.getId(), List.of("TV"), false, system);
	}

	private Target addTarget(long id, TargetDefinition definition, CurrentUser system) {
		return movements.addTarget(id, movements.show(id, system).getVersion(), definition, system);
	}

	private void launch(Movement movement, LocalDate on, CurrentUser system) {
		Movement current = movements.show(movement.getId(), system);
		movements.advance(movement.getId(), current.getVersion(), MovementStatus.LAUNCHED,
				new StepRecord(on, current.getPlanNumber(), null, null), null, true, system);
	}

	private static TargetDefinition quantity(String field, String name, String measure, String plan, String max,
			Direction direction) {
		return new TargetDefinition(field, name, TargetKind.QUANTITATIVE, measure, direction, new BigDecimal(plan),
				max == null ? null : new BigDecimal(max), BigDecimal.ONE);
	}

}
