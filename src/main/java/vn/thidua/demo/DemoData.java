package vn.thidua.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.account.AccountDetails;
import vn.thidua.account.AccountManagement;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.SigningDetails;
import vn.thidua.shared.security.Role;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;

/**
 * Seeds, once into an empty database, the places of the seed articles as they were (Trà
 * Vinh and its Cụm Thi đua số 1, Nam Định, Hà Nam's Duy Tiên) with their history, carries
 * them into today's Tỉnh Vĩnh Long and Tỉnh Ninh Bình through the product's own
 * reorganisation plans, and seeds this year's work and one account per role in the units
 * of today.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/**
	 * The accounts of today's units (the 2025 reorganisation has been applied).
	 */
	static final List<DemoAccount> ACCOUNTS = List.of(new DemoAccount("admin", "Quản trị hệ thống", "VN", Role.ADMIN),
			new DemoAccount("canbo.vinhlong", "Nguyễn Thị Thu Hà", "VL", Role.OFFICER),
			new DemoAccount("baocao.caungang", "Thạch Thị Sa Rươne", "VL-CAUNGANG", Role.UNIT_REPORTER),
			new DemoAccount("cumtruong.chauthanh", "Trần Văn Dũng", "VL-CHAUTHANH", Role.CLUSTER_LEADER),
			new DemoAccount("hoidong.thanhvien", "Lê Thị Ngọc Hân", "VL", Role.BOARD_MEMBER),
			new DemoAccount("hoidong.chutich", "Phạm Minh Đức", "VL", Role.BOARD_CHAIR),
			new DemoAccount("canbo.ninhbinh", "Đỗ Văn Thành", "NB", Role.OFFICER),
			new DemoAccount("canbo.caungang", "Lâm Thị Thanh Tuyền", "VL-CAUNGANG", Role.OFFICER),
			new DemoAccount("hoidong.sonoivu", "Huỳnh Văn Tâm", "VL-SNV", Role.BOARD_MEMBER));

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
			new Seed("HNA-HDT", "Huyện Duy Tiên", UnitKind.DISTRICT, "HNA", LocalDate.of(1997, 1, 1)),
			new Seed("ND-HH-YD", "Thị trấn Yên Định", UnitKind.COMMUNE, "ND-HH", LocalDate.of(1997, 1, 1)),
			new Seed("ND-HH-HT", "Xã Hải Trung", UnitKind.COMMUNE, "ND-HH", LocalDate.of(1997, 1, 1)),
			new Seed("ND-XT-TT", "Thị trấn Xuân Trường", UnitKind.COMMUNE, "ND-XT", LocalDate.of(1997, 1, 1)),
			new Seed("ND-XT-XP", "Xã Xuân Phúc", UnitKind.COMMUNE, "ND-XT", LocalDate.of(1997, 1, 1)),
			new Seed("BT", "Tỉnh Bến Tre", UnitKind.PROVINCE, "VN", LocalDate.of(1976, 2, 1)),
			new Seed("VLO", "Tỉnh Vĩnh Long", UnitKind.PROVINCE, "VN", LocalDate.of(1992, 5, 1)),
			new Seed("NBO", "Tỉnh Ninh Bình", UnitKind.PROVINCE, "VN", LocalDate.of(1992, 4, 1)));

	private final DemoMode demoMode;

	private final UnitManagement unitManagement;

	private final UnitCatalog units;

	private final AccountManagement accounts;

	private final TransactionTemplate transaction;

	private final DemoMovements movements;

	private final DemoClusters clusters;

	private final DemoAwards awards;

	private final DemoYearAwards yearAwards;

	private final DemoProposals proposals;

	private final DemoReorganisation reorganisation;

	DemoData(DemoMode demoMode, UnitManagement unitManagement, UnitCatalog units, AccountManagement accounts,
			TransactionTemplate transaction, DemoMovements movements, DemoClusters clusters, DemoAwards awards,
			DemoYearAwards yearAwards, DemoProposals proposals, DemoReorganisation reorganisation) {
		this.reorganisation = reorganisation;
		this.proposals = proposals;
		this.movements = movements;
		this.awards = awards;
		this.yearAwards = yearAwards;
		this.clusters = clusters;
		this.demoMode = demoMode;
		this.unitManagement = unitManagement;
		this.units = units;
		this.accounts = accounts;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demoMode.isEnabled() || units.findActiveByCode("VN").isPresent()) {
			return;
		}
		transaction.executeWithoutResult(status -> seed());
		log.info("Demo data created; demo accounts use the password {}", DemoAccount.PASSWORD);
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
			movements.seed(ids, system);
			clusters.seed(ids, system);
			DemoAwards.Ladders ladders = awards.seed(ids, system);
			yearAwards.seed(ids, system);
			Map<String, Long> people = proposals.seedPeople(ids, system);
			reorganisation.apply(ids, system);
			for (DemoAccount account : ACCOUNTS) {
				accounts.create(account.username(), DemoAccount.PASSWORD,
						new AccountDetails(account.fullName(), null, account.unitCode(), account.roles(), true), false,
						system);
			}
			// who signs today's provinces' documents (illustrative names)
			unitManagement.updateSigning(ids.get("VL"), null,
					new SigningDetails("UBND", "Chủ tịch", "Phạm Minh Đức", "Phó Chủ tịch", "Nguyễn Văn Liêm"), system);
			awards.seedToday(ladders, ids, system);
			yearAwards.seedToday(ids, system);
			movements.seedToday(ids, system);
			clusters.seedToday(ids, system);
			proposals.seed(ids, people, system);
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

}
