package vn.thidua.shared.due;

import java.time.LocalDate;
import java.util.List;

import vn.thidua.shared.security.CurrentUser;

/**
 * A module's answer to "what must this user do next": only what the user's unit and roles
 * allow, soonest due first, at most {@code limit} items.
 */
public interface DueItemSource {

	List<DueItem> dueItems(CurrentUser user, LocalDate today, int limit);

}
