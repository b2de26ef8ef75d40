package vn.thidua.support.world;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.account.AccountDetails;
import vn.thidua.account.AccountManagement;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;

/**
 * The seed articles' world as it stood in 2024, a fixture the tests own: the national
 * root "VN" (Cả nước), Trà Vinh with its districts, communes and Cụm Thi đua số 1, Nam
 * Định, Hà Nam's Duy Tiên, one account per role, and the movements, clusters, award
 * histories and proposals the tests read. A copy of what the demo seeded before it was
 * rebuilt, so that the demo may change without the tests noticing.
 * <p>
 * On with {@code thidua.test-world.enabled=true}; seeds once, into a database with no
 * root unit yet. It runs before the administrator bootstrap ({@code @Order(10)}), which
 * then finds accounts and leaves the database alone.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = SeedWorld.ENABLED, havingValue = "true")
@Import({ WorldMovements.class, WorldClusters.class, WorldAwards.class, WorldYearAwards.class, WorldProposals.class })
public class SeedWorld implements ApplicationRunner {

	public static final String ENABLED = "thidua.test-world.enabled";

	private static final Logger log = LoggerFactory.getLogger(SeedWorld.class);

	/**
	 * The accounts of the world, one per role; all use {@link WorldAccount#PASSWORD}.
	 */
	public static final List<WorldAccount> ACCOUNTS = List.of(
			new WorldAccount("admin", "Quản trị hệ thống", "VN", Role.ADMIN),
			new WorldAccount("officer.tv", "Nguyễn Thị Thu Hà", "TV", Role.OFFICER),
			new WorldAccount("reporter.tv-cn", "Thạch Thị Sa Rươne", "TV-CN", Role.UNIT_REPORTER),
			new WorldAccount("leader.tv-ct", "Trần Văn Dũng", "TV-CT", Role.CLUSTER_LEADER),
			new WorldAccount("member.tv", "Lê Thị Ngọc Hân", "TV", Role.BOARD_MEMBER),
			new WorldAccount("chair.tv", "Phạm Minh Đức", "TV", Role.BOARD_CHAIR),
			new WorldAccount("officer.nd", "Đỗ Văn Thành", "ND", Role.OFFICER),
			new WorldAccount("officer.tv-cn-mh", "Lâm Thị Thanh Tuyền", "TV-CN-MH", Role.OFFICER),
			new WorldAccount("member.tv-snv", "Huỳnh Văn Tâm", "TV-SNV", Role.BOARD_MEMBER));

	private record Seed(String code, String name, UnitKind kind, String parent, LocalDate from) {
	}

	private static final List<Seed> UNITS = List.of(
			new Seed("TV", "Tỉnh Trà Vinh", UnitKind.PROVINCE, "VN", LocalDate.of(1992, 5, 1)),
			new Seed("TV-SNV", "Sở Nội vụ tỉnh Trà Vinh", UnitKind.DEPARTMENT, "TV", LocalDate.of(1992, 5, 1)),
			new Seed("TV-SGD", "Sở Giáo dục và Đào tạo tỉnh Trà Vinh", UnitKind.DEPARTMENT, "TV",
					LocalDate.of(1992, 5, 1)),
			new Seed("TV-CT", "Huyện Châu Thành", UnitKind.DISTRICT, "TV", LocalDate.of(1992, 5, 1)),
			new Seed("TV-CN", "Huyện Cầu Ngang", UnitKind.DISTRICT, "TV", LocalDate.of(1992, 5, 1)),
			new Seed("TV-DH", "Huyện Duyên Hải", UnitKind.DISTRICT, "TV", LocalDate.of(1992, 5, 1)),
			new Seed("TV-TXDH", "Thị xã Duyên Hải", UnitKind.DISTRICT, "TV", LocalDate.of(2015, 5, 15)),
			new Seed("TV-TC", "Huyện Trà Cú", UnitKind.DISTRICT, "TV", LocalDate.of(1992, 5, 1)),
			new Seed("TV-CT-TT", "Thị trấn Châu Thành", UnitKind.COMMUNE, "TV-CT", LocalDate.of(1992, 5, 1)),
			new Seed("TV-CT-DL", "Xã Đa Lộc", UnitKind.COMMUNE, "TV-CT", LocalDate.of(1992, 5, 1)),
			new Seed("TV-CN-MH", "Xã Mỹ Hòa", UnitKind.COMMUNE, "TV-CN", LocalDate.of(1992, 5, 1)),
			new Seed("TV-DH-LK", "Xã Long Khánh", UnitKind.COMMUNE, "TV-DH", LocalDate.of(1992, 5, 1)),
			new Seed("TV-TXDH-P1", "Phường 1, thị xã Duyên Hải", UnitKind.COMMUNE, "TV-TXDH",
					LocalDate.of(2015, 5, 15)),
			new Seed("TV-TC-TT", "Thị trấn Trà Cú", UnitKind.COMMUNE, "TV-TC", LocalDate.of(1992, 5, 1)),
			new Seed("ND", "Tỉnh Nam Định", UnitKind.PROVINCE, "VN", LocalDate.of(1997, 1, 1)),
			new Seed("ND-SNV", "Sở Nội vụ tỉnh Nam Định", UnitKind.DEPARTMENT, "ND", LocalDate.of(1997, 1, 1)),
			new Seed("ND-SNN", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Nam Định", UnitKind.DEPARTMENT, "ND",
					LocalDate.of(1997, 1, 1)),
			new Seed("ND-SGD", "Sở Giáo dục và Đào tạo tỉnh Nam Định", UnitKind.DEPARTMENT, "ND",
					LocalDate.of(1997, 1, 1)),
			new Seed("ND-HH", "Huyện Hải Hậu", UnitKind.DISTRICT, "ND", LocalDate.of(1997, 1, 1)),
			new Seed("ND-XT", "Huyện Xuân Trường", UnitKind.DISTRICT, "ND", LocalDate.of(1997, 1, 1)),
			new Seed("HNA", "Tỉnh Hà Nam", UnitKind.PROVINCE, "VN", LocalDate.of(1997, 1, 1)),
			new Seed("HNA-DT", "Thị xã Duy Tiên", UnitKind.DISTRICT, "HNA", LocalDate.of(2020, 6, 1)),
			new Seed("HNA-DT-TN", "Phường Tiên Nội", UnitKind.COMMUNE, "HNA-DT", LocalDate.of(2020, 6, 1)),
			new Seed("HNA-DT-CG", "Phường Châu Giang", UnitKind.COMMUNE, "HNA-DT", LocalDate.of(2020, 6, 1)),
			new Seed("HNA-HDT", "Huyện Duy Tiên", UnitKind.DISTRICT, "HNA", LocalDate.of(1997, 1, 1)));

	private final UnitManagement unitManagement;

	private final UnitCatalog units;

	private final AccountManagement accounts;

	private final TransactionTemplate transaction;

	private final WorldMovements movements;

	private final WorldClusters clusters;

	private final WorldAwards awards;

	private final WorldYearAwards yearAwards;

	private final WorldProposals proposals;

	SeedWorld(UnitManagement unitManagement, UnitCatalog units, AccountManagement accounts,
			TransactionTemplate transaction, WorldMovements movements, WorldClusters clusters, WorldAwards awards,
			WorldYearAwards yearAwards, WorldProposals proposals) {
		this.proposals = proposals;
		this.movements = movements;
		this.awards = awards;
		this.yearAwards = yearAwards;
		this.clusters = clusters;
		this.unitManagement = unitManagement;
		this.units = units;
		this.accounts = accounts;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (units.findActiveByCode("VN").isPresent()) {
			return;
		}
		transaction.executeWithoutResult(status -> seed());
		log.info("Test world seeded; its accounts use the password {}", WorldAccount.PASSWORD);
	}

	private void seed() {
		Unit root = unitManagement
			.createRoot(new UnitDetails("VN", "Cả nước", UnitKind.NATIONAL, LocalDate.of(1945, 9, 2)));
		CurrentUser system = new CurrentUser(0, "system", "Hệ thống", root.getId(), Set.of(Role.ADMIN));
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null, system.roles()));
		try {
			Map<String, Long> ids = new HashMap<>(Map.of("VN", root.getId()));
			for (Seed seed : UNITS) {
				Unit unit = unitManagement.create(ids.get(seed.parent()),
						new UnitDetails(seed.code(), seed.name(), seed.kind(), seed.from()), system);
				ids.put(seed.code(), unit.getId());
			}
			Unit dissolved = unitManagement.deactivate(ids.get("HNA-HDT"), 0, LocalDate.of(2020, 5, 31),
					ids.get("HNA-DT"), system);
			log.debug("Kept {} in history", dissolved.getName());
			for (WorldAccount account : ACCOUNTS) {
				accounts.create(account.username(), WorldAccount.PASSWORD,
						new AccountDetails(account.fullName(), null, account.unitCode(), account.roles(), true), false,
						system);
			}
			movements.seed(ids, system);
			clusters.seed(ids, system);
			awards.seed(ids, system);
			yearAwards.seed(ids, system);
			proposals.seed(ids, system);
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

}
