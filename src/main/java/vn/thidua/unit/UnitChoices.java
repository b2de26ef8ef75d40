package vn.thidua.unit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.Diacritics;

/**
 * What the unit picker offers: the active units a user may choose, that is those of the
 * subtree of their own unit (and of the subtrees it inherited), found by name with or
 * without diacritics or browsed a level at a time. Each answer is one statement; a unit
 * outside the user's scope is never returned, and opening one answers as if it did not
 * exist.
 */
@Service
@Transactional(readOnly = true)
public class UnitChoices {

	/** At most this many units per answer. */
	public static final int LIMIT = 20;

	private static final String COLUMNS = """
			select u.id, u.code, u.name, u.kind, p.name as parent_name,
			       (select count(*) from unit c where c.parent_id = u.id and c.active) as child_count
			from unit u left join unit p on p.id = u.parent_id
			""";

	private final JdbcClient jdbc;

	UnitChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The active units of the user's scope whose name or code contains every word of the
	 * query, with or without diacritics: those whose name starts with it first, then
	 * higher units before lower ones, then by name.
	 */
	public List<UnitChoice> search(String query, CurrentUser user) {
		return search(query, LIMIT, user);
	}

	/**
	 * The same, at most {@code limit}.
	 */
	public List<UnitChoice> search(String query, int limit, CurrentUser user) {
		List<String> words = Arrays.stream(Diacritics.fold(query).split(" ")).filter(word -> !word.isEmpty()).toList();
		if (words.isEmpty()) {
			return List.of();
		}
		StringBuilder where = new StringBuilder(" where u.active and u.id in (select id from unit_scope_units(:root))");
		Map<String, Object> params = new HashMap<>();
		params.put("root", user.unitId());
		for (int i = 0; i < words.size(); i++) {
			where.append(" and u.search_text like '%' || :w").append(i).append(" || '%'");
			params.put("w" + i, Diacritics.likeFragment(words.get(i)));
		}
		params.put("prefix", Diacritics.likeFragment(query));
		return jdbc
			.sql(COLUMNS + where + " order by u.search_text like :prefix || '%' desc, u.depth, u.name, u.id limit "
					+ limit)
			.params(params)
			.query(UnitChoice.class)
			.list();
	}

	/**
	 * The user's own unit, the top of what they may choose.
	 */
	public UnitChoice top(CurrentUser user) {
		return jdbc.sql(COLUMNS + " where u.id = :id")
			.param("id", user.unitId())
			.query(UnitChoice.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("unit", user.unitId()));
	}

	/**
	 * The active units directly below a unit of the user's scope, by name; a unit outside
	 * the scope is not found.
	 */
	public List<UnitChoice> children(long parentId, CurrentUser user) {
		List<UnitChoice> rows = jdbc
			.sql(COLUMNS
					+ """
							where u.active and u.parent_id = :parent
							  and exists (select 1 from unit s where s.id = :parent and exists (select 1 from unit_scope(:root) scope_roots(root_path) where unit_in_subtree(s.path, root_path)))
							order by u.name, u.id limit :limit
							""")
			.param("parent", parentId)
			.param("root", user.unitId())
			.param("limit", 500)
			.query(UnitChoice.class)
			.list();
		if (rows.isEmpty() && !mayChoose(parentId, user)) {
			throw new NotFoundException("unit", parentId);
		}
		return rows;
	}

	/**
	 * The active unit of the user's scope with this code, if any.
	 */
	public Optional<UnitChoice> byCode(String code, CurrentUser user) {
		return jdbc.sql(COLUMNS
				+ " where u.code = :code and u.active and exists (select 1 from unit_scope(:root) scope_roots(root_path) where unit_in_subtree(u.path, root_path))")
			.param("code", code.strip())
			.param("root", user.unitId())
			.query(UnitChoice.class)
			.optional();
	}

	/**
	 * The active units of the user's scope with these codes, in the order given; codes
	 * not found (or outside the scope) are left out.
	 */
	public List<UnitChoice> byCodes(List<String> codes, CurrentUser user) {
		if (codes.isEmpty()) {
			return List.of();
		}
		Map<String, UnitChoice> found = new HashMap<>();
		jdbc.sql(COLUMNS
				+ " where u.code in (:codes) and u.active and exists (select 1 from unit_scope(:root) scope_roots(root_path) where unit_in_subtree(u.path, root_path))")
			.param("codes", codes)
			.param("root", user.unitId())
			.query(UnitChoice.class)
			.list()
			.forEach(choice -> found.put(choice.code(), choice));
		List<UnitChoice> ordered = new ArrayList<>();
		codes.stream().map(found::get).filter(java.util.Objects::nonNull).forEach(ordered::add);
		return ordered;
	}

	/**
	 * Whether the user may choose this unit: an active unit of their scope.
	 */
	public boolean mayChoose(long unitId, CurrentUser user) {
		return jdbc.sql(
				"select exists (select 1 from unit u where u.id = :id and u.active and exists (select 1 from unit_scope(:root) scope_roots(root_path) where unit_in_subtree(u.path, root_path)))")
			.param("id", unitId)
			.param("root", user.unitId())
			.query(Boolean.class)
			.single();
	}

	/**
	 * The id of the active unit with this code if the user may choose it, else empty.
	 */
	public Optional<Long> choosable(@Nullable String code, CurrentUser user) {
		return code == null || code.isBlank() ? Optional.empty() : byCode(code, user).map(UnitChoice::id);
	}

}
