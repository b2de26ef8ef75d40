package vn.thidua.proposal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.award.AwardCatalog;
import vn.thidua.award.AwardLevel;
import vn.thidua.award.AwardQueries;
import vn.thidua.award.AwardType;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.pdf.PdfFile;
import vn.thidua.shared.pdf.PdfRenderer;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.signing.QrCodes;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.shared.web.Downloads;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.Signature;
import vn.thidua.unit.UnitRow;
import vn.thidua.unit.UnitSigning;

/**
 * The documents of an issued decision, as PDF: the decision with its annexed list of the
 * approved lines, and a certificate (Bằng khen, Giấy khen, or the title) for each
 * approved line, one page each. Only someone who can see the proposal gets them, and only
 * once the decision is issued. Everything is read here, in one transaction; the PDF is
 * laid out afterwards, while it is sent.
 */
@Service
@Transactional(readOnly = true)
public class DecisionDocuments {

	/**
	 * Nghị định 152/2025/NĐ-CP replaced 98/2023/NĐ-CP from this day.
	 */
	static final LocalDate DECREE_152_FROM = LocalDate.of(2025, 7, 1);

	private static final Locale VIETNAMESE = PdfRenderer.VIETNAMESE;

	private final ProposalSteps steps;

	private final ProposalAccess access;

	private final ProposalLines lines;

	private final UnitCatalog units;

	private final AwardCatalog catalog;

	private final MessageSource messages;

	/**
	 * Levels whose certificates carry the national emblem at the top: the model
	 * certificates of the President, the Prime Minister, ministers and provincial chairs
	 * (Nghị định 50/2006/NĐ-CP, Điều 28, kept in the later decrees' models).
	 */
	private static final Set<AwardLevel> EMBLEM_LEVELS = Set.of(AwardLevel.STATE, AwardLevel.GOVERNMENT,
			AwardLevel.PROVINCE);

	private final PdfRenderer renderer;

	private final SignerTitles titles;

	private final AwardQueries people;

	private final CertificateEmblem emblem;

	private final CertificateLayoutAdministration layouts;

	private final VerificationTokens tokens;

	private final String publicUrl;

	DecisionDocuments(ProposalSteps steps, ProposalAccess access, ProposalLines lines, UnitCatalog units,
			AwardCatalog catalog, MessageSource messages, PdfRenderer renderer, SignerTitles titles,
			AwardQueries people, CertificateEmblem emblem, CertificateLayoutAdministration layouts,
			VerificationTokens tokens, @Value("${thidua.public-url}") String publicUrl) {
		this.titles = titles;
		this.tokens = tokens;
		this.publicUrl = publicUrl.replaceFirst("/+$", "");
		this.steps = steps;
		this.access = access;
		this.lines = lines;
		this.units = units;
		this.catalog = catalog;
		this.messages = messages;
		this.renderer = renderer;
		this.people = people;
		this.emblem = emblem;
		this.layouts = layouts;
	}

	/**
	 * The decision and its annex, A4 portrait: {@code QD-125-QĐ-UBND.pdf}.
	 */
	public PdfFile decision(long id, CurrentUser user) {
		Proposal proposal = issued(id, user);
		DecisionSheet sheet = sheet(proposal, approved(proposal, line -> true));
		return new PdfFile("QD-" + Downloads.namePart(sheet.number()) + ".pdf",
				out -> renderer.render("proposals/pdf/decision", Map.of("d", sheet), out));
	}

	/**
	 * Every approved line's certificate, one A4 landscape page each, in the annex's
	 * order.
	 */
	public PdfFile certificates(long id, CurrentUser user) {
		Proposal proposal = issued(id, user);
		DecisionSheet sheet = sheet(proposal, approved(proposal, line -> true));
		return new PdfFile("QD-" + Downloads.namePart(sheet.number()) + "-khen-thuong.pdf",
				out -> renderer.render("proposals/pdf/certificates", certificateVariables(sheet), out));
	}

	/**
	 * Only the fields of every approved line's certificate, each where the deciding
	 * province's layout for its award type puts it, to be printed onto the pre-printed
	 * blanks: no frame, no emblem, no fixed text. Refused, naming them, while a type of
	 * the decision has no layout.
	 */
	public PdfFile blanks(long id, CurrentUser user) {
		Proposal proposal = issued(id, user);
		List<ProposalLine> approved = approved(proposal, line -> true);
		DecisionSheet sheet = sheet(proposal, approved);
		Map<String, LayoutDraft> drafts = blankLayouts(proposal, approved);
		List<String> missing = approved.stream()
			.map(ProposalLine::getAwardTypeCode)
			.distinct()
			.filter(type -> !drafts.containsKey(type))
			.map(type -> awardName(catalog.byCode().get(type)))
			.toList();
		if (!missing.isEmpty()) {
			throw new BusinessRuleViolation("certificate.blanks.noLayout", String.join(", ", missing));
		}
		List<BlankPage> pages = new java.util.ArrayList<>();
		for (int i = 0; i < approved.size(); i++) {
			LayoutDraft draft = drafts.get(approved.get(i).getAwardTypeCode());
			Entry entry = sheet.entries().get(i);
			pages.add(new BlankPage(draft.sheet(), draft.placements()
				.stream()
				.map(placement -> new BlankPage.Text(placement, blankText(placement.field(), sheet, entry), null))
				.toList()));
		}
		return new PdfFile("QD-" + Downloads.namePart(sheet.number()) + "-in-len-phoi.pdf",
				out -> renderer.render("certificate-layouts/pdf/blanks",
						Map.of("pages", pages, "title", message("certificate.pdf.documentTitle", sheet.number())),
						out));
	}

	/**
	 * The award types of an issued decision's approved lines for which the deciding
	 * province has set no blank layout, by code (the page shows their labels, in the
	 * reader's language): the fields cannot be printed onto blanks until one is set for
	 * each. Empty for a decision that is not issued.
	 */
	public List<String> typesWithoutBlankLayout(long id, CurrentUser user) {
		Proposal proposal = steps.load(id);
		access.requireVisible(proposal, user);
		if (proposal.isUpward()
				|| proposal.getStatus() != ProposalStatus.ISSUED && proposal.getStatus() != ProposalStatus.AWARDED) {
			return List.of();
		}
		List<ProposalLine> approved = approved(proposal, line -> true);
		Map<String, LayoutDraft> drafts = blankLayouts(proposal, approved);
		return approved.stream()
			.map(ProposalLine::getAwardTypeCode)
			.distinct()
			.filter(type -> !drafts.containsKey(type))
			.toList();
	}

	private Map<String, LayoutDraft> blankLayouts(Proposal proposal, List<ProposalLine> approved) {
		UnitRow province = layouts.provinceOf(proposal.getDecidingUnitId());
		Map<String, LayoutDraft> drafts = new java.util.HashMap<>();
		if (province != null) {
			approved.stream()
				.map(ProposalLine::getAwardTypeCode)
				.distinct()
				.forEach(type -> layouts.find(province.id(), type).ifPresent(draft -> drafts.put(type, draft)));
		}
		return drafts;
	}

	private String blankText(CertificateField field, DecisionSheet sheet, Entry entry) {
		return switch (field) {
			case NAME -> entry.addressed();
			case ACHIEVEMENT -> message("certificate.pdf.achievement", entry.achievement());
			case DECISION -> message("certificate.blanks.decision", sheet.number(),
					sheet.date().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
			case PLACE_DATE -> message("decision.pdf.placeDate", sheet.place(), sheet.longDate());
			case SIGNER_TITLE -> String.join("\n", sheet.signature().authority())
					+ (sheet.signature().authority().isEmpty() ? "" : "\n") + sheet.signature().title();
			case SIGNER_NAME -> sheet.signature().name();
		};
	}

	private Map<String, Object> certificateVariables(DecisionSheet sheet) {
		String uri = emblem.dataUri();
		return uri == null ? Map.of("d", sheet) : Map.of("d", sheet, "emblem", uri);
	}

	/**
	 * One approved line's certificate; any other line of any proposal is not found.
	 */
	public PdfFile certificate(long id, long lineId, CurrentUser user) {
		Proposal proposal = issued(id, user);
		List<ProposalLine> line = approved(proposal, candidate -> candidate.getId() == lineId);
		if (line.isEmpty()) {
			throw new NotFoundException("line", lineId);
		}
		DecisionSheet sheet = sheet(proposal, line);
		return new PdfFile(
				"QD-" + Downloads.namePart(sheet.number()) + "-" + lineId + "-"
						+ Downloads.namePart(sheet.entries().getFirst().name()) + ".pdf",
				out -> renderer.render("proposals/pdf/certificates", certificateVariables(sheet), out));
	}

	private Proposal issued(long id, CurrentUser user) {
		Proposal proposal = steps.load(id);
		access.requireVisible(proposal, user);
		// an upper authority's decision is its own document, filed as the signed copy
		if (proposal.isUpward()
				|| proposal.getStatus() != ProposalStatus.ISSUED && proposal.getStatus() != ProposalStatus.AWARDED) {
			throw new BusinessRuleViolation("decision.pdf.notIssued");
		}
		return proposal;
	}

	/**
	 * The approved lines, collectives first and then people, each in the order they were
	 * proposed, as the annex lists them.
	 */
	private List<ProposalLine> approved(Proposal proposal, Predicate<ProposalLine> which) {
		return lines.findByProposalIdOrderById(proposal.getId())
			.stream()
			.filter(ProposalLine::isApproved)
			.filter(which)
			.sorted(Comparator.comparing(ProposalLine::isIndividual))
			.toList();
	}

	private DecisionSheet sheet(Proposal proposal, List<ProposalLine> approved) {
		LocalDate date = Objects.requireNonNull(proposal.getDecisionDate());
		String number = Objects.requireNonNull(proposal.getDecisionNumber());
		String authority = Objects.requireNonNull(proposal.getDecisionAuthority());
		UnitRow deciding = units.get(proposal.getDecidingUnitId());
		UnitRow proposing = units.get(proposal.getProposingUnitId());
		Map<String, AwardType> types = catalog.byCode();
		Map<Long, String> sexes = people.sexes(approved.stream()
			.filter(ProposalLine::isIndividual)
			.map(ProposalLine::getPersonId)
			.filter(Objects::nonNull)
			.toList());
		AwardLevel decidingLevel = AwardLevel.of(deciding.kind());
		Map<Long, String> lineTokens = tokens.lines(proposal.getId());
		List<Entry> entries = approved.stream()
			.map(line -> entry(line, types.get(line.getAwardTypeCode()), sexes, decidingLevel,
					verifyUrl(lineTokens.get(line.getId()))))
			.toList();
		String verifyUrl = verifyUrl(tokens.decision(proposal.getId()));
		BigDecimal total = approved.stream()
			.map(ProposalLine::getCashAmount)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		String office = titles.office(authority);
		Set<String> awards = new LinkedHashSet<>();
		approved.forEach(line -> awards.add(phrase(types.get(line.getAwardTypeCode()), office)));
		Signature signature = titles.signature(text(authority),
				proposal.getDecisionSignerTitle() == null ? null : text(proposal.getDecisionSignerTitle()),
				text(Objects.requireNonNullElse(proposal.getDecisionSigner(), "")));
		return new DecisionSheet(text(heading(deciding)), text(number), text(place(deciding)), date, longDate(date),
				String.join(", ", awards), text(office), signature, !date.isBefore(DECREE_152_FROM),
				text(body(proposing)), text(body(deciding)), text(deciding.inSentence()), proposal.getKind().name(),
				String.valueOf(proposal.getYear()), total.signum() > 0 ? VietnameseNumbers.format(total) : null,
				VietnameseNumbers.format(catalog.baseSalary(date)), entries, verifyUrl, QrCodes.dataUri(verifyUrl));
	}

	/**
	 * The public verification page of a token, as the QR code and the text under it give
	 * it.
	 */
	private String verifyUrl(String token) {
		return publicUrl + "/verify/" + token;
	}

	private Entry entry(ProposalLine line, AwardType type, Map<Long, String> sexes, @Nullable AwardLevel deciding,
			String verifyUrl) {
		String name = awardName(type);
		String heading = messages.getMessage("certificate.pdf.heading." + type.code(), null, null, VIETNAMESE);
		if (heading == null) {
			heading = type.category().equals("TITLE") ? message("certificate.pdf.titleHeading", name) : name;
		}
		AwardLevel level = type.level() != null ? type.level() : deciding;
		return new Entry(line.getId(), line.isIndividual(), text(line.getSubjectName()),
				line.isIndividual() && line.getSubjectDetail() != null ? text(line.getSubjectDetail()) : null,
				text(name), text(heading), text(line.getAchievement()),
				line.getCashAmount() == null ? null : VietnameseNumbers.format(line.getCashAmount()),
				line.isIndividual() ? salutation(line.getPersonId() == null ? null : sexes.get(line.getPersonId()))
						: null,
				level != null && EMBLEM_LEVELS.contains(level), verifyUrl, QrCodes.dataUri(verifyUrl));
	}

	/**
	 * How a certificate addresses a person: "Ông" or "Bà" by the sex the people directory
	 * records, "Ông/Bà" as officers write it when none is recorded.
	 */
	private String salutation(@Nullable String sex) {
		return message("certificate.pdf.salutation." + (sex == null ? "UNKNOWN" : sex));
	}

	/**
	 * An award as the decision's sentences name it: the form the law names ("Bằng khen
	 * của Chủ tịch Ủy ban nhân dân tỉnh", "Giấy khen của Chủ tịch Ủy ban nhân dân xã Mỹ
	 * Hòa" after the deciding office), else "danh hiệu Lao động tiên tiến" for a title or
	 * the catalogue's name.
	 */
	String phrase(AwardType type, String office) {
		String named = messages.getMessage("decision.pdf.award." + type.code(), new Object[] { office }, null,
				VIETNAMESE);
		if (named != null) {
			return text(named);
		}
		String name = awardName(type);
		return text(type.category().equals("TITLE") ? message("decision.pdf.titlePhrase", name) : name);
	}

	String awardName(AwardType type) {
		return Objects.requireNonNull(messages.getMessage("AwardType." + type.code(), null, type.name(), VIETNAMESE));
	}

	/**
	 * "UBND tỉnh Trà Vinh" above the number for a province, district or commune; an
	 * agency's own name otherwise.
	 */
	String heading(UnitRow unit) {
		return unit.territorial() ? message("decision.pdf.committeeAbbreviation") + " " + unit.inSentence()
				: unit.name();
	}

	/**
	 * The body that acts for a unit: "Ủy ban nhân dân xã Mỹ Hòa", or the agency itself.
	 */
	String body(UnitRow unit) {
		return unit.territorial() ? message("decision.pdf.committeeWords") + " " + unit.inSentence() : unit.name();
	}

	/**
	 * Where the decision is signed: the name of the nearest province, district or commune
	 * without its kind ("Trà Vinh" for Tỉnh Trà Vinh or one of its departments).
	 */
	String place(UnitRow deciding) {
		String name = units.ancestorsAndSelf(deciding.id())
			.stream()
			.filter(UnitRow::territorial)
			.findFirst()
			.orElse(deciding)
			.name();
		String folded = name.toLowerCase(VIETNAMESE);
		return Arrays.stream(message("decision.pdf.placePrefixes").split(","))
			.map(prefix -> prefix.strip().toLowerCase(VIETNAMESE) + " ")
			.filter(folded::startsWith)
			.max(Comparator.comparing(String::length))
			.map(prefix -> name.substring(prefix.length()).strip())
			.orElse(name);
	}

	/**
	 * A date the way administrative documents write it: "ngày 05 tháng 02 năm 2026", a
	 * zero before days under 10 and before January and February.
	 */
	static String[] dateParts(LocalDate date) {
		int day = date.getDayOfMonth();
		int month = date.getMonthValue();
		return new String[] { (day < 10 ? "0" : "") + day, (month < 3 ? "0" : "") + month,
				String.valueOf(date.getYear()) };
	}

	String longDate(LocalDate date) {
		return messages.getMessage("decision.pdf.longDate", dateParts(date), VIETNAMESE);
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

	/**
	 * Text as it was typed may hold decomposed accents (a + combining acute); the fonts
	 * draw the composed letters.
	 */
	static String text(String value) {
		return Normalizer.normalize(value, Normalizer.Form.NFC).strip();
	}

	/**
	 * The heading of an official document of a unit dated on a day: the issuing body
	 * ("UBND tỉnh Trà Vinh"), the place and the long date ("ngày 22 tháng 11 năm 2026"),
	 * as on a decision; reports write theirs the same way.
	 */
	public DocumentHeading heading(long unitId, LocalDate date) {
		UnitRow unit = units.get(unitId);
		return new DocumentHeading(text(heading(unit)), text(place(unit)), longDate(date));
	}

	/**
	 * The signature of a unit's report: for its collective body ("TM. ỦY BAN NHÂN DÂN")
	 * where it has one, by its head as the unit's settings name them; the name line empty
	 * when none is set.
	 */
	public Signature reportSignature(long unitId) {
		UnitSigning signing = units.signing(unitId);
		Signature signature = signing.headSignature(true);
		return new Signature(signature.authority(), text(signature.title()), text(signature.name()));
	}

	public record DocumentHeading(String authority, String place, String longDate) {
	}

	/**
	 * What the decision and its certificates show, read from the proposal when it was
	 * asked for. {@code total} is null when no line carries cash.
	 */
	public record DecisionSheet(String authority, String number, String place, LocalDate date, String longDate,
			String awards, String office, Signature signature, boolean decree152, String proposingBody,
			String decidingBody, String decidingUnit, String kind, String year, @Nullable String total,
			String baseSalary, List<Entry> entries, String verifyUrl, String qr) {

		public long collectives() {
			return entries.stream().filter(entry -> !entry.individual()).count();
		}

		public long individuals() {
			return entries.stream().filter(Entry::individual).count();
		}

		/**
		 * A count as officers write it in a decision: "01", "05", then "12".
		 */
		public String count(long value) {
			return value < 10 ? "0" + value : String.valueOf(value);
		}

	}

	/**
	 * An approved line as the annex and its certificate show it; {@code number} is the
	 * line's id, written on the certificate as its number in the golden book.
	 */
	public record Entry(long number, boolean individual, String name, @Nullable String detail, String award,
			String heading, String achievement, @Nullable String cash, @Nullable String salutation, boolean emblem,
			String verifyUrl, String qr) {

		/**
		 * The name as the certificate writes it: "Ông Nguyễn Văn An", "Bà …", "Ông/Bà …"
		 * for a person, a collective's name as it is.
		 */
		public String addressed() {
			return salutation == null ? name : salutation + " " + name;
		}

	}

}
