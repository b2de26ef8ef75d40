package vn.thidua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.sheet.OfficeZipLimits;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitRow;

/**
 * Fills a document's template (the province's own, or the national layout) and keeps the
 * provinces' templates: an administrator downloads one, changes it in Word and uploads
 * it; a file that is not a readable Word document, or that names a field its kind does
 * not have, is refused with the reason and changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class DocumentDrafts {

	static final long MAX_TEMPLATE_BYTES = 2L * 1024 * 1024;

	private final DraftTemplates templates;

	private final UnitCatalog units;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<DraftKind, byte[]> national = new ConcurrentHashMap<>(new EnumMap<>(DraftKind.class));

	DocumentDrafts(DraftTemplates templates, UnitCatalog units, JdbcClient jdbc, Clock clock) {
		this.templates = templates;
		this.units = units;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The draft as a Word document laid out by its issuer's province's template. The
	 * caller has checked that the user may read what the draft holds.
	 */
	public DraftFile render(Draft draft) {
		byte[] template = province(draft.unitId())
			.flatMap(province -> templates.findByUnitIdAndKind(province, draft.kind()))
			.map(DraftTemplate::getContent)
			.orElseGet(() -> national(draft.kind()));
		return new DraftFile(draft.fileName() + ".docx", out -> DraftEngine.render(template, draft, out));
	}

	/**
	 * The provinces whose templates the user keeps: an administrator's own province, or
	 * every province under a national administrator.
	 */
	public List<UnitRow> provinces(CurrentUser user) {
		requireAdmin(user);
		Optional<Long> own = province(user.unitId());
		if (own.isPresent()) {
			return List.of(units.get(own.get()));
		}
		return units.filter(units.get(user.unitId()), null, UnitKind.PROVINCE, true, PageRequest.of(0, 100))
			.getContent();
	}

	/**
	 * Each kind's template for a province: its own (who uploaded it and when) or the
	 * national layout.
	 */
	public List<TemplateRow> templates(long provinceId, CurrentUser user) {
		requireProvince(provinceId, user);
		Map<DraftKind, TemplateRow> own = new EnumMap<>(DraftKind.class);
		jdbc.sql("select kind, file_name, uploaded_by, uploaded_at, version from draft_template where unit_id = ?")
			.param(provinceId)
			.query((rs, n) -> new TemplateRow(DraftKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
					rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(), rs.getLong("version")))
			.list()
			.forEach(row -> own.put(row.kind(), row));
		return Arrays.stream(DraftKind.values())
			.map(kind -> own.getOrDefault(kind, new TemplateRow(kind, null, null, null, -1)))
			.toList();
	}

	/**
	 * The template a province uses for a kind, to change in Word.
	 */
	public byte[] template(long provinceId, DraftKind kind, CurrentUser user) {
		requireProvince(provinceId, user);
		return templates.findByUnitIdAndKind(provinceId, kind)
			.map(DraftTemplate::getContent)
			.orElseGet(() -> national(kind));
	}

	/**
	 * Keeps a province's own template of a kind after checking it; {@code version} is the
	 * one the form showed (-1 when the national layout was in use).
	 */
	@Transactional
	public void upload(long provinceId, DraftKind kind, long version, @Nullable MultipartFile file, CurrentUser user) {
		requireProvince(provinceId, user);
		byte[] content = read(file);
		DraftEngine.check(kind, content);
		DraftTemplate template = templates.findByUnitIdAndKind(provinceId, kind)
			.orElseGet(() -> new DraftTemplate(provinceId, kind));
		StaleEditException.check("draftTemplate", kind, version,
				template.getId() == null ? -1L : template.getVersion());
		String name = Objects.requireNonNull(file).getOriginalFilename();
		template.replace(content, name == null || name.isBlank() ? kind.slug() + ".docx" : name, user.username(),
				Instant.now(clock));
		templates.save(template);
	}

	/**
	 * Goes back to the national layout for a kind.
	 */
	@Transactional
	public void reset(long provinceId, DraftKind kind, long version, CurrentUser user) {
		requireProvince(provinceId, user);
		templates.findByUnitIdAndKind(provinceId, kind).ifPresent(template -> {
			StaleEditException.check("draftTemplate", kind, version, template.getVersion());
			templates.delete(template);
		});
	}

	private static byte[] read(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new BusinessRuleViolation("draft.template.missing");
		}
		if (file.getSize() > MAX_TEMPLATE_BYTES) {
			throw new BusinessRuleViolation("draft.template.tooLarge");
		}
		try {
			byte[] content = file.getBytes();
			switch (OfficeZipLimits.check(new ByteArrayInputStream(content))) {
				case WITHIN -> {
					return content;
				}
				case TOO_LARGE -> throw new BusinessRuleViolation("draft.template.tooLarge");
				default -> throw new BusinessRuleViolation("draft.template.unreadable");
			}
		}
		catch (IOException ex) {
			throw new BusinessRuleViolation("draft.template.unreadable");
		}
	}

	private byte[] national(DraftKind kind) {
		return national.computeIfAbsent(kind, NationalLayout::of);
	}

	private Optional<Long> province(long unitId) {
		return units.ancestorsAndSelf(unitId)
			.stream()
			.filter(unit -> unit.kind() == UnitKind.PROVINCE)
			.map(UnitRow::id)
			.findFirst();
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.isAdmin()) {
			throw new AccessDeniedException("Only administrators keep templates");
		}
	}

	/**
	 * The administrator's own province, or any active province under a national
	 * administrator (not only the first page of {@link #provinces}).
	 */
	private void requireProvince(long provinceId, CurrentUser user) {
		requireAdmin(user);
		boolean keeps = province(user.unitId()).map(own -> own == provinceId)
			.orElseGet(() -> units.find(provinceId)
				.filter(unit -> unit.kind() == UnitKind.PROVINCE && unit.active())
				.isPresent() && units.isWithin(provinceId, user.unitId()));
		if (!keeps) {
			throw new AccessDeniedException("Not a province of this administrator");
		}
	}

	/**
	 * A kind's template for a province: the province's own file, or the national layout
	 * when {@code fileName} is null.
	 */
	public record TemplateRow(DraftKind kind, @Nullable String fileName, @Nullable String uploadedBy,
			@Nullable Instant uploadedAt, long version) {

		public boolean own() {
			return fileName != null;
		}

	}

}
