package vn.thidua.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.reorganisation.OperationDraft;
import vn.thidua.unit.reorganisation.OperationKind;
import vn.thidua.unit.reorganisation.PlanProblem;
import vn.thidua.unit.reorganisation.Reorganisation;
import vn.thidua.unit.reorganisation.ReorganisationDetails;
import vn.thidua.unit.reorganisation.ReorganisationManagement;

/**
 * The 2025 reorganisation of the seed articles' places, applied as an office would apply
 * it, through two plans: Trà Vinh, Bến Tre and Vĩnh Long into the new Tỉnh Vĩnh Long with
 * the communes of NQ 1687/NQ-UBTVQH15, and Nam Định, Hà Nam and Ninh Bình into the new
 * Tỉnh Ninh Bình with the communes and wards of NQ 1674/NQ-UBTVQH15. New names and
 * predecessors are those of the resolutions' Điều 1; the official codes come from the
 * national merger map's data.
 */
@Component
class DemoReorganisation {

	static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

	private final ReorganisationManagement plans;

	private final UnitCatalog units;

	DemoReorganisation(ReorganisationManagement plans, UnitCatalog units) {
		this.plans = plans;
		this.units = units;
	}

	void apply(Map<String, Long> ids, CurrentUser system) {
		apply("Sắp xếp tỉnh Vĩnh Long và các đơn vị hành chính cấp xã (NQ 202/2025/QH15, NQ 1687/NQ-UBTVQH15)",
				"1687/NQ-UBTVQH15", LocalDate.of(2025, 6, 16),
				List.of(merge(List.of("TV", "BT", "VLO"), "VL", "Tỉnh Vĩnh Long", UnitKind.PROVINCE, "VN", "86"),
						merge(List.of("TV-SNV"), "VL-SNV", "Sở Nội vụ tỉnh Vĩnh Long", UnitKind.DEPARTMENT, "VL", null),
						merge(List.of("TV-SGD"), "VL-SGD", "Sở Giáo dục và Đào tạo tỉnh Vĩnh Long", UnitKind.DEPARTMENT,
								"VL", null),
						merge(List.of("TV-CN-MH"), "VL-CAUNGANG", "Xã Cầu Ngang", UnitKind.COMMUNE, "VL", "29416"),
						merge(List.of("TV-CT-TT", "TV-CT-DL"), "VL-CHAUTHANH", "Xã Châu Thành", UnitKind.COMMUNE, "VL",
								"29374"),
						merge(List.of("TV-DH-LK"), "VL-LONGTHANH", "Xã Long Thành", UnitKind.COMMUNE, "VL", "29513"),
						merge(List.of("TV-TXDH-P1"), "VL-DUYENHAI", "Phường Duyên Hải", UnitKind.COMMUNE, "VL",
								"29512"),
						merge(List.of("TV-TC-TT"), "VL-TRACU", "Xã Trà Cú", UnitKind.COMMUNE, "VL", "29461"),
						dissolve(List.of("TV-CT", "TV-CN", "TV-DH", "TV-TXDH", "TV-TC"), "VL")),
				system);
		apply("Sắp xếp tỉnh Ninh Bình và các đơn vị hành chính cấp xã (NQ 202/2025/QH15, NQ 1674/NQ-UBTVQH15)",
				"1674/NQ-UBTVQH15", LocalDate.of(2025, 6, 16),
				List.of(merge(List.of("ND", "HNA", "NBO"), "NB", "Tỉnh Ninh Bình", UnitKind.PROVINCE, "VN", "37"),
						merge(List.of("ND-SNV"), "NB-SNV", "Sở Nội vụ tỉnh Ninh Bình", UnitKind.DEPARTMENT, "NB", null),
						merge(List.of("ND-SNN"), "NB-SNNMT", "Sở Nông nghiệp và Môi trường tỉnh Ninh Bình",
								UnitKind.DEPARTMENT, "NB", null),
						merge(List.of("ND-SGD"), "NB-SGD", "Sở Giáo dục và Đào tạo tỉnh Ninh Bình", UnitKind.DEPARTMENT,
								"NB", null),
						merge(List.of("ND-HH-YD", "ND-HH-HT"), "NB-HAIHAU", "Xã Hải Hậu", UnitKind.COMMUNE, "NB",
								"14215"),
						merge(List.of("ND-XT-TT", "ND-XT-XP"), "NB-XUANTRUONG", "Xã Xuân Trường", UnitKind.COMMUNE,
								"NB", "14089"),
						merge(List.of("HNA-DT-CG"), "NB-DUYTAN", "Phường Duy Tân", UnitKind.COMMUNE, "NB", "13330"),
						split("HNA-DT-TN", "NB-TIENSON", "Phường Tiên Sơn", "13363"),
						split("HNA-DT-TN", "NB-HANAM", "Phường Hà Nam", "13366"),
						dissolve(List.of("ND-HH", "ND-XT", "HNA-DT"), "NB")),
				system);
		for (String code : List.of("VL", "VL-SNV", "VL-SGD", "VL-CAUNGANG", "VL-CHAUTHANH", "VL-LONGTHANH",
				"VL-DUYENHAI", "VL-TRACU", "NB", "NB-SNV", "NB-SNNMT", "NB-SGD", "NB-HAIHAU", "NB-XUANTRUONG",
				"NB-DUYTAN", "NB-TIENSON", "NB-HANAM")) {
			ids.put(code, units.findActiveByCode(code).orElseThrow().id());
		}
	}

	private void apply(String title, String number, LocalDate date, List<OperationDraft> operations,
			CurrentUser system) {
		Reorganisation plan = plans
			.create(new ReorganisationDetails(title, number, date, "Ủy ban Thường vụ Quốc hội", EFFECTIVE), system);
		long version = plan.getVersion();
		for (OperationDraft operation : operations) {
			List<PlanProblem> problems = plans.addOperation(plan.getId(), version, operation, system);
			if (!problems.isEmpty()) {
				throw new IllegalStateException("Demo plan " + number + " refused " + operation + ": " + problems);
			}
			version = plans.view(plan.getId(), system).reorganisation().getVersion();
		}
		plans.apply(plan.getId(), version, system);
	}

	private static OperationDraft merge(List<String> sources, String code, String name, UnitKind kind, String parent,
			String officialCode) {
		return new OperationDraft(OperationKind.MERGE, sources, code, name, kind, parent, officialCode, false);
	}

	private static OperationDraft split(String source, String code, String name, String officialCode) {
		return new OperationDraft(OperationKind.SPLIT, List.of(source), code, name, UnitKind.COMMUNE, "NB",
				officialCode, false);
	}

	private static OperationDraft dissolve(List<String> sources, String heir) {
		return new OperationDraft(OperationKind.DISSOLVE, sources, heir, null, null, null, null, false);
	}

}
