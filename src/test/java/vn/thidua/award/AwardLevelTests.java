package vn.thidua.award;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.ProposalFixture.unique;

/**
 * Cấp khen of a recorded award: the catalogue's level for a form one authority grants,
 * else the deciding unit's, else the database reads it from the authority's name.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class AwardLevelTests {

	@Autowired
	AwardRegistry registry;

	@Autowired
	ProposalFixture fixture;

	@Autowired
	WorldUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAuthoritysNameGivesTheLevelWhenNothingElseDoes() {
		assertThat(level("GK", "Chủ tịch UBND xã Mỹ Hòa", null)).isEqualTo(AwardLevel.COMMUNE);
		assertThat(level("GK", "Chủ tịch UBND huyện Cầu Ngang", null)).isEqualTo(AwardLevel.DISTRICT);
		assertThat(level("GK", "Giám đốc Sở Nội vụ", null)).isEqualTo(AwardLevel.AGENCY);
		assertThat(level("GK", "Chủ tịch UBND tỉnh Trà Vinh", null)).isEqualTo(AwardLevel.PROVINCE);
	}

	@Test
	void theCatalogueAndThenTheDecidingUnitComeFirst() {
		assertThat(level("CSTD_TINH", "Chủ tịch UBND xã Mỹ Hòa", null)).isEqualTo(AwardLevel.PROVINCE);
		assertThat(level("GK", "Chủ tịch UBND tỉnh Trà Vinh", fixture.myHoa())).isEqualTo(AwardLevel.COMMUNE);
	}

	private AwardLevel level(String type, String authority, Long decidingUnit) {
		CurrentUser office = users.current(ProposalFixture.OFFICE);
		String name = unique("Nguyễn Văn Cấp");
		AwardRecord award = registry.record(
				new AwardEntry(null, fixture.myHoa(), type, AwardKind.MERIT, 2025, unique("L") + "/QĐ",
						LocalDate.of(2025, 12, 1), "Chủ tịch", authority, name, null, authority, null, decidingUnit),
				office);
		String stored = jdbc.sql("select level from award_record where id = ?")
			.param(award.getId())
			.query(String.class)
			.single();
		assertThat(award.getLevel()).hasToString(stored);
		return award.getLevel();
	}

}
