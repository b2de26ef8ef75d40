package vn.thidua.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.Locale;
import java.util.Objects;
import java.text.Normalizer;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.text.Diacritics;

/**
 * Reads the unit tree. The module's query API: other modules find units and test subtree
 * membership here.
 */
@Service
public class UnitCatalog {

	private static final String COLUMNS = """
			select u.id, u.code, u.name, u.kind, u.parent_id, u.path, u.depth, u.valid_from, u.valid_to, u.active,
			       u.version, (select count(*) from unit c where c.parent_id = u.id and c.active) as child_count,
			       u.successor_id, u.official_code, u.current_id
			from unit u
			""";

	/**
	 * Maps {@link #COLUMNS}. Named reads, not {@code query(UnitRow.class)}: Spring's
	 * reflective mapper matched and converted every column of every row again, a
	 * twentieth of an API list's CPU for two or three units.
	 */
	private static final RowMapper<UnitRow> ROW = (rs, row) -> new UnitRow(rs.getLong("id"), rs.getString("code"),
			rs.getString("name"), UnitKind.valueOf(rs.getString("kind")), rs.getObject("parent_id", Long.class),
			rs.getString("path"), rs.getInt("depth"), rs.getObject("valid_from", LocalDate.class),
			rs.getObject("valid_to", LocalDate.class), rs.getBoolean("active"), rs.getLong("version"),
			rs.getInt("child_count"), rs.getObject("successor_id", Long.class), rs.getString("official_code"),
			rs.getLong("current_id"));

	private static final int BATCH = 2_000;

	private final JdbcClient jdbc;

	UnitCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<UnitRow> find(long id) {
		return jdbc.sql(COLUMNS + " where u.id = ?").param(id).query(ROW).optional();
	}

	public UnitRow get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("unit", id));
	}

	public Optional<UnitRow> findActiveByCode(String code) {
		return jdbc.sql(COLUMNS + " where u.code = ? and u.active").param(code).query(ROW).optional();
	}

	/**
	 * The unit with a code: the active one, else the one that ended last (a unit ended by
	 * a reorganisation keeps its code in history).
	 */
	public Optional<UnitRow> findByCode(String code) {
		return jdbc
			.sql(COLUMNS + " where u.code = ? order by u.active desc, u.valid_to desc nulls first, u.id desc limit 1")
			.param(code)
			.query(ROW)
			.optional();
	}

	public Map<String, UnitRow> findActiveByCodes(Collection<String> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(COLUMNS + " where u.code in (:codes) and u.active")
			.param("codes", codes)
			.query(ROW)
			.list()
			.stream()
			.collect(Collectors.toMap(UnitRow::code, Function.identity()));
	}

	/**
	 * The units that were merged into or taken over by this one.
	 */
	public List<UnitRow> predecessors(long id) {
		return jdbc
			.sql(COLUMNS + " where u.successor_id = ? or u.id in (select predecessor_id from unit_succession"
					+ " where successor_id = ?) order by u.name")
			.params(id, id)
			.query(ROW)
			.list();
	}

	/**
	 * The unit and the units above it, nearest first, for choosing who decides.
	 */
	public List<UnitRow> ancestorsAndSelf(long id) {
		return jdbc
			.sql(COLUMNS + " where unit_in_subtree((select path from unit where id = ?), u.path) order by u.depth desc")
			.param(id)
			.query(ROW)
			.list();
	}

	/**
	 * Whether a unit lies in the scope of another: in its subtree, or in the subtree of a
	 * predecessor it inherited in a reorganisation.
	 */
	public boolean isWithin(long unitId, long ancestorId) {
		return jdbc.sql(
				"select exists (select 1 from unit u where u.id = ? and exists (select 1 from unit_scope(?) scope_roots(root_path) where unit_in_subtree(u.path, root_path)))")
			.params(unitId, ancestorId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Those of the given units that lie in another's scope, as {@link #isWithin} says, in
	 * one query.
	 */
	public Set<Long> within(Collection<Long> unitIds, long ancestorId) {
		if (unitIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql(
				"select u.id from unit u where u.id = any(:ids) and exists (select 1 from unit_scope(:root) scope_roots(root_path) where unit_in_subtree(u.path, root_path))")
			.param("ids", unitIds.toArray(Long[]::new))
			.param("root", ancestorId)
			.query(Long.class)
			.list());
	}

	/**
	 * The units that succeeded this one, its heir (the unit that took over its work)
	 * first.
	 */
	public List<UnitRow> successors(long id) {
		return jdbc.sql(COLUMNS + """
				where u.id = (select successor_id from unit where id = :id)
				   or u.id in (select successor_id from unit_succession where predecessor_id = :id)
				order by u.id = (select successor_id from unit where id = :id) desc, u.name
				""").param("id", id).query(ROW).list();
	}

	public List<UnitRow> findAll(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(COLUMNS + " where u.id in (:ids) order by u.depth").param("ids", ids).query(ROW).list();
	}

	/**
	 * What a reorganisation ended and what succeeded each, in the predecessors' tree
	 * order.
	 */
	public List<SuccessionRow> successionsOf(long reorganisationId) {
		List<long[]> pairs = jdbc.sql("""
				select s.predecessor_id, s.successor_id from unit_succession s join unit p on p.id = s.predecessor_id
				where s.reorganisation_id = ? order by p.path, s.heir desc, s.successor_id
				""").param(reorganisationId).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
		List<Long> ids = pairs.stream()
			.flatMap(pair -> java.util.stream.Stream.of(pair[0], pair[1]))
			.distinct()
			.toList();
		Map<Long, UnitRow> byId = findAll(ids).stream().collect(Collectors.toMap(UnitRow::id, Function.identity()));
		Map<Long, List<UnitRow>> handed = new java.util.LinkedHashMap<>();
		pairs.forEach(pair -> handed.computeIfAbsent(pair[0], key -> new ArrayList<>()).add(byId.get(pair[1])));
		return handed.entrySet()
			.stream()
			.map(entry -> new SuccessionRow(byId.get(entry.getKey()), entry.getValue()))
			.toList();
	}

	/**
	 * The active children of these units.
	 */
	public List<UnitRow> activeChildren(Collection<Long> parentIds) {
		if (parentIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(COLUMNS + " where u.parent_id in (:parents) and u.active order by u.path")
			.param("parents", parentIds)
			.query(ROW)
			.list();
	}

	public Page<UnitRow> children(long parentId, boolean includeInactive, Pageable pageable) {
		String where = " where u.parent_id = :parent" + (includeInactive ? "" : " and u.active");
		return page(where, new Object[] { "parent", parentId }, pageable);
	}

	/**
	 * Units of a subtree whose name or code contains the query, with or without
	 * diacritics.
	 */
	public Page<UnitRow> search(UnitRow root, @Nullable String query, boolean includeInactive, Pageable pageable) {
		String fragment = query == null ? "" : Diacritics.likeFragment(query);
		String where = " where u.id in (select id from unit_scope_units(:root)) and u.search_text like '%' || :q || '%'"
				+ (includeInactive ? "" : " and u.active");
		return page(where, new Object[] { "root", root.id(), "q", fragment }, pageable);
	}

	/**
	 * Units of a subtree, optionally only the children of one of its units, of one kind,
	 * active or not; by name.
	 */
	public Page<UnitRow> filter(UnitRow root, @Nullable Long parentId, @Nullable UnitKind kind,
			@Nullable Boolean active, Pageable pageable) {
		StringBuilder where = new StringBuilder(" where unit_in_subtree(u.path, :root)");
		var params = new ArrayList<Object>(List.of("root", root.path()));
		if (parentId != null) {
			where.append(" and u.parent_id = :parent");
			params.addAll(List.of("parent", parentId));
		}
		if (kind != null) {
			where.append(" and u.kind = :kind");
			params.addAll(List.of("kind", kind.name()));
		}
		if (active != null) {
			where.append(" and u.active = :active");
			params.addAll(List.of("active", active));
		}
		return page(where.toString(), params.toArray(), pageable);
	}

	/**
	 * Active units of a subtree, for choosing a parent or a unit of an account.
	 */
	public List<UnitRow> activeSubtree(UnitRow root, int limit) {
		return jdbc.sql(COLUMNS + " where unit_in_subtree(u.path, ?) and u.active order by u.path limit ?")
			.params(root.path(), limit)
			.query(ROW)
			.list();
	}

	/**
	 * Every unit of a subtree, active or not, parents before children, read in batches by
	 * path.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void forEachInSubtree(UnitRow root, Consumer<? super UnitLine> sink) {
		String after = "";
		List<UnitLine> batch;
		do {
			batch = jdbc.sql("""
					select u.path, u.code, u.name, u.kind, p.code as parent_code, u.valid_from, u.valid_to, u.active
					from unit u left join unit p on p.id = u.parent_id
					where unit_in_subtree(u.path, :root) and u.path > :after
					order by u.path limit :limit
					""")
				.param("root", root.path())
				.param("after", after)
				.param("limit", BATCH)
				.query(UnitLine.class)
				.list();
			batch.forEach(sink);
			after = batch.isEmpty() ? after : batch.getLast().path();
		}
		while (batch.size() == BATCH);
	}

	/**
	 * How a unit signs and numbers its documents: its saved settings, or defaults derived
	 * from its kind and name (symbol "UBND" and head "Chủ tịch" for a province, district
	 * or commune; the initials of an agency's name, "SNV" for Sở Nội vụ, and "Giám đốc"
	 * for a department) with no signer's name.
	 */
	public UnitSigning signing(long unitId) {
		UnitRow unit = get(unitId);
		return jdbc.sql("""
				select symbol, head_title, head_name, deputy_title, deputy_name, version from unit_signing
				where unit_id = ?
				""").param(unitId).query((rs, n) -> {
			String headTitle = Objects.requireNonNullElse(rs.getString("head_title"), defaultHeadTitle(unit));
			return new UnitSigning(unitId, rs.getString("symbol"), headTitle, rs.getString("head_name"),
					Objects.requireNonNullElse(rs.getString("deputy_title"), deputyTitleOf(headTitle)),
					rs.getString("deputy_name"), collectiveBody(unit), rs.getLong("version"));
		})
			.optional()
			.orElseGet(() -> new UnitSigning(unitId, defaultSymbol(unit), defaultHeadTitle(unit), null,
					deputyTitleOf(defaultHeadTitle(unit)), null, collectiveBody(unit), null));
	}

	/**
	 * "UBND" for a people's committee; otherwise the initials of the name's words, "và"
	 * left out: "SNV" for Sở Nội vụ, "SGDĐT" for Sở Giáo dục và Đào tạo.
	 */
	static String defaultSymbol(UnitRow unit) {
		if (unit.territorial()) {
			return "UBND";
		}
		StringBuilder initials = new StringBuilder();
		for (String word : unit.name().strip().split("\\s+")) {
			if (!word.isEmpty() && !word.equalsIgnoreCase("và") && Character.isLetterOrDigit(word.charAt(0))) {
				initials.append(Character.toUpperCase(Normalizer.normalize(word, Normalizer.Form.NFD).charAt(0)));
			}
		}
		String symbol = initials.toString().replaceAll("[^A-ZĐ0-9]", "");
		return symbol.isEmpty() ? "VP" : symbol.substring(0, Math.min(symbol.length(), 20));
	}

	static String defaultHeadTitle(UnitRow unit) {
		return switch (unit.kind()) {
			case PROVINCE, DISTRICT, COMMUNE -> "Chủ tịch";
			case DEPARTMENT -> "Giám đốc";
			case NATIONAL -> "Bộ trưởng";
			case OTHER -> "Thủ trưởng";
		};
	}

	static String deputyTitleOf(String headTitle) {
		return "Phó " + headTitle.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi-VN")) + headTitle.substring(1);
	}

	private static @Nullable String collectiveBody(UnitRow unit) {
		return unit.territorial() ? "Ủy ban nhân dân" : null;
	}

	private Page<UnitRow> page(String where, Object[] params, Pageable pageable) {
		var content = bind(
				jdbc.sql(COLUMNS + where + " order by u.active desc, u.name, u.id limit :limit offset :offset"), params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(ROW)
			.list();
		long total = bind(jdbc.sql("select count(*) from unit u" + where), params).query(Long.class).single();
		return new PageImpl<>(content, pageable, total);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Object[] params) {
		for (int i = 0; i < params.length; i += 2) {
			spec = spec.param((String) params[i], params[i + 1]);
		}
		return spec;
	}

}
