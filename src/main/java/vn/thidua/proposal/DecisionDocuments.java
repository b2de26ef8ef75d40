package vn.thidua.proposal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
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
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitRow;

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

	private static final Set<UnitKind> TERRITORIAL = Set.of(UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.COMMUNE);

	private final ProposalSteps steps;

	private final ProposalAccess access;

	private final ProposalLines lines;

	private final UnitCatalog units;

	private final AwardCatalog catalog;

	private final MessageSource messages;

	private final PdfRenderer renderer;

	private final VerificationTokens tokens;

	private final String publicUrl;

	DecisionDocuments(ProposalSteps steps, ProposalAccess access, ProposalLines lines, UnitCatalog units,
			AwardCatalog catalog, MessageSource messages, PdfRenderer renderer, VerificationTokens tokens,
			@Value("${thidua.public-url}") String publicUrl) {
		this.tokens = tokens;
		this.publicUrl = publicUrl.replaceFirst("/+$", "");
		this.steps = steps;
		this.access = access;
		this.lines = lines;
		this.units = units;
		this.catalog = catalog;
		this.messages = messages;
		this.renderer = renderer;
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
				out -> renderer.render("proposals/pdf/certificates", Map.of("d", sheet), out));
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
				out -> renderer.render("proposals/pdf/certificates", Map.of("d", sheet), out));
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
		Map<Long, String> lineTokens = tokens.lines(proposal.getId());
		List<Entry> entries = approved.stream()
			.map(line -> entry(line, types.get(line.getAwardTypeCode()), verifyUrl(lineTokens.get(line.getId()))))
			.toList();
		String verifyUrl = verifyUrl(tokens.decision(proposal.getId()));
		BigDecimal total = approved.stream()
			.map(ProposalLine::getCashAmount)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		Set<String> awards = new LinkedHashSet<>();
		approved.forEach(line -> awards.add(phrase(types.get(line.getAwardTypeCode()))));
		String office = committee(authority);
		return new DecisionSheet(text(heading(deciding)), text(number), text(place(deciding)), date, longDate(date),
				String.join(", ", awards), text(office), text(signerTitle(authority)),
				text(Objects.requireNonNullElse(proposal.getDecisionSigner(), "")), !date.isBefore(DECREE_152_FROM),
				text(body(proposing)), text(body(deciding)), text(inSentence(deciding)), proposal.getKind().name(),
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

	private Entry entry(ProposalLine line, AwardType type, String verifyUrl) {
		String name = awardName(type);
		String heading = messages.getMessage("certificate.pdf.heading." + type.code(), null, null, VIETNAMESE);
		if (heading == null) {
			heading = type.category().equals("TITLE") ? message("certificate.pdf.titleHeading", name) : name;
		}
		return new Entry(line.getId(), line.isIndividual(), text(line.getSubjectName()),
				line.isIndividual() && line.getSubjectDetail() != null ? text(line.getSubjectDetail()) : null,
				text(name), text(heading), text(line.getAchievement()),
				line.getCashAmount() == null ? null : VietnameseNumbers.format(line.getCashAmount()), verifyUrl,
				QrCodes.dataUri(verifyUrl));
	}

	/**
	 * An award as the decision's sentences name it: "Bằng khen cấp tỉnh", "danh hiệu Lao
	 * động tiên tiến".
	 */
	private String phrase(AwardType type) {
		String name = awardName(type);
		return text(type.category().equals("TITLE") ? message("decision.pdf.titlePhrase", name) : name);
	}

	private String awardName(AwardType type) {
		return Objects.requireNonNull(messages.getMessage("AwardType." + type.code(), null, type.name(), VIETNAMESE));
	}

	/**
	 * "UBND tỉnh Trà Vinh" above the number for a province, district or commune; an
	 * agency's own name otherwise.
	 */
	private String heading(UnitRow unit) {
		return TERRITORIAL.contains(unit.kind())
				? message("decision.pdf.committeeAbbreviation") + " " + inSentence(unit) : unit.name();
	}

	/**
	 * The body that acts for a unit: "Ủy ban nhân dân xã Mỹ Hòa", or the agency itself.
	 */
	private String body(UnitRow unit) {
		return TERRITORIAL.contains(unit.kind()) ? message("decision.pdf.committeeWords") + " " + inSentence(unit)
				: unit.name();
	}

	/**
	 * A unit's name inside a sentence: "tỉnh Trà Vinh", "xã Mỹ Hòa", but "Sở Nội vụ".
	 */
	static String inSentence(UnitRow unit) {
		String name = unit.name();
		return TERRITORIAL.contains(unit.kind()) && !name.isEmpty()
				? name.substring(0, 1).toLowerCase(VIETNAMESE) + name.substring(1) : name;
	}

	/**
	 * Where the decision is signed: the name of the nearest province, district or commune
	 * without its kind ("Trà Vinh" for Tỉnh Trà Vinh or one of its departments).
	 */
	private String place(UnitRow deciding) {
		String name = units.ancestorsAndSelf(deciding.id())
			.stream()
			.filter(unit -> TERRITORIAL.contains(unit.kind()))
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
	 * The signer's office written out: "Chủ tịch UBND tỉnh Trà Vinh" becomes "Chủ tịch Ủy
	 * ban nhân dân tỉnh Trà Vinh".
	 */
	private String committee(String authority) {
		return authority.replace(message("decision.pdf.committeeAbbreviation"), message("decision.pdf.committeeWords"))
			.strip();
	}

	/**
	 * The signer's title above the signature: the office up to the body it heads ("Chủ
	 * tịch").
	 */
	private String signerTitle(String authority) {
		String office = committee(authority);
		int body = office.toLowerCase(VIETNAMESE)
			.indexOf(message("decision.pdf.committeeWords").toLowerCase(VIETNAMESE));
		return body > 0 ? office.substring(0, body).strip() : office;
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

	private String longDate(LocalDate date) {
		return messages.getMessage("decision.pdf.longDate", dateParts(date), VIETNAMESE);
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

	/**
	 * Text as it was typed may hold decomposed accents (a + combining acute); the fonts
	 * draw the composed letters.
	 */
	private static String text(String value) {
		return Normalizer.normalize(value, Normalizer.Form.NFC).strip();
	}

	/**
	 * What the decision and its certificates show, read from the proposal when it was
	 * asked for. {@code total} is null when no line carries cash.
	 */
	/**
	 * The heading of an official document of a unit dated on a day: the issuing body
	 * ("UBND tỉnh Trà Vinh"), the place and the long date ("ngày 22 tháng 11 năm 2026"),
	 * as on a decision; reports write theirs the same way.
	 */
	public DocumentHeading heading(long unitId, LocalDate date) {
		UnitRow unit = units.get(unitId);
		return new DocumentHeading(text(heading(unit)), text(place(unit)), longDate(date));
	}

	public record DocumentHeading(String authority, String place, String longDate) {
	}

	public record DecisionSheet(String authority, String number, String place, LocalDate date, String longDate,
			String awards, String office, String signerTitle, String signer, boolean decree152, String proposingBody,
			String decidingBody, String decidingUnit, String kind, String year, @Nullable String total,
			String baseSalary, List<Entry> entries, String verifyUrl, String qr) {

		public long collectives() {
			return entries.stream().filter(entry -> !entry.individual()).count();
		}

		public long individuals() {
			return entries.stream().filter(Entry::individual).count();
		}

	}

	/**
	 * An approved line as the annex and its certificate show it; {@code number} is the
	 * line's id, written on the certificate as its number in the golden book.
	 */
	public record Entry(long number, boolean individual, String name, @Nullable String detail, String award,
			String heading, String achievement, @Nullable String cash, String verifyUrl, String qr) {

	}

}
