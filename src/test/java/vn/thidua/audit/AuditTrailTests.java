package vn.thidua.audit;

import java.time.LocalDate;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.support.WorldUsers;
import vn.thidua.shared.security.Role;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditTrailTests {

	@Autowired
	UnitManagement units;

	@Autowired
	UnitCatalog catalog;

	@Autowired
	AuditLog auditLog;

	@Autowired
	WorldUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TreeFixture tree;

	@Autowired
	AuditPresenter presenter;

	@Autowired
	vn.thidua.support.ReviewFixture reviewFixture;

	@Test
	@WithMockUser(username = "officer.tv", roles = { "OFFICER", "ADMIN" })
	void recordsWhoChangedWhichFieldsOfWhichRecord() {
		var officer = users.current("officer.tv");
		Unit unit = units.create(catalog.findActiveByCode("TV").orElseThrow().id(),
				new UnitDetails("T-AUDIT", "Huyện Ghi Vết", UnitKind.DISTRICT, LocalDate.of(2020, 1, 1)), officer);
		units.update(unit.getId(), unit.getVersion(),
				new UnitDetails("T-AUDIT", "Huyện Ghi Vết Mới", UnitKind.DISTRICT, LocalDate.of(2020, 1, 1)), officer);

		var entries = auditLog.page(new AuditFilter(null, "Unit", String.valueOf(unit.getId()), null, null, null), null,
				10, officer);

		assertThat(entries).extracting(AuditEntryRow::action).containsExactly("UPDATE", "CREATE");
		assertThat(entries).extracting(AuditEntryRow::actor).containsOnly("officer.tv");
		var update = entries.get(0).fieldChanges();
		assertThat(update).singleElement().satisfies(change -> {
			assertThat(change.field()).isEqualTo("name");
			assertThat(change.oldValue()).isEqualTo("Huyện Ghi Vết");
			assertThat(change.newValue()).isEqualTo("Huyện Ghi Vết Mới");
		});
		assertThat(entries.get(1).fieldChanges()).extracting(AuditEntryRow.FieldChange::field)
			.contains("code", "name", "kind", "parentId", "validFrom")
			.doesNotContain("path", "depth", "version");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void anAdministratorOfOneProvinceReadsOnlyTheEntriesOfItsSubtree() {
		String prefix = tree.prefix();
		Unit own = tree.unit(tree.root(), prefix + "-A", "Tỉnh " + prefix + " A", UnitKind.PROVINCE,
				LocalDate.of(2025, 7, 1));
		Unit other = tree.unit(tree.root(), prefix + "-B", "Tỉnh " + prefix + " B", UnitKind.PROVINCE,
				LocalDate.of(2025, 7, 1));
		Unit ownCommune = tree.unit(own.getId(), prefix + "-A1", "Xã Một", UnitKind.COMMUNE, LocalDate.of(2025, 7, 1));
		Unit otherCommune = tree.unit(other.getId(), prefix + "-B1", "Xã Hai", UnitKind.COMMUNE,
				LocalDate.of(2025, 7, 1));
		var admin = tree.user(own.getId(), Role.ADMIN);
		var filter = new AuditFilter(null, "Unit", null, "CREATE", null, null);

		var seen = new ArrayList<String>();
		auditLog.forEach(filter, admin, entry -> seen.add(entry.entityId()));

		assertThat(seen).contains(String.valueOf(own.getId()), String.valueOf(ownCommune.getId()))
			.doesNotContain(String.valueOf(other.getId()), String.valueOf(otherCommune.getId()));
		assertThat(auditLog.page(filter, null, 500, tree.system())).extracting(AuditEntryRow::entityId)
			.contains(String.valueOf(otherCommune.getId()));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void entriesOfNoUnitAreReadOnlyAtTheTopOfTheTree() {
		jdbc.sql("""
				insert into audit_entry (actor, action, entity_type, entity_id, changes)
				values ('system', 'CREATE', 'Startup', 'x-no-unit', '{}')
				""").update();
		Unit province = tree.unit(tree.root(), tree.prefix(), "Tỉnh Không Gốc", UnitKind.PROVINCE,
				LocalDate.of(2025, 7, 1));
		var filter = new AuditFilter(null, "Startup", "x-no-unit", null, null, null);

		assertThat(auditLog.page(filter, null, 10, tree.user(province.getId(), Role.ADMIN))).isEmpty();
		assertThat(auditLog.page(filter, null, 10, tree.system())).hasSize(1);
	}

	@Test
	void theAuditLogCannotBeEditedOrEmptiedEvenWithSql() {
		long id = jdbc.sql("""
				insert into audit_entry (actor, action, entity_type, entity_id, changes)
				values ('x', 'CREATE', 'Unit', '1', '{}') returning id
				""").query(Long.class).single();

		assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'y' where id = ?").param(id).update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(id).update())
			.hasMessageContaining("append-only");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void passwordHashesAreNeverWrittenToTheLog() {
		var entries = auditLog.page(new AuditFilter(null, "Account", null, "CREATE", null, null), null, 50,
				users.current("admin"));

		assertThat(entries).isNotEmpty();
		assertThat(entries).allSatisfy(
				entry -> assertThat(entry.fieldChanges()).filteredOn(change -> change.field().equals("passwordHash"))
					.singleElement()
					.satisfies(change -> assertThat(change.newValue()).isEqualTo("***")));
	}

	@Test
	@WithMockUser(username = "officer.tv", roles = { "OFFICER", "ADMIN" })
	void theLogShowsLabelsNamesAndFormattedValues() {
		var officer = users.current("officer.tv");
		Unit unit = units.create(catalog.findActiveByCode("TV").orElseThrow().id(),
				new UnitDetails("T-AUDIT-VI", "Huyện Ghi Bằng Lời", UnitKind.DISTRICT, LocalDate.of(2020, 3, 9)),
				officer);
		var rows = auditLog.page(new AuditFilter(null, "Unit", String.valueOf(unit.getId()), null, null, null), null,
				10, officer);

		var shown = presenter.present(rows, java.util.Locale.of("vi")).getFirst();

		assertThat(shown.entityLabel()).isEqualTo("Đơn vị");
		assertThat(shown.actorName()).isEqualTo(officer.fullName()).isNotEqualTo("officer.tv");
		assertThat(shown.changes()).extracting(AuditPresenter.ShownChange::field, AuditPresenter.ShownChange::newValue)
			.contains(org.assertj.core.groups.Tuple.tuple("Mã", "T-AUDIT-VI"),
					org.assertj.core.groups.Tuple.tuple("Loại", "Cấp huyện"),
					org.assertj.core.groups.Tuple.tuple("Hiệu lực từ", "09/03/2020"),
					org.assertj.core.groups.Tuple.tuple("Đang hoạt động", "Có"), org.assertj.core.groups.Tuple
						.tuple("Đơn vị cấp trên", catalog.findActiveByCode("TV").orElseThrow().name()));
		var system = new AuditEntryRow(0, rows.getFirst().occurredAt(), "system", "CREATE", "Unit", "0", "{}");
		assertThat(presenter.present(java.util.List.of(system), java.util.Locale.of("vi")).getFirst().actorName())
			.isEqualTo("Hệ thống (tự động)");
		assertThat(presenter.present(rows, java.util.Locale.ENGLISH).getFirst().changes())
			.extracting(AuditPresenter.ShownChange::field)
			.contains("Code", "Kind", "Valid from");
	}

	@Test
	void codesEnumsAndYesNoShowAsTheirLabelsInTheReadersLanguage() {
		var vi = java.util.Locale.of("vi");
		assertThat(shown("Proposal", "signedCopySignature", "UNSIGNED", vi)).isEqualTo("Không có chữ ký số");
		assertThat(shown("ProposalLine", "awardTypeCode", "BK_TINH", vi)).isEqualTo("Bằng khen cấp tỉnh");
		assertThat(shown("ProposalLine", "awardTypeCode", "BK_TINH", java.util.Locale.ENGLISH))
			.isEqualTo("Provincial certificate of merit");
		assertThat(shown("Person", "sex", "FEMALE", vi)).isEqualTo("Nữ");
		assertThat(shown("DisciplineRecord", "kind", "COMPLAINT", vi)).isEqualTo("Khiếu nại, tố cáo");
		assertThat(shown("ImportRun", "kind", "people", vi)).isEqualTo("Nhập danh sách cá nhân");
		assertThat(shown("PersonTransfer", "status", "PENDING", vi)).isEqualTo("Chờ đơn vị nhận chấp nhận");
		assertThat(shown("DraftTemplate", "kind", "DECISION", vi)).isEqualTo("Quyết định khen thưởng kèm danh sách");
		assertThat(shown("CertificateLayout", "orientation", "LANDSCAPE", vi)).isEqualTo("Ngang");
		assertThat(shown("Unit", "active", "false", vi)).isEqualTo("Không");
		assertThat(shown("Unit", "active", "true", java.util.Locale.ENGLISH)).isEqualTo("Yes");
		// a code without a label shows as it is rather than failing
		assertThat(shown("ProposalLine", "awardTypeCode", "KHONG_CO", vi)).isEqualTo("KHONG_CO");
	}

	private String shown(String entityType, String field, String value, java.util.Locale locale) {
		var row = new AuditEntryRow(0, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC), "system", "UPDATE",
				entityType, "1", "{\"" + field + "\": {\"old\": null, \"new\": \"" + value + "\"}}");
		return presenter.present(java.util.List.of(row), locale).getFirst().changes().getFirst().newValue();
	}

	@Test
	@WithMockUser(username = "admin", roles = { "OFFICER", "ADMIN" })
	void hibernatesOwnBackReferencesAreNeitherRecordedNorShown() {
		var review = reviewFixture.open(vn.thidua.cluster.ReviewPeriod.MID_YEAR, "TV-CT", "TV-CN");
		var rows = auditLog.page(
				new AuditFilter(null, "Criterion", String.valueOf(review.criterion(1)), null, null, null), null, 10,
				users.current("admin"));

		assertThat(rows).isNotEmpty()
			.allSatisfy(row -> assertThat(row.fieldChanges()).extracting(AuditEntryRow.FieldChange::field)
				.contains("name")
				.noneMatch(field -> field.startsWith("_")));
		var logged = new AuditEntryRow(0, rows.getFirst().occurredAt(), "system", "CREATE", "Criterion", "1",
				"{\"name\": {\"old\": null, \"new\": \"Giảm nghèo\"}, \"_criteria_cluster_year_idBackref\": {\"old\": null, \"new\": \"3\"}}");
		assertThat(presenter.present(java.util.List.of(logged), java.util.Locale.of("vi")).getFirst().changes())
			.extracting(AuditPresenter.ShownChange::newValue)
			.containsExactly("Giảm nghèo");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void aMergedPersonsIdentifierIsMaskedByItsAnnotation() {
		assertThat(ChangeRecorder.maskedFields(vn.thidua.award.PersonMerge.class)).contains("movedPersonalId");
		assertThat(ChangeRecorder.maskedFields(vn.thidua.account.Account.class)).containsExactly("passwordHash");
	}

}
