package vn.thidua.award.importing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import vn.thidua.award.AwardRecord;
import vn.thidua.award.RegistryFacts;
import vn.thidua.award.Revocation;
import vn.thidua.shared.importing.ImportBatch;
import vn.thidua.shared.importing.ImportColumn;
import vn.thidua.shared.importing.ImportLine;
import vn.thidua.shared.importing.ImportReport;
import vn.thidua.shared.importing.SheetImport;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * Revocations of awards from a sheet (Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2):
 * each row names the award by its decision number and subject. An award already revoked
 * is skipped; one the importer's subtree did not decide is refused like an unknown one.
 */
@Service
public class RevocationsImport implements SheetImport {

	private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("unitCode", "ma don vi"),
			ImportColumn.optional("fullName", "ho va ten", "ho ten"), ImportColumn.optional("birthDate", "ngay sinh"),
			ImportColumn.required("decisionNumber", "so quyet dinh khen thuong"),
			ImportColumn.optional("awardType", "danh hieu, hinh thuc", "danh hieu"),
			ImportColumn.required("revocationDecision", "so quyet dinh huy bo"),
			ImportColumn.required("revocationDate", "ngay quyet dinh huy bo"), ImportColumn.required("reason", "ly do"),
			ImportColumn.optional("cash", "tien thu hoi"));

	private final UnitCatalog units;

	private final RegistryLookup lookup;

	private final RegistryFacts facts;

	private final Clock clock;

	RevocationsImport(UnitCatalog units, RegistryLookup lookup, RegistryFacts facts, Clock clock) {
		this.units = units;
		this.lookup = lookup;
		this.facts = facts;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return "revocations";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public List<Object> example() {
		return List.of("TV-CN-MH", "Kim Thị Sóc Khum", LocalDate.of(1986, 4, 12), "35/QĐ-UBND", "CSTDCS", "80/QĐ-UBND",
				LocalDate.of(2025, 6, 1), "Kê khai thành tích không trung thực", 3510000);
	}

	@Override
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public ImportBatch open(CurrentUser user, boolean write) {
		UnitRow scope = units.get(user.unitId());
		Map<Long, Integer> rowOf = new HashMap<>();
		return new ImportBatch() {

			@Override
			public void accept(List<ImportLine> lines, ImportReport report) {
				LocalDate today = LocalDate.now(clock);
				RegistryLookup.Chunk chunk = lookup.chunk(lines);
				record Entry(AwardRecord award, Revocation revocation) {
				}
				List<Entry> entries = new ArrayList<>();
				for (ImportLine line : lines) {
					int row = line.number();
					String number = RegistryLookup.text(line, "decisionNumber", true, 60, report);
					String revocationNumber = RegistryLookup.text(line, "revocationDecision", true, 60, report);
					LocalDate date = RegistryLookup.pastDate(line, "revocationDate", true, today, report);
					String reason = RegistryLookup.text(line, "reason", true, 1000, report);
					BigDecimal cash = cash(line, report);
					FactSheet.Subject subject = FactSheet.subject(line, chunk, scope, today, true, report);
					if (report.isRowInvalid(row) || subject == null || number == null || revocationNumber == null
							|| date == null || reason == null) {
						continue;
					}
					String type = line.get("awardType").strip();
					List<AwardRecord> found = facts.awardsOfDecision(number, subject.personId(), subject.unit().id())
						.stream()
						.filter(award -> type.isEmpty() || award.getAwardTypeCode().equalsIgnoreCase(type))
						.filter(award -> facts.mayRevoke(award, user))
						.toList();
					if (found.isEmpty()) {
						report.problem(row, "decisionNumber", "imports.facts.awardNotFound", number);
						continue;
					}
					if (found.size() > 1) {
						report.problem(row, "awardType", "imports.facts.awardAmbiguous", number);
						continue;
					}
					AwardRecord award = found.getFirst();
					if (date.isBefore(award.getDecisionDate())) {
						report.problem(row, "revocationDate", "facts.revocation.beforeDecision");
						continue;
					}
					Integer first = rowOf.putIfAbsent(award.getId(), row);
					if (first != null) {
						report.problem(row, "decisionNumber", "imports.ratings.duplicateInSheet", first);
						continue;
					}
					if (award.isRevoked()) {
						report.alreadyStored();
						continue;
					}
					entries.add(new Entry(award, new Revocation(revocationNumber, date, reason, cash)));
				}
				if (write && !report.hasProblems()) {
					entries.forEach(entry -> facts.revoke(entry.award().getId(), entry.award().getVersion(),
							entry.revocation(), true, user));
					report.wrote(entries.size());
				}
			}

		};
	}

	private static @org.jspecify.annotations.Nullable BigDecimal cash(ImportLine line, ImportReport report) {
		String text = line.get("cash").strip();
		if (text.isEmpty()) {
			return null;
		}
		BigDecimal cash = VietnameseNumbers.parse(text).orElse(null);
		if (cash == null || cash.signum() < 0 || cash.stripTrailingZeros().scale() > 0
				|| cash.compareTo(new BigDecimal("99999999999999")) > 0) {
			report.problem(line.number(), "cash", "imports.facts.badCash", text);
			return null;
		}
		return cash;
	}

}
