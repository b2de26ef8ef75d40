package vn.thidua.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.proposal.ProposalQueries;
import vn.thidua.shared.due.DueItem;
import vn.thidua.shared.due.DueItemSource;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;

/**
 * Gathers what the user must do from every module, each answering only within the user's
 * unit and roles, and sorts it into the home page's sections: overdue first (the oldest
 * first), then due within two weeks, waiting for the user, and returned to fix.
 */
@Service
public class Dashboard {

	static final int SHOWN = 5;

	static final int PAGE_SIZE = 20;

	static final int MAX_PAGE = 49;

	private static final int FETCHED = 50;

	/** Proposals of the user's unit the home page lists. */
	static final int OWN_PROPOSALS = 10;

	private final List<DueItemSource> sources;

	private final UnitCatalog units;

	private final ProposalQueries proposals;

	private final Clock clock;

	Dashboard(List<DueItemSource> sources, UnitCatalog units, ProposalQueries proposals, Clock clock) {
		this.sources = sources;
		this.units = units;
		this.proposals = proposals;
		this.clock = clock;
	}

	/**
	 * Everything the home page shows, read in one transaction: one connection and one
	 * commit for its thirteen statements instead of a transaction per module.
	 */
	@Transactional(readOnly = true)
	public HomePage homePage(CurrentUser user) {
		return new HomePage(units.get(user.unitId()), home(user), proposals.ownInProgress(OWN_PROPOSALS, user));
	}

	public List<SectionView> home(CurrentUser user) {
		Map<DueSection, List<DueLine>> sections = collect(user, FETCHED);
		return Arrays.stream(DueSection.values()).map(section -> {
			List<DueLine> lines = sections.getOrDefault(section, List.of());
			return new SectionView(section, lines.subList(0, Math.min(SHOWN, lines.size())), lines.size() > SHOWN);
		}).toList();
	}

	/**
	 * One page of a section, with a next page when there is more.
	 */
	public Page<DueLine> section(CurrentUser user, DueSection section, int page) {
		int shown = Math.clamp(page, 0, MAX_PAGE);
		int from = shown * PAGE_SIZE;
		List<DueLine> lines = collect(user, from + PAGE_SIZE + 1).getOrDefault(section, List.of());
		List<DueLine> content = lines.subList(Math.min(from, lines.size()), Math.min(from + PAGE_SIZE, lines.size()));
		long total = from + content.size() + (lines.size() > from + PAGE_SIZE ? 1 : 0);
		return new PageImpl<>(content, PageRequest.of(shown, PAGE_SIZE), total);
	}

	List<DueItem> dueItems(CurrentUser user, LocalDate today, int limit) {
		return sources.stream()
			.flatMap(source -> source.dueItems(user, today, limit).stream())
			.sorted(DueItem.SOONEST_FIRST)
			.toList();
	}

	private Map<DueSection, List<DueLine>> collect(CurrentUser user, int limit) {
		LocalDate today = LocalDate.now(clock);
		Map<DueSection, List<DueLine>> sections = new EnumMap<>(DueSection.class);
		for (DueItem item : dueItems(user, today, limit)) {
			DueSection.of(item, today)
				.ifPresent(section -> sections.computeIfAbsent(section, any -> new ArrayList<>())
					.add(DueLine.of(item, today)));
		}
		return sections;
	}

}
