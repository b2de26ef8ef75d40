package vn.thidua.proposal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.award.AwardCatalog;
import vn.thidua.award.AwardType;
import vn.thidua.proposal.CertificateLayoutField.Alignment;
import vn.thidua.proposal.CertificateSheet.Orientation;
import vn.thidua.proposal.CertificateSheet.Paper;
import vn.thidua.proposal.InvalidQuota.Problem;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.pdf.PdfFile;
import vn.thidua.shared.pdf.PdfRenderer;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitRow;

/**
 * The layouts a province uses to print certificates onto the pre-printed blanks it buys,
 * one per award type. A province's administrators and the officers of the province itself
 * keep them; an administrator of the whole country names the province. Nobody reads or
 * writes another province's layouts. A calibration page (a millimetre grid with each
 * field's box) is printed on plain paper and held against a blank to check the positions;
 * a preview prints the fields with sample text.
 */
@Service
@Transactional
public class CertificateLayoutAdministration {

	private static final BigDecimal MIN_WIDTH = BigDecimal.valueOf(5);

	private static final BigDecimal MIN_FONT = BigDecimal.valueOf(6);

	private static final BigDecimal MAX_FONT = BigDecimal.valueOf(72);

	private final CertificateLayouts layouts;

	private final UnitCatalog units;

	private final AwardCatalog catalog;

	private final PdfRenderer renderer;

	private final MessageSource messages;

	private final Clock clock;

	CertificateLayoutAdministration(CertificateLayouts layouts, UnitCatalog units, AwardCatalog catalog,
			PdfRenderer renderer, MessageSource messages, Clock clock) {
		this.layouts = layouts;
		this.units = units;
		this.catalog = catalog;
		this.renderer = renderer;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The province a user keeps layouts for and every award type with its layout, if one
	 * is set; empty for an administrator of the whole country who has not named a
	 * province yet.
	 */
	@Transactional(readOnly = true)
	public Optional<Overview> overview(@Nullable String provinceCode, CurrentUser user) {
		if (provinceOf(user.unitId()) == null && blank(provinceCode)) {
			return Optional.empty();
		}
		UnitRow province = province(provinceCode, user);
		Map<String, CertificateLayout> set = new LinkedHashMap<>();
		layouts.findByScopeUnitIdOrderByAwardTypeCode(province.id())
			.forEach(layout -> set.put(layout.getAwardTypeCode(), layout));
		List<Overview.Row> rows = catalog.types()
			.stream()
			.map(type -> new Overview.Row(type.code(), set.get(type.code())))
			.toList();
		return Optional.of(new Overview(province, editable(province, user), rows));
	}

	/**
	 * A province's layouts, one row per award type.
	 */
	public record Overview(UnitRow province, boolean editable, List<Row> rows) {

		public record Row(String awardType, @Nullable CertificateLayout layout) {

		}

	}

	/**
	 * The layout of a type as the form shows it: the stored one, or a starting layout
	 * close to the full certificate for a type that has none yet (version null).
	 */
	@Transactional(readOnly = true)
	public LayoutView view(String awardType, @Nullable String provinceCode, CurrentUser user) {
		UnitRow province = province(provinceCode, user);
		requireEditor(province, user);
		AwardType type = type(awardType);
		Optional<CertificateLayout> stored = layouts.findByScopeUnitIdAndAwardTypeCode(province.id(), type.code());
		LayoutDraft draft = stored.map(CertificateLayout::draft).orElseGet(CertificateLayoutAdministration::starting);
		return new LayoutView(province, type.code(), stored.map(CertificateLayout::getVersion).orElse(null),
				values(draft), stored.orElse(null));
	}

	/**
	 * A layout as the form shows it: every value as text keyed by the form's names
	 * ({@code x_NAME}), with its version (null before the first save).
	 */
	public record LayoutView(UnitRow province, String awardType, @Nullable Long version, Map<String, String> values,
			@Nullable CertificateLayout layout) {

	}

	/**
	 * Stores a type's layout, refusing it with every problem at once and a stale form
	 * (one read before someone else saved) outright. The first save of a type creates it.
	 */
	public CertificateLayout save(String awardType, @Nullable String provinceCode, @Nullable Long version,
			Map<String, String> input, CurrentUser user) {
		UnitRow province = province(provinceCode, user);
		requireEditor(province, user);
		AwardType type = type(awardType);
		LayoutDraft draft = read(input);
		Optional<CertificateLayout> stored = layouts.findByScopeUnitIdAndAwardTypeCode(province.id(), type.code());
		CertificateLayout layout;
		if (stored.isPresent()) {
			layout = stored.get();
			StaleEditException.check("certificateLayout", layout.getId(), version, layout.getVersion());
		}
		else {
			if (version != null) {
				throw new StaleEditException("certificateLayout", type.code());
			}
			layout = new CertificateLayout(province.id(), type.code());
		}
		layout.apply(draft, Instant.now(clock), user.username());
		return layouts.saveAndFlush(layout);
	}

	/**
	 * Stores a type's starting layout (A4 landscape, the fields where the full
	 * certificate prints them) for the user's province, as a first save would.
	 */
	public CertificateLayout saveStarting(String awardType, CurrentUser user) {
		return save(awardType, null, null, values(starting()), user);
	}

	/**
	 * The calibration page of a type's layout (the starting one until a layout is saved):
	 * a millimetre grid over the whole sheet, each field's box outlined and labelled with
	 * its name and position, to print on plain paper and hold against a blank.
	 */
	@Transactional(readOnly = true)
	public PdfFile calibration(String awardType, @Nullable String provinceCode, CurrentUser user) {
		UnitRow province = province(provinceCode, user);
		requireEditor(province, user);
		AwardType type = type(awardType);
		LayoutDraft draft = layouts.findByScopeUnitIdAndAwardTypeCode(province.id(), type.code())
			.map(CertificateLayout::draft)
			.orElseGet(CertificateLayoutAdministration::starting);
		List<BlankPage.Text> texts = draft.placements()
			.stream()
			.map(placement -> new BlankPage.Text(placement, sample(placement.field()),
					message("CertificateField." + placement.field().name()) + " — " + message(
							"certificateLayout.calibration.position", VietnameseNumbers.format(placement.xMm()),
							VietnameseNumbers.format(placement.yMm()), VietnameseNumbers.format(placement.widthMm()))))
			.toList();
		BlankPage page = new BlankPage(draft.sheet(), texts);
		return new PdfFile("can-chinh-" + type.code() + ".pdf",
				out -> renderer.render("certificate-layouts/pdf/blanks",
						Map.of("pages", List.of(page), "grid", grid(draft.sheet()), "title",
								message("certificateLayout.calibration.title", message("AwardType." + type.code()))),
						out));
	}

	/**
	 * The fields of a type's layout filled with sample text, as they would print on a
	 * blank.
	 */
	@Transactional(readOnly = true)
	public PdfFile preview(String awardType, @Nullable String provinceCode, CurrentUser user) {
		UnitRow province = province(provinceCode, user);
		requireEditor(province, user);
		AwardType type = type(awardType);
		LayoutDraft draft = layouts.findByScopeUnitIdAndAwardTypeCode(province.id(), type.code())
			.map(CertificateLayout::draft)
			.orElseGet(CertificateLayoutAdministration::starting);
		List<BlankPage.Text> texts = draft.placements()
			.stream()
			.map(placement -> new BlankPage.Text(placement, sample(placement.field()), null))
			.toList();
		return new PdfFile("xem-truoc-" + type.code() + ".pdf",
				out -> renderer
					.render("certificate-layouts/pdf/blanks",
							Map.of("pages", List.of(new BlankPage(draft.sheet(), texts)), "title",
									message("certificateLayout.preview.title", message("AwardType." + type.code()))),
							out));
	}

	/**
	 * The layout a province set for a type, if any.
	 */
	@Transactional(readOnly = true)
	Optional<LayoutDraft> find(long provinceId, String awardType) {
		return layouts.findByScopeUnitIdAndAwardTypeCode(provinceId, awardType).map(CertificateLayout::draft);
	}

	/**
	 * The province a unit lies in (itself for a province), or null above the provinces.
	 */
	@Nullable UnitRow provinceOf(long unitId) {
		return units.ancestorsAndSelf(unitId)
			.stream()
			.filter(unit -> unit.kind() == UnitKind.PROVINCE)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The province whose layouts the user works on: their own; an administrator of the
	 * whole country names one. Another province is not found.
	 */
	private UnitRow province(@Nullable String provinceCode, CurrentUser user) {
		UnitRow own = provinceOf(user.unitId());
		if (own != null) {
			if (!blank(provinceCode) && !own.code().equalsIgnoreCase(provinceCode.strip())) {
				throw new NotFoundException("province", provinceCode);
			}
			return own;
		}
		if (blank(provinceCode)) {
			throw new NotFoundException("province", "");
		}
		return units.findActiveByCode(provinceCode.strip())
			.filter(unit -> unit.kind() == UnitKind.PROVINCE && units.isWithin(unit.id(), user.unitId()))
			.orElseThrow(() -> new NotFoundException("province", provinceCode));
	}

	private static boolean editable(UnitRow province, CurrentUser user) {
		return user.isAdmin() || user.has(Role.OFFICER) && user.unitId() == province.id();
	}

	private static void requireEditor(UnitRow province, CurrentUser user) {
		if (!editable(province, user)) {
			throw new AccessDeniedException("Only the province's administrators and officers keep its layouts");
		}
	}

	private AwardType type(String code) {
		AwardType type = catalog.byCode().get(code);
		if (type == null) {
			throw new NotFoundException("awardType", code);
		}
		return type;
	}

	/**
	 * Reads and checks a layout as typed, refusing it with every problem at once: numbers
	 * in vi-VN form (12,5), every box on the sheet, fonts from 6 to 72 pt.
	 */
	static LayoutDraft read(Map<String, String> input) {
		List<Problem> problems = new ArrayList<>();
		Paper paper = choice(Paper.class, input.get("paper"), "paper", problems);
		Orientation orientation = choice(Orientation.class, input.get("orientation"), "orientation", problems);
		CertificateSheet sheet = paper == null || orientation == null ? null : new CertificateSheet(paper, orientation);
		BigDecimal width = sheet == null ? BigDecimal.valueOf(420) : BigDecimal.valueOf(sheet.widthMm());
		BigDecimal height = sheet == null ? BigDecimal.valueOf(420) : BigDecimal.valueOf(sheet.heightMm());
		List<FieldPlacement> placements = new ArrayList<>();
		for (CertificateField field : CertificateField.values()) {
			String suffix = "_" + field.name();
			BigDecimal x = number(input.get("x" + suffix), "x" + suffix, BigDecimal.ZERO, width,
					"certificateLayout.x.range", problems);
			BigDecimal y = number(input.get("y" + suffix), "y" + suffix, BigDecimal.ZERO, height,
					"certificateLayout.y.range", problems);
			BigDecimal boxWidth = number(input.get("width" + suffix), "width" + suffix, MIN_WIDTH, width,
					"certificateLayout.width.range", problems);
			BigDecimal size = number(input.get("size" + suffix), "size" + suffix, MIN_FONT, MAX_FONT,
					"certificateLayout.size.range", problems);
			if (x != null && boxWidth != null && x.add(boxWidth).compareTo(width) > 0) {
				problems.add(new Problem("width" + suffix, "certificateLayout.width.beyond",
						VietnameseNumbers.format(width.subtract(x))));
				boxWidth = null;
			}
			Alignment alignment = choice(Alignment.class, input.get("align" + suffix), "align" + suffix, problems);
			if (x != null && y != null && boxWidth != null && size != null && alignment != null) {
				placements.add(new FieldPlacement(field, x, y, boxWidth, size, flag(input.get("bold" + suffix)),
						flag(input.get("italic" + suffix)), alignment));
			}
		}
		if (!problems.isEmpty() || sheet == null) {
			throw new InvalidLayout(problems);
		}
		return new LayoutDraft(sheet, placements);
	}

	private static @Nullable BigDecimal number(@Nullable String text, String field, BigDecimal min, BigDecimal max,
			String rangeKey, List<Problem> problems) {
		if (blank(text)) {
			problems.add(new Problem(field, "certificateLayout.number.required"));
			return null;
		}
		Optional<BigDecimal> parsed = VietnameseNumbers.parse(text);
		if (parsed.isEmpty() || parsed.get().stripTrailingZeros().scale() > 1) {
			problems.add(new Problem(field, "certificateLayout.number.invalid"));
			return null;
		}
		BigDecimal value = parsed.get();
		if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
			problems.add(new Problem(field, rangeKey, VietnameseNumbers.format(min), VietnameseNumbers.format(max)));
			return null;
		}
		return value.setScale(1, java.math.RoundingMode.UNNECESSARY);
	}

	private static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String text, String field,
			List<Problem> problems) {
		if (!blank(text)) {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(text.strip())) {
					return constant;
				}
			}
		}
		problems.add(new Problem(field, "certificateLayout.choice.required"));
		return null;
	}

	private static boolean flag(@Nullable String text) {
		return text != null && (text.equals("true") || text.equals("on"));
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	/**
	 * A layout as the form's values.
	 */
	static Map<String, String> values(LayoutDraft draft) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("paper", draft.sheet().paper().name());
		values.put("orientation", draft.sheet().orientation().name());
		for (FieldPlacement placement : draft.placements()) {
			String suffix = "_" + placement.field().name();
			values.put("x" + suffix, VietnameseNumbers.format(placement.xMm()));
			values.put("y" + suffix, VietnameseNumbers.format(placement.yMm()));
			values.put("width" + suffix, VietnameseNumbers.format(placement.widthMm()));
			values.put("size" + suffix, VietnameseNumbers.format(placement.fontSize()));
			values.put("align" + suffix, placement.alignment().name());
			if (placement.bold()) {
				values.put("bold" + suffix, "true");
			}
			if (placement.italic()) {
				values.put("italic" + suffix, "true");
			}
		}
		return values;
	}

	/**
	 * Where a new layout starts: A4 landscape with the fields where the full certificate
	 * prints them, for the office to move onto its blank.
	 */
	static LayoutDraft starting() {
		Map<CertificateField, FieldPlacement> fields = new EnumMap<>(CertificateField.class);
		put(fields, CertificateField.NAME, 30, 95, 237, 24, true, true, Alignment.CENTER);
		put(fields, CertificateField.ACHIEVEMENT, 40, 118, 217, 15, false, false, Alignment.CENTER);
		put(fields, CertificateField.DECISION, 25, 172, 110, 12, false, false, Alignment.LEFT);
		put(fields, CertificateField.PLACE_DATE, 160, 160, 120, 13, false, true, Alignment.CENTER);
		put(fields, CertificateField.SIGNER_TITLE, 160, 167, 120, 13, true, false, Alignment.CENTER);
		put(fields, CertificateField.SIGNER_NAME, 160, 192, 120, 14, true, false, Alignment.CENTER);
		return new LayoutDraft(new CertificateSheet(Paper.A4, Orientation.LANDSCAPE), List.copyOf(fields.values()));
	}

	private static void put(Map<CertificateField, FieldPlacement> fields, CertificateField field, int x, int y,
			int width, int size, boolean bold, boolean italic, Alignment alignment) {
		fields.put(field,
				new FieldPlacement(field, BigDecimal.valueOf(x).setScale(1), BigDecimal.valueOf(y).setScale(1),
						BigDecimal.valueOf(width).setScale(1), BigDecimal.valueOf(size).setScale(1), bold, italic,
						alignment));
	}

	private String sample(CertificateField field) {
		return message("certificateLayout.sample." + field.name());
	}

	/**
	 * The grid's lines every 5 mm across the sheet, those on a whole centimetre numbered.
	 */
	private static Grid grid(CertificateSheet sheet) {
		List<Integer> across = new ArrayList<>();
		for (int x = 5; x < sheet.widthMm(); x += 5) {
			across.add(x);
		}
		List<Integer> down = new ArrayList<>();
		for (int y = 5; y < sheet.heightMm(); y += 5) {
			down.add(y);
		}
		return new Grid(across, down);
	}

	/**
	 * The positions of a calibration grid's vertical ({@code across}) and horizontal
	 * ({@code down}) lines, in millimetres.
	 */
	public record Grid(List<Integer> across, List<Integer> down) {

	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, PdfRenderer.VIETNAMESE);
	}

}
