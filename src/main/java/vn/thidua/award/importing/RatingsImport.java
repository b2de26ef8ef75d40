package vn.thidua.award.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import vn.thidua.award.Rating;
import vn.thidua.award.RegistryFacts;
import vn.thidua.shared.importing.ImportBatch;
import vn.thidua.shared.importing.ImportColumn;
import vn.thidua.shared.importing.ImportLine;
import vn.thidua.shared.importing.ImportReport;
import vn.thidua.shared.importing.SheetImport;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * Yearly ratings of people and collectives from a sheet. A rating already stored the same
 * is skipped; a different one is replaced (and audited) by the sheet's.
 */
@Service
public class RatingsImport implements SheetImport {

	private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("year", "nam"),
			ImportColumn.required("unitCode", "ma don vi"), ImportColumn.optional("fullName", "ho va ten", "ho ten"),
			ImportColumn.optional("birthDate", "ngay sinh"),
			ImportColumn.required("rating", "xep loai", "xep loai chat luong"));

	private final UnitCatalog units;

	private final RegistryLookup lookup;

	private final RegistryFacts facts;

	private final Clock clock;

	RatingsImport(UnitCatalog units, RegistryLookup lookup, RegistryFacts facts, Clock clock) {
		this.units = units;
		this.lookup = lookup;
		this.facts = facts;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return "ratings";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public List<Object> example() {
		return List.of(2025, "TV-CN-MH", "Kim Thị Sóc Khum", LocalDate.of(1986, 4, 12), "Hoàn thành tốt nhiệm vụ");
	}

	@Override
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public ImportBatch open(CurrentUser user, boolean write) {
		UnitRow scope = units.get(user.unitId());
		Map<String, Integer> rowOf = new HashMap<>();
		return new ImportBatch() {

			@Override
			public void accept(List<ImportLine> lines, ImportReport report) {
				LocalDate today = LocalDate.now(clock);
				RegistryLookup.Chunk chunk = lookup.chunk(lines);
				record Entry(FactSheet.Subject subject, int year, Rating rating) {
				}
				List<Entry> entries = new ArrayList<>();
				for (ImportLine line : lines) {
					Integer year = FactSheet.year(line, true, today, report);
					String text = line.get("rating");
					Rating rating = text.isBlank() ? null : Rating.parse(text).orElse(null);
					if (text.isBlank()) {
						report.problem(line.number(), "rating", "imports.required");
					}
					else if (rating == null) {
						report.problem(line.number(), "rating", "imports.facts.unknownRating", text);
					}
					FactSheet.Subject subject = FactSheet.subject(line, chunk, scope, today, true, report);
					if (report.isRowInvalid(line.number()) || subject == null || year == null || rating == null) {
						continue;
					}
					Integer first = rowOf.putIfAbsent(subject.key() + "|" + year, line.number());
					if (first != null) {
						report.problem(line.number(), "rating", "imports.ratings.duplicateInSheet", first);
						continue;
					}
					entries.add(new Entry(subject, year, rating));
				}
				if (!write || report.hasProblems()) {
					return;
				}
				int written = 0;
				for (Entry entry : entries) {
					boolean changed = entry.subject().personId() != null
							? facts.ratePerson(entry.subject().personId(), entry.year(), entry.rating(), user)
							: facts.rateCollective(entry.subject().unit().id(), entry.year(), entry.rating(), user);
					if (changed) {
						written++;
					}
					else {
						report.alreadyStored();
					}
				}
				report.wrote(written);
			}

		};
	}

}
