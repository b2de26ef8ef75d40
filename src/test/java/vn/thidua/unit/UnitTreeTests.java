package vn.thidua.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TreeFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
@WithMockUser(roles = "OFFICER")
class UnitTreeTests {

	@Autowired
	Clock clock;

	@Autowired
	UnitManagement management;

	@Autowired
	UnitCatalog catalog;

	@Autowired
	WorldUsers users;

	@Autowired
	TreeFixture fixture;

	@Autowired
	JdbcClient jdbc;

	CurrentUser officer() {
		return users.current("officer.tv");
	}

	@Test
	void movingAUnitCarriesItsWholeSubtree() {
		Unit district = create("TV", "T-MOVE-D", "Huyện Thử Chuyển", UnitKind.DISTRICT);
		Unit commune = create("T-MOVE-D", "T-MOVE-C", "Xã Thử Chuyển", UnitKind.COMMUNE);
		Unit hamlet = create("T-MOVE-C", "T-MOVE-H", "Ấp Thử Chuyển", UnitKind.OTHER);

		management.move(commune.getId(), commune.getVersion(), id("TV-CN"), "Tạo nhầm cấp trên", officer());

		UnitRow movedHamlet = catalog.get(hamlet.getId());
		UnitRow caungang = catalog.get(id("TV-CN"));
		assertThat(movedHamlet.path()).isEqualTo(caungang.path() + commune.getId() + "/" + hamlet.getId() + "/");
		assertThat(movedHamlet.depth()).isEqualTo(caungang.depth() + 2);
		assertThat(catalog.isWithin(hamlet.getId(), id("TV-CN"))).isTrue();
		assertThat(catalog.isWithin(hamlet.getId(), district.getId())).isFalse();
	}

	@Test
	void refusesAMoveThatWouldCreateACycle() {
		Unit parent = create("TV", "T-CYCLE-P", "Huyện Vòng", UnitKind.DISTRICT);
		Unit child = create("T-CYCLE-P", "T-CYCLE-C", "Xã Vòng", UnitKind.COMMUNE);

		assertThatThrownBy(
				() -> management.move(parent.getId(), parent.getVersion(), child.getId(), "Sửa sai", officer()))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasMessageContaining("unit.move.cycle");
		assertThatThrownBy(
				() -> management.move(parent.getId(), parent.getVersion(), parent.getId(), "Sửa sai", officer()))
			.hasMessageContaining("unit.move.cycle");
		assertThat(catalog.get(parent.getId()).parentId()).isEqualTo(id("TV"));
	}

	@Test
	void aCodeIsUniqueAmongActiveUnitsOnlySoHistoryKeepsOldCodes() {
		Unit merged = create("TV", "T-MERGE", "Huyện Sáp Nhập", UnitKind.DISTRICT);
		assertThatThrownBy(() -> create("TV", "T-MERGE", "Huyện Trùng Mã", UnitKind.DISTRICT))
			.hasMessageContaining("unit.code.taken");

		management.deactivate(merged.getId(), merged.getVersion(), LocalDate.of(2025, 6, 30), null, officer());
		Unit successor = create("TV", "T-MERGE", "Xã Sau Sáp Nhập", UnitKind.COMMUNE);

		assertThat(catalog.findActiveByCode("T-MERGE").orElseThrow().id()).isEqualTo(successor.getId());
		UnitRow history = catalog.get(merged.getId());
		assertThat(history.active()).isFalse();
		assertThat(history.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
	}

	@Test
	void aMergedUnitPointsToTheUnitThatTookItOver() {
		Unit merged = create("TV", "T-SUCC-OLD", "Huyện Cũ Sáp Nhập", UnitKind.DISTRICT);
		Unit successor = create("TV", "T-SUCC-NEW", "Xã Mới Tiếp Nhận", UnitKind.COMMUNE);
		Unit other = create("TV", "T-SUCC-OTHER", "Huyện Khác", UnitKind.DISTRICT);

		assertThatThrownBy(() -> management.deactivate(merged.getId(), merged.getVersion(), LocalDate.of(2025, 6, 30),
				merged.getId(), officer()))
			.hasMessageContaining("unit.successor.invalid");
		assertThatThrownBy(() -> management.deactivate(merged.getId(), merged.getVersion(), LocalDate.of(2025, 6, 30),
				id("ND"), officer()))
			.isInstanceOf(NotFoundException.class);
		management.deactivate(merged.getId(), merged.getVersion(), LocalDate.of(2025, 6, 30), successor.getId(),
				officer());
		management.deactivate(other.getId(), other.getVersion(), LocalDate.of(2025, 6, 30), successor.getId(),
				officer());

		assertThat(catalog.get(merged.getId()).successorId()).isEqualTo(successor.getId());
		assertThat(catalog.predecessors(successor.getId())).extracting(UnitRow::code)
			.containsExactly("T-SUCC-OLD", "T-SUCC-OTHER");
	}

	@Test
	void refusesToDeactivateAUnitWithActiveSubUnits() {
		Unit parent = create("TV", "T-DEACT-P", "Huyện Còn Xã", UnitKind.DISTRICT);
		create("T-DEACT-P", "T-DEACT-C", "Xã Còn Hoạt Động", UnitKind.COMMUNE);

		assertThatThrownBy(
				() -> management.deactivate(parent.getId(), parent.getVersion(), LocalDate.now(clock), null, officer()))
			.hasMessageContaining("unit.deactivate.hasChildren");
		assertThat(catalog.get(parent.getId()).active()).isTrue();
	}

	@Test
	@WithMockUser(roles = { "ADMIN", "OFFICER" })
	void aUnitWithAccountsOrPeopleLeftIsNotDeactivatedByHandAndSaysWhatAPlanWouldMove() {
		String p = fixture.prefix();
		Unit commune = create("TV", p, "Xã Còn Người", UnitKind.COMMUNE);
		long account = fixture.account(p.toLowerCase(Locale.ROOT) + ".canbo", p, Role.OFFICER);
		long person = fixture.person(commune.getId(), "Lê Thị Còn " + p, LocalDate.of(1985, 3, 8));

		assertThatThrownBy(() -> management.deactivate(commune.getId(), commune.getVersion(), LocalDate.now(clock),
				null, officer()))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, refusal -> {
				assertThat(refusal.messageKey()).isEqualTo("unit.deactivate.workLeft");
				assertThat(refusal.args()).containsExactly("xã Còn Người");
				assertThat(refusal.all().subList(1, refusal.all().size()))
					.extracting(BusinessRuleViolation::messageKey, problem -> problem.args()[0])
					.containsExactlyInAnyOrder(tuple("reorganisation.effect.people", 1L),
							tuple("reorganisation.effect.accountsMoved", 1L));
			});
		assertThat(catalog.get(commune.getId()).active()).isTrue();

		jdbc.sql("update account set enabled = false where id = ?").param(account).update();
		jdbc.sql("delete from person_placement where person_id = ?").param(person).update();
		jdbc.sql("delete from person where id = ?").param(person).update();
		management.deactivate(commune.getId(), commune.getVersion(), LocalDate.now(clock), null, officer());

		assertThat(catalog.get(commune.getId()).active()).isFalse();
	}

	@Test
	void aStaleEditIsRefusedAndChangesNothing() {
		Unit unit = create("TV", "T-STALE", "Huyện Cũ", UnitKind.DISTRICT);
		long loaded = unit.getVersion();
		management.update(unit.getId(), loaded,
				new UnitDetails("T-STALE", "Huyện Mới", UnitKind.DISTRICT, LocalDate.of(2020, 1, 1)), officer());

		assertThatThrownBy(() -> management.update(unit.getId(), loaded,
				new UnitDetails("T-STALE", "Huyện Ghi Đè", UnitKind.DISTRICT, LocalDate.of(2020, 1, 1)), officer()))
			.isInstanceOf(StaleEditException.class);
		assertThat(catalog.get(unit.getId()).name()).isEqualTo("Huyện Mới");
	}

	@Test
	void anOfficerCannotReachOrChangeUnitsOutsideTheirSubtree() {
		long namDinhDistrict = id("ND-HH");

		assertThatThrownBy(() -> management.show(namDinhDistrict, officer())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> management.create(namDinhDistrict,
				new UnitDetails("T-FOREIGN", "Xã Ngoài", UnitKind.COMMUNE, LocalDate.of(2020, 1, 1)), officer()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> management.move(id("TV-CT-DL"), 0, id("ND"), "Sửa sai", officer()))
			.isInstanceOf(NotFoundException.class);
		assertThat(catalog.findActiveByCode("T-FOREIGN")).isEmpty();
	}

	@Test
	void anOfficerManagesTheUnitsBelowTheirOwnButNotTheirOwnUnit() {
		UnitRow own = catalog.get(officer().unitId());

		assertThatThrownBy(() -> management.update(own.id(), own.version(),
				new UnitDetails(own.code(), "Đổi Tên Tỉnh", own.kind(), own.validFrom()), officer()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void childrenAreListedInVietnameseAlphabeticalOrder() {
		Unit district = create("TV", "T-SORT", "Huyện Thứ Tự", UnitKind.DISTRICT);
		create("T-SORT", "T-SORT-X", "Xã Bình Phú", UnitKind.COMMUNE);
		create("T-SORT", "T-SORT-D", "Đảo Lớn", UnitKind.OTHER);
		create("T-SORT", "T-SORT-DU", "Dương Hòa", UnitKind.COMMUNE);
		create("T-SORT", "T-SORT-A", "Ấp Mới", UnitKind.OTHER);

		assertThat(catalog.children(district.getId(), false, PageRequest.of(0, 10)).getContent())
			.extracting(UnitRow::name)
			.containsExactly("Ấp Mới", "Dương Hòa", "Đảo Lớn", "Xã Bình Phú");
	}

	@Test
	void searchIgnoresDiacriticsAndStaysInsideTheScope() {
		var page = catalog.search(catalog.get(officer().unitId()), "duyen hai", false, PageRequest.of(0, 50));

		assertThat(page.getContent()).extracting(UnitRow::name)
			.contains("Huyện Duyên Hải", "Thị xã Duyên Hải", "Phường 1, thị xã Duyên Hải");
		var foreign = catalog.search(catalog.get(officer().unitId()), "nam dinh", false, PageRequest.of(0, 50));
		assertThat(foreign.getContent()).isEmpty();
	}

	private Unit create(String parentCode, String code, String name, UnitKind kind) {
		return management.create(id(parentCode), new UnitDetails(code, name, kind, LocalDate.of(2020, 1, 1)),
				officer());
	}

	private long id(String code) {
		return catalog.findActiveByCode(code).orElseThrow().id();
	}

}
