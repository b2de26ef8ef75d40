package vn.thidua.movement.web;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementManagement;
import vn.thidua.movement.MovementQueries;
import vn.thidua.movement.MovementStatus;
import vn.thidua.movement.Standings;
import vn.thidua.movement.UnitStanding;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.VietnameseDateFormatter;
import vn.thidua.unit.UnitCatalog;

/**
 * The movement page: its chain, life steps, and where every participating unit stands on
 * every target, those falling behind first.
 */
@Controller
@RequestMapping("/movements/{id}")
class DashboardController {

	private static final int PAGE_SIZE = 25;

	private final MovementManagement management;

	private final MovementQueries queries;

	private final UnitCatalog units;

	private final Clock clock;

	DashboardController(MovementManagement management, MovementQueries queries, UnitCatalog units, Clock clock) {
		this.management = management;
		this.queries = queries;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping
	String show(@PathVariable long id, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		Movement movement = management.show(id, user);
		LocalDate today = LocalDate.now(clock);
		@Nullable Integer latest = year != null && movement.covers(year) ? null : queries.latestYearWithData(id);
		int shownYear = yearOf(movement, year, today, latest);
		model.addAttribute("movement", movement);
		model.addAttribute("row", queries.row(id));
		model.addAttribute("rights", management.rights(movement, user));
		model.addAttribute("chain", queries.implementedChain(movement));
		model.addAttribute("implementations", queries.implementations(id, user));
		model.addAttribute("standingUnit",
				movement.getStandingUnitId() == null ? null : units.get(movement.getStandingUnitId()));
		model.addAttribute("year", shownYear);
		Standings standings = queries.standings(movement, shownYear, LocalDate.of(shownYear, 12, 31),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("standings", standings);
		model.addAttribute("readable",
				management.readableUnits(movement, standings.units().map(UnitStanding::unitId).getContent(), user));
		model.addAttribute("today", VietnameseDateFormatter.format(today));
		model.addAttribute("myUnitId", user.unitId());
		model.addAttribute("nextSteps",
				movement.getStatus()
					.nextSteps()
					.stream()
					.sorted()
					.map(next -> new StepChoice(next, movement.isDateable(next, today),
							movement.earliestFor(next) == null ? null
									: VietnameseDateFormatter.format(movement.earliestFor(next)),
							VietnameseDateFormatter.format(movement.latestFor(next, today))))
					.toList());
		model.addAttribute("withdrawable", movement.withdrawableBy(user.unitId(), clock.instant()).orElse(null));
		model.addAttribute("terminal", movement.getStatus() == MovementStatus.CLOSED);
		model.addAttribute("finished",
				movement.getStatus() != MovementStatus.DRAFT && movement.getEndDate().isBefore(today));
		model.addAttribute("latestYear", latest != null && latest == shownYear && shownYear != today.getYear());
		return "movements/show";
	}

	/**
	 * The year asked for if the movement runs through it, else this year or the nearest
	 * end of the movement.
	 */
	static int yearOf(Movement movement, @Nullable Integer year, LocalDate today) {
		return yearOf(movement, year, today, null);
	}

	/**
	 * The year asked for if the movement runs through it, else the latest year of the
	 * movement with accepted reports, else this year or the nearest end of the movement.
	 */
	static int yearOf(Movement movement, @Nullable Integer year, LocalDate today, @Nullable Integer latestWithData) {
		if (year != null && movement.covers(year)) {
			return year;
		}
		if (latestWithData != null && movement.covers(latestWithData)) {
			return latestWithData;
		}
		int current = today.getYear();
		return Math.max(movement.getStartDate().getYear(), Math.min(current, movement.getEndDate().getYear()));
	}

}
