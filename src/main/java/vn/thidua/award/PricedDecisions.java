package vn.thidua.award;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The decisions already issued with their cash worked out from the base salary in force
 * on their date (a module that issues decisions answers): a base salary may be recorded
 * or removed only where no such decision would change.
 */
public interface PricedDecisions {

	/**
	 * The latest date, from {@code from} and before {@code before} (open when null), of a
	 * decision issued with cash.
	 */
	Optional<LocalDate> latestPricedBetween(LocalDate from, @Nullable LocalDate before);

}
