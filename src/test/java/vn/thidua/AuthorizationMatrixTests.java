package vn.thidua;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.unit.UnitCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every route, as every role, on a unit of the user's own subtree and on a foreign one:
 * the expected status. Services enforce the scope, so a foreign id answers 404 even where
 * the role would be allowed.
 */
@IntegrationTest
class AuthorizationMatrixTests {

	private static final List<String> USERS = List.of("admin", "officer.tv", "reporter.tv-cn", "leader.tv-ct",
			"member.tv", "chair.tv");

	/** The unit each user may reach (own) and one outside their subtree (foreign). */
	private static final Map<String, String[]> UNITS = Map.of("admin", new String[] { "TV-CT", null }, "officer.tv",
			new String[] { "TV-CT", "ND-HH" }, "reporter.tv-cn", new String[] { "TV-CN", "TV-CT" }, "leader.tv-ct",
			new String[] { "TV-CT", "TV-CN" }, "member.tv", new String[] { "TV-SNV", "ND-HH" }, "chair.tv",
			new String[] { "TV-SNV", "ND-HH" });

	/** method, path, then the expected status per user in the order of USERS. */
	private static final List<Object[]> ROUTES = List.of(route("GET", "/", 200, 200, 200, 200, 200, 200),
			route("GET", "/units/{own}", 200, 200, 200, 200, 200, 200),
			route("GET", "/units/{foreign}", 0, 404, 404, 404, 404, 404),
			route("GET", "/units?q=tra", 200, 200, 200, 200, 200, 200),
			// the unit picker: the user's own scope only; a foreign unit is not found
			route("GET", "/units/choices", 200, 200, 200, 200, 200, 200),
			route("GET", "/units/choices?q=ngang", 200, 200, 200, 200, 200, 200),
			route("GET", "/units/choices?codes=TV-CN,ND-HH", 200, 200, 200, 200, 200, 200),
			route("GET", "/units/choices?parent={own}", 200, 200, 200, 200, 200, 200),
			route("GET", "/units/choices?parent={foreign}", 0, 404, 404, 404, 404, 404),
			// the navbar's search, over the user's data; an unknown group is refused
			route("GET", "/search", 200, 200, 200, 200, 200, 200),
			route("GET", "/search?q=vinh", 200, 200, 200, 200, 200, 200),
			route("GET", "/search?q=tra&only=UNITS", 200, 200, 200, 200, 200, 200),
			route("GET", "/search?q=tra&only=LANG", 400, 400, 400, 400, 400, 400),
			route("GET", "/units/new?parent={own}", 200, 200, 403, 403, 403, 403),
			route("GET", "/units/new?parent={foreign}", 0, 404, 403, 403, 403, 403),
			route("POST", "/units?parentId={foreign}&code=X-MATRIX&name=X&kind=COMMUNE&validFrom=01/01/2024", 0, 404,
					403, 403, 403, 403),
			// a value the UI never sends (an unknown kind) is refused before anything
			// runs, whoever sends it
			route("POST", "/units?parentId={own}&code=X-BAD&name=X&kind=LANG&validFrom=01/01/2024", 400, 400, 400, 400,
					400, 400),
			route("GET", "/units/{own}/edit", 200, 200, 403, 403, 403, 403),
			route("GET", "/units/{foreign}/edit", 0, 404, 403, 403, 403, 403),
			route("POST", "/units/{foreign}?code=X&name=X&kind=COMMUNE&validFrom=01/01/2024&version=0", 0, 404, 403,
					403, 403, 403),
			route("GET", "/units/{own}/move", 200, 200, 403, 403, 403, 403),
			route("GET", "/units/{own}/signing", 200, 200, 403, 403, 403, 403),
			route("GET", "/units/{foreign}/signing", 0, 404, 403, 403, 403, 403),
			route("POST", "/units/{foreign}/signing?symbol=UBND", 0, 404, 403, 403, 403, 403),
			route("POST", "/units/{foreign}/move?parentCode=TV&reason=Sai&version=0", 0, 404, 403, 403, 403, 403),
			route("GET", "/reorganisations", 200, 403, 403, 403, 403, 403),
			route("GET", "/reorganisations/new", 200, 403, 403, 403, 403, 403),
			route("GET", "/reorganisations/template.csv", 200, 403, 403, 403, 403, 403),
			route("GET", "/reorganisations/0", 404, 403, 403, 403, 403, 403),
			route("POST", "/reorganisations/0/apply?version=0&confirmed=true", 404, 403, 403, 403, 403, 403),
			route("POST", "/reorganisations?title=&documentNumber=&documentDate=&issuer=&effectiveOn=", 200, 403, 403,
					403, 403, 403),
			route("POST", "/units/{foreign}/deactivate?validTo=01/01/2025&version=0", 0, 404, 403, 403, 403, 403),
			route("GET", "/units/import", 302, 302, 403, 403, 403, 403),
			route("GET", "/imports", 200, 200, 403, 403, 403, 403),
			route("GET", "/imports/people", 200, 200, 403, 403, 403, 403),
			route("GET", "/imports/awards/template.xlsx", 200, 200, 403, 403, 403, 403),
			route("GET", "/imports/units/template.xlsx", 200, 200, 403, 403, 403, 403),
			route("GET", "/imports/nothing", 404, 404, 403, 403, 403, 403),
			// a job that is not the user's own answers 404
			route("GET", "/imports/jobs/00000000-0000-7000-8000-000000000000", 404, 404, 403, 403, 403, 403),
			route("POST", "/imports/jobs/00000000-0000-7000-8000-000000000000/confirm", 404, 404, 403, 403, 403, 403),
			route("GET", "/imports/jobs/00000000-0000-7000-8000-000000000000/bad-rows.xlsx", 404, 404, 403, 403, 403,
					403),
			route("GET", "/units/999999999", 404, 404, 404, 404, 404, 404),
			route("GET", "/khong-co-trang-nay", 404, 404, 404, 404, 404, 404),
			route("GET", "/accounts", 200, 403, 403, 403, 403, 403),
			route("GET", "/accounts/export.xlsx", 200, 403, 403, 403, 403, 403),
			route("POST", "/accounts", 200, 403, 403, 403, 403, 403),
			route("GET", "/accounts/{account}/edit", 200, 403, 403, 403, 403, 403),
			route("POST", "/accounts/{account}?fullName=X&unitCode=ND&roles=OFFICER&enabled=true&version=-1", 409, 403,
					403, 403, 403, 403),
			route("POST", "/accounts/{account}/password?temporaryPassword=x", 302, 403, 403, 403, 403, 403),
			route("POST", "/accounts/{account}/unlock", 302, 403, 403, 403, 403, 403),
			route("GET", "/accounts/new", 200, 403, 403, 403, 403, 403),
			route("GET", "/audit", 200, 403, 403, 403, 403, 403),
			route("GET", "/audit/export.pdf", 200, 403, 403, 403, 403, 403),
			route("GET", "/audit/export.xlsx", 200, 403, 403, 403, 403, 403),
			route("GET", "/actuator/prometheus", 200, 403, 403, 403, 403, 403),
			route("GET", "/api-keys", 200, 403, 403, 403, 403, 403),
			route("GET", "/api-keys/new", 200, 403, 403, 403, 403, 403),
			route("POST", "/api-keys?name=X&unitCode=KHONG-CO&access=READ", 200, 403, 403, 403, 403, 403),
			route("POST", "/api-keys?name=X&unitCode=TV&access=ROOT", 400, 403, 403, 403, 403, 403),
			route("GET", "/api-keys/999999999/revoke", 404, 403, 403, 403, 403, 403),
			route("POST", "/api-keys/999999999/revoke?version=0", 404, 403, 403, 403, 403, 403),
			route("GET", "/account/password", 200, 200, 200, 200, 200, 200),
			route("GET", "/clusters", 200, 200, 200, 200, 200, 200),
			route("GET", "/clusters/export.xlsx", 200, 200, 200, 200, 200, 200),
			route("GET", "/movements/export.xlsx", 200, 200, 200, 200, 200, 200),
			route("GET", "/proposals/export.xlsx", 200, 200, 200, 200, 200, 200),
			route("GET", "/registry/export.xlsx", 200, 200, 200, 200, 200, 200),
			route("GET", "/registry/export.csv", 404, 404, 404, 404, 404, 404),
			// the people directory: officers and administrators, within their scope
			route("GET", "/people", 200, 200, 403, 403, 403, 403),
			route("GET", "/people?q=thuy&unit=TV&born=1980&position=c", 200, 200, 403, 403, 403, 403),
			route("GET", "/people/new", 200, 200, 403, 403, 403, 403),
			route("POST", "/people?fullName=&unitCode=ND-HH", 200, 200, 403, 403, 403, 403),
			route("GET", "/people/0/edit", 404, 404, 403, 403, 403, 403),
			route("POST", "/people/0/edit?fullName=X&version=0", 404, 404, 403, 403, 403, 403),
			route("GET", "/people/0/transfer", 404, 404, 403, 403, 403, 403),
			route("POST", "/people/0/transfer?unitCode=TV&effectiveOn=01/01/2025&version=0", 404, 404, 403, 403, 403,
					403),
			route("GET", "/people/duplicates", 200, 200, 403, 403, 403, 403),
			route("POST", "/people/merges?keptId=0&mergedId=1", 404, 404, 403, 403, 403, 403),
			route("POST", "/people/merges/0/undo", 404, 403, 403, 403, 403, 403),
			route("POST", "/people/transfers/0/accept?version=0", 404, 404, 403, 403, 403, 403),
			route("POST", "/people/transfers/0/decline?version=0", 404, 404, 403, 403, 403, 403),
			route("GET", "/clusters/new", 200, 200, 403, 403, 403, 403),
			route("GET", "/quotas", 200, 200, 200, 200, 200, 200),
			route("GET", "/quotas?unit=TV-CT&year=2025", 200, 200, 200, 200, 200, 200),
			route("GET", "/quotas/new", 200, 403, 403, 403, 403, 403),
			route("POST", "/quotas", 200, 403, 403, 403, 403, 403),
			route("GET", "/quotas/999999999/edit", 404, 403, 403, 403, 403, 403),
			route("POST", "/quotas/999999999?version=0", 404, 403, 403, 403, 403, 403),
			route("GET", "/quotas/999999999/end", 404, 403, 403, 403, 403, 403),
			route("POST", "/quotas/999999999/end?lastDay=31/12/2099&version=0", 404, 403, 403, 403, 403, 403),
			route("POST", "/quotas/999999999/delete?version=0", 404, 403, 403, 403, 403, 403),
			route("GET", "/rules", 200, 200, 200, 200, 200, 200),
			route("GET", "/award-types", 200, 200, 200, 200, 200, 200),
			route("GET", "/award-types?on=31/02/2025", 200, 200, 200, 200, 200, 200),
			route("GET", "/award-types/export.xlsx", 200, 200, 200, 200, 200, 200),
			route("GET", "/award-types/export.pdf?on=04/08/2024", 200, 200, 200, 200, 200, 200),
			route("POST", "/award-types/base-salaries?amount=abc", 200, 403, 403, 403, 403, 403),
			route("POST", "/award-types/base-salaries/2099-01-01/remove", 302, 403, 403, 403, 403, 403),
			route("GET", "/rules/new", 200, 403, 403, 403, 403, 403),
			route("GET", "/rules/new?checkKind=RATING_IN_YEAR", 200, 403, 403, 403, 403, 403),
			route("POST", "/rules?checkKind=RATING_IN_YEAR", 200, 403, 403, 403, 403, 403),
			route("GET", "/due/OVERDUE", 200, 200, 200, 200, 200, 200),
			route("GET", "/due/LATER", 400, 400, 400, 400, 400, 400),
			route("GET", "/reminders", 200, 200, 200, 200, 200, 200),
			// the user guides: every signed-in user reads every role's guide and its
			// pictures
			route("GET", "/help", 200, 200, 200, 200, 200, 200),
			route("GET", "/help/officer", 200, 200, 200, 200, 200, 200),
			route("GET", "/help/admin", 200, 200, 200, 200, 200, 200),
			route("GET", "/help/README", 404, 404, 404, 404, 404, 404),
			route("GET", "/help/no-such-guide", 404, 404, 404, 404, 404, 404),
			route("GET", "/help/images/officer-movement-new.png", 200, 200, 200, 200, 200, 200),
			route("GET", "/help/images/no-such-picture.png", 404, 404, 404, 404, 404, 404),
			route("POST", "/reminders/read-all", 302, 302, 302, 302, 302, 302),
			route("GET", "/reports/awards?year=2025&by=UNIT", 200, 200, 403, 403, 200, 200),
			route("GET", "/reports/awards/export.xlsx?year=2025", 200, 200, 403, 403, 200, 200),
			route("GET", "/reports/statutory?year=2025&half=FIRST", 200, 200, 403, 403, 200, 200),
			route("GET", "/reports/statutory?year=2025&unit=ND-HH", 200, 404, 403, 403, 404, 404),
			route("GET", "/reports/statutory/export.xlsx?year=2025", 200, 200, 403, 403, 200, 200),
			route("GET", "/reports/forms?form=0602&year=2025", 200, 200, 403, 403, 200, 200),
			route("GET", "/reports/forms?form=9999&year=2025", 404, 404, 403, 403, 404, 404),
			route("GET", "/reports/forms?form=0603&year=2025&unit=ND-HH", 200, 404, 403, 403, 404, 404),
			route("GET", "/reports/forms/export.xlsx?form=0603&year=2025", 200, 200, 403, 403, 200, 200),
			route("GET", "/reports/forms/export.docx?form=0602&year=2025", 200, 200, 403, 403, 200, 200),
			route("GET", "/reports/forms/export.docx?form=0602&year=2025&unit=ND-HH", 200, 404, 403, 403, 404, 404),
			route("GET", "/reports/narrative?year=2025", 200, 200, 403, 403, 200, 200),
			route("POST", "/reports/narrative.pdf?unit={own}&title=X&text=Y", 200, 200, 403, 403, 200, 200),
			route("POST", "/reports/narrative.pdf?unit={foreign}&title=X&text=Y", 0, 404, 403, 403, 404, 404),
			// registry facts: ratings grid, initiatives, discipline, revocations
			route("GET", "/units/{own}/ratings?year=2024", 200, 200, 403, 403, 403, 403),
			route("GET", "/units/{foreign}/ratings?year=2024", 0, 404, 403, 403, 403, 403),
			route("GET", "/units/{own}/ratings?year=3000", 422, 422, 403, 403, 403, 403),
			route("POST", "/units/{foreign}/ratings?year=2024&r_u1=X", 0, 404, 403, 403, 403, 403),
			route("POST", "/units/{foreign}/ratings/cells?year=2024&r_u1=X", 0, 404, 403, 403, 403, 403),
			route("GET", "/people/999999999/initiatives/new", 404, 404, 404, 404, 404, 404),
			route("POST", "/people/999999999/initiatives?title=X&influence=UNIT&year=2024", 404, 404, 404, 404, 404,
					404),
			route("GET", "/initiatives/999999999/edit", 404, 404, 403, 403, 403, 403),
			route("POST", "/initiatives/999999999/delete?version=0", 404, 404, 403, 403, 403, 403),
			route("GET", "/people/999999999/discipline/new", 404, 404, 404, 404, 404, 404),
			route("GET", "/discipline/999999999/edit", 404, 404, 403, 403, 403, 403),
			route("POST", "/discipline/999999999/close?endedOn=01/01/2025&version=0", 404, 404, 403, 403, 403, 403),
			route("POST", "/discipline/999999999/delete?version=0", 404, 404, 403, 403, 403, 403),
			route("GET", "/awards/999999999/revoke", 404, 404, 403, 403, 403, 403),
			route("POST", "/awards/999999999/revoke?decision=X&date=01/01/2025&reason=Y&version=0&confirmed=true", 404,
					404, 403, 403, 403, 403),
			route("GET", "/imports/ratings/template.xlsx", 200, 200, 403, 403, 403, 403),
			route("GET", "/imports/initiatives", 200, 200, 403, 403, 403, 403),
			route("GET", "/imports/discipline/template.xlsx", 200, 200, 403, 403, 403, 403),
			route("GET", "/imports/revocations/template.xlsx", 200, 200, 403, 403, 403, 403),
			// digital signatures (issue 14): the signed documents of a proposal
			// nobody
			// finds, and the officers' verification page
			route("GET", "/proposals/999999999/decision-signed.pdf", 404, 404, 404, 404, 404, 404),
			route("GET", "/proposals/999999999/certificates-signed.pdf", 404, 404, 404, 404, 404, 404),
			route("GET", "/signatures/verify", 200, 200, 403, 403, 403, 403),
			route("POST", "/signatures/verify", 200, 200, 403, 403, 403, 403));

	/**
	 * The public verification page (issue 14) answers everybody, signed in or not: an
	 * unknown token is not found.
	 */
	private static final List<Object[]> PUBLIC_ROUTES = List
		.<Object[]>of(route("GET", "/verify/0123456789abcdef0123456789abcdef", 404, 404, 404, 404, 404, 404));

	/**
	 * The workflow's own routes (issue 13): the office's receipt date and the adjournment
	 * of an inquorate session. The service finds no such proposal or session for anybody.
	 */
	private static final List<Object[]> WORKFLOW_ROUTES = List.of(
			route("POST", "/proposals/999999999/receipt?version=0&receivedOn=01/01/2026", 404, 404, 404, 404, 404, 404),
			route("POST", "/proposals/999999999/board/999999999/adjourn?version=0", 404, 404, 404, 404, 404, 404),
			// the Word drafts of a proposal's documents and the templates that lay them
			// out
			route("GET", "/proposals/999999999/letter.docx", 404, 404, 404, 404, 404, 404),
			route("GET", "/proposals/999999999/minutes.docx", 404, 404, 404, 404, 404, 404),
			route("GET", "/proposals/999999999/decision.docx", 404, 404, 404, 404, 404, 404),
			route("GET", "/proposals/999999999/upward-letter.docx", 404, 404, 404, 404, 404, 404),
			route("GET", "/document-templates", 200, 403, 403, 403, 403, 403),
			route("GET", "/document-templates/999999999/decision.docx", 403, 403, 403, 403, 403, 403),
			route("POST", "/document-templates/999999999/decision?version=-1", 403, 403, 403, 403, 403, 403),
			route("POST", "/document-templates/999999999/decision/reset?version=0", 403, 403, 403, 403, 403, 403),
			route("GET", "/reports/statutory/export.docx?year=2025", 200, 200, 403, 403, 200, 200),
			route("POST", "/reports/narrative.docx?unit={own}&title=X&text=Y", 200, 200, 403, 403, 200, 200),
			route("POST", "/reports/narrative.docx?unit={foreign}&title=X&text=Y", 0, 404, 403, 403, 404, 404));

	/**
	 * Every other route, on records that do not exist and without its form's fields:
	 * refused, not found, or the form shown again with its problems — never a 500.
	 */
	private static final List<Object[]> OTHER_ROUTES = List.of(
			route("GET", "/clusters/999999999/members/999999999", 404, 404, 404, 404, 404, 404),
			route("GET", "/clusters/999999999/years/new", 404, 404, 403, 403, 403, 403),
			route("GET", "/clusters/999999999/years/2025/edit", 404, 404, 404, 404, 404, 404),
			route("GET", "/clusters/999999999/years/2025/pact", 404, 404, 404, 404, 404, 404),
			route("GET", "/clusters/999999999/years/2025/pact/document", 404, 404, 404, 404, 404, 404),
			route("GET", "/discipline/999999999/close", 404, 404, 403, 403, 403, 403),
			route("GET", "/login", 302, 302, 302, 302, 302, 302),
			route("GET", "/movements", 200, 200, 200, 200, 200, 200),
			route("GET", "/movements/new", 200, 200, 200, 200, 200, 200),
			route("GET", "/movements/999999999/documents/999999999", 404, 404, 404, 404, 404, 404),
			route("GET", "/movements/999999999/edit", 404, 404, 404, 404, 404, 404),
			route("GET", "/movements/999999999/participants", 404, 404, 404, 404, 404, 404),
			route("GET", "/movements/999999999/reports", 404, 404, 404, 404, 404, 404),
			route("GET", "/movements/999999999/reports/999999999/evidence/999999999", 404, 404, 404, 404, 404, 404),
			route("GET", "/movements/999999999/summary", 404, 404, 404, 404, 404, 404),
			route("GET", "/movements/999999999/summary.xlsx", 404, 404, 404, 404, 404, 404),
			route("GET", "/movements/999999999/targets", 404, 404, 404, 404, 404, 404),
			route("GET", "/movements/999999999/targets/999999999/edit", 404, 404, 404, 404, 404, 404),
			route("GET", "/movements/999999999/units/999999999/pledges", 404, 404, 404, 404, 404, 404),
			route("GET", "/movements/999999999/units/999999999/reports", 404, 404, 404, 404, 404, 404),
			route("GET", "/movements/999999999/units/999999999/reports/2025/1", 400, 400, 400, 400, 400, 400),
			route("GET", "/proposals", 200, 200, 200, 200, 200, 200),
			route("GET", "/proposals/new", 200, 200, 200, 200, 200, 200),
			route("GET", "/proposals/999999999/add", 404, 404, 404, 404, 404, 404),
			route("GET", "/proposals/999999999/board", 404, 404, 404, 404, 404, 404),
			route("GET", "/proposals/999999999/certificates.pdf", 404, 404, 404, 404, 404, 404),
			route("GET", "/proposals/999999999/decision.pdf", 404, 404, 404, 404, 404, 404),
			route("GET", "/proposals/999999999/documents/999999999", 404, 404, 404, 404, 404, 404),
			route("GET", "/proposals/999999999/lines/template.xlsx", 404, 404, 404, 404, 404, 404),
			route("GET", "/proposals/999999999/lines/999999999/certificate.pdf", 404, 404, 404, 404, 404, 404),
			route("GET", "/proposals/999999999/minutes", 404, 404, 404, 404, 404, 404),
			route("GET", "/registry", 200, 200, 200, 200, 200, 200),
			route("GET", "/registry/units/999999999", 404, 404, 404, 404, 404, 404),
			route("GET", "/registry/units/999999999/discipline/new", 404, 404, 404, 404, 404, 404),
			route("GET", "/reviews/999999999", 404, 404, 404, 404, 404, 404),
			route("GET", "/reviews/999999999.xlsx", 404, 404, 404, 404, 404, 404),
			route("GET", "/reviews/999999999/results", 404, 404, 404, 404, 404, 404),
			route("GET", "/reviews/999999999/self-assessment", 404, 404, 404, 404, 404, 404),
			route("GET", "/rules/999999999/end", 404, 403, 403, 403, 403, 403),
			route("GET", "/rules/999999999/override", 404, 403, 403, 403, 403, 403),
			route("GET", "/units/999999999/export.xlsx", 404, 404, 404, 404, 404, 404),
			route("POST", "/account/password", 200, 200, 200, 200, 200, 200),
			route("POST", "/clusters", 200, 200, 200, 200, 200, 200),
			route("POST", "/clusters/999999999/years", 404, 404, 404, 404, 404, 404),
			route("POST", "/clusters/999999999/years/2025", 404, 404, 404, 404, 404, 404),
			route("POST", "/clusters/999999999/years/2025/pact/copy", 400, 400, 400, 400, 400, 400),
			route("POST", "/clusters/999999999/years/2025/pact/criteria", 404, 404, 404, 404, 404, 404),
			route("POST", "/clusters/999999999/years/2025/pact/criteria/999999999/delete", 400, 400, 400, 400, 400,
					400),
			route("POST", "/clusters/999999999/years/2025/pact/sign", 404, 404, 404, 404, 404, 404),
			route("POST", "/clusters/999999999/years/2025/pact/thresholds", 404, 404, 404, 404, 404, 404),
			route("POST", "/clusters/999999999/years/2025/reviews", 302, 302, 302, 302, 302, 302),
			route("POST", "/discipline/999999999", 404, 404, 403, 403, 403, 403),
			route("POST", "/imports/people", 200, 200, 403, 403, 403, 403),
			route("POST", "/initiatives/999999999", 404, 404, 403, 403, 403, 403),
			route("POST", "/movements", 200, 200, 200, 200, 200, 200),
			route("POST", "/movements/999999999", 404, 404, 404, 404, 404, 404),
			route("POST", "/movements/999999999/participants", 400, 400, 400, 400, 400, 400),
			route("POST", "/movements/999999999/participants/999999999/delete", 404, 404, 403, 403, 403, 403),
			route("POST", "/movements/999999999/plan-file", 400, 400, 400, 400, 400, 400),
			route("POST", "/movements/999999999/register", 403, 404, 404, 403, 403, 403),
			route("POST", "/movements/999999999/reports/999999999/accept", 400, 400, 400, 400, 400, 400),
			route("POST", "/movements/999999999/reports/999999999/evidence", 400, 400, 400, 400, 400, 400),
			route("POST", "/movements/999999999/reports/999999999/return", 400, 400, 400, 400, 400, 400),
			// a step request without its date, version and confirmation records nothing
			route("POST", "/movements/999999999/steps/MID_TERM_REVIEWED", 302, 302, 302, 302, 302, 302),
			route("POST", "/movements/999999999/steps/withdraw?version=0", 404, 404, 403, 403, 403, 403),
			route("POST", "/movements/999999999/targets", 404, 404, 404, 404, 404, 404),
			route("POST", "/movements/999999999/targets/999999999", 404, 404, 404, 404, 404, 404),
			route("POST", "/movements/999999999/targets/999999999/delete", 400, 400, 400, 400, 400, 400),
			route("POST", "/movements/999999999/units/999999999/pledges", 400, 400, 400, 400, 400, 400),
			route("POST", "/movements/999999999/units/999999999/reports/2025/1", 400, 400, 400, 400, 400, 400),
			route("POST", "/people/999999999/discipline", 404, 404, 404, 404, 404, 404),
			route("POST", "/proposals", 200, 200, 200, 200, 200, 200),
			route("POST", "/proposals/999999999/appraise", 400, 400, 400, 400, 400, 400),
			route("POST", "/proposals/999999999/award", 400, 400, 400, 400, 400, 400),
			route("POST", "/proposals/999999999/board/open", 400, 400, 400, 400, 400, 400),
			route("POST", "/proposals/999999999/board/999999999/close", 400, 400, 400, 400, 400, 400),
			route("POST", "/proposals/999999999/board/999999999/vote", 404, 404, 404, 404, 404, 404),
			route("POST", "/proposals/999999999/council", 400, 400, 400, 400, 400, 400),
			route("POST", "/proposals/999999999/decide", 400, 400, 400, 400, 400, 400),
			route("POST", "/proposals/999999999/documents", 400, 400, 400, 400, 400, 400),
			route("POST", "/proposals/999999999/documents/999999999/delete", 404, 404, 404, 404, 404, 404),
			route("POST", "/proposals/999999999/forward", 400, 400, 400, 400, 400, 400),
			route("POST", "/proposals/999999999/forward-upward", 302, 302, 302, 302, 302, 302),
			route("POST", "/proposals/999999999/issue", 302, 302, 302, 302, 302, 302),
			route("POST", "/proposals/999999999/lines/sheet", 400, 400, 400, 400, 400, 400),
			route("POST", "/proposals/999999999/lines/sheet/confirm", 400, 400, 400, 400, 400, 400),
			route("POST", "/proposals/999999999/lines/999999999", 302, 302, 302, 302, 302, 302),
			route("POST", "/proposals/999999999/lines/999999999/delete", 404, 404, 404, 404, 404, 404),
			route("POST", "/proposals/999999999/lines/999999999/keep", 404, 404, 404, 404, 404, 404),
			route("POST", "/proposals/999999999/lines/999999999/return", 302, 302, 302, 302, 302, 302),
			route("POST", "/proposals/999999999/lines/999999999/revoke", 302, 302, 302, 302, 302, 302),
			route("POST", "/proposals/999999999/objections", 302, 302, 302, 302, 302, 302),
			route("POST", "/proposals/999999999/people", 302, 302, 302, 302, 302, 302),
			route("POST", "/proposals/999999999/publish", 400, 400, 400, 400, 400, 400),
			route("POST", "/proposals/999999999/rankings/999999999", 400, 400, 400, 400, 400, 400),
			route("POST", "/proposals/999999999/send-back", 400, 400, 400, 400, 400, 400),
			route("POST", "/proposals/999999999/submit", 400, 400, 400, 400, 400, 400),
			route("POST", "/proposals/999999999/units", 302, 302, 302, 302, 302, 302),
			route("POST", "/proposals/999999999/upper-decision", 400, 400, 400, 400, 400, 400),
			route("POST", "/registry/units/999999999/discipline", 404, 404, 404, 404, 404, 404),
			route("POST", "/reminders/999999999/read", 404, 404, 404, 404, 404, 404),
			route("POST", "/reorganisations/999999999", 404, 403, 403, 403, 403, 403),
			route("POST", "/reorganisations/999999999/document", 400, 403, 403, 403, 403, 403),
			route("POST", "/reorganisations/999999999/operations", 400, 403, 403, 403, 403, 403),
			route("POST", "/reorganisations/999999999/operations/999999999/delete", 400, 403, 403, 403, 403, 403),
			route("POST", "/reorganisations/999999999/sheet", 400, 403, 403, 403, 403, 403),
			route("POST", "/reviews/999999999/finalise", 400, 400, 400, 400, 400, 400),
			route("POST", "/reviews/999999999/grid", 404, 404, 404, 404, 404, 404),
			route("POST", "/reviews/999999999/proposals", 400, 400, 400, 400, 400, 400),
			route("POST", "/reviews/999999999/reopen", 400, 400, 400, 400, 400, 400),
			route("POST", "/reviews/999999999/scores", 400, 400, 400, 400, 400, 400),
			route("POST", "/reviews/999999999/self-assessment", 404, 404, 404, 404, 404, 404),
			route("POST", "/reviews/999999999/self-assessments/return", 400, 400, 400, 400, 400, 400),
			route("POST", "/rules/999999999/end", 404, 403, 403, 403, 403, 403),
			route("POST", "/rules/999999999/override", 404, 403, 403, 403, 403, 403));

	/**
	 * Routes answered elsewhere: the JSON API (its keys and scopes have their own tests)
	 * and the error page.
	 */
	private static final List<String> UNCOVERED = List.of("/api/", "/error", "/v3/api-docs", "/swagger-ui");

	/**
	 * Certificate blanks (issue 14): a province's administrators and its own officers
	 * keep its layouts; an administrator of the whole country names the province; another
	 * province is not found. Printing onto blanks follows the proposal's visibility.
	 */
	private static final List<Object[]> CERTIFICATE_ROUTES = List.of(
			route("GET", "/certificate-layouts", 200, 200, 403, 403, 403, 403),
			route("GET", "/certificate-layouts?province=TV", 200, 200, 403, 403, 403, 403),
			route("GET", "/certificate-layouts?province=ND", 200, 404, 403, 403, 403, 403),
			route("GET", "/certificate-layouts/BK_TINH?province=TV", 200, 200, 403, 403, 403, 403),
			route("GET", "/certificate-layouts/BK_TINH", 404, 200, 403, 403, 403, 403),
			route("GET", "/certificate-layouts/KHONG_CO?province=TV", 404, 404, 403, 403, 403, 403),
			route("GET", "/certificate-layouts/BK_TINH/calibration.pdf?province=TV", 200, 200, 403, 403, 403, 403),
			route("GET", "/certificate-layouts/BK_TINH/preview.pdf?province=TV", 200, 200, 403, 403, 403, 403),
			route("GET", "/certificate-layouts/BK_TINH/calibration.pdf?province=ND", 200, 404, 403, 403, 403, 403),
			// an empty form: refused field by field, nothing saved
			route("POST", "/certificate-layouts/BK_TINH?province=ND", 200, 404, 403, 403, 403, 403),
			route("GET", "/proposals/999999999/blanks.pdf", 404, 404, 404, 404, 404, 404));

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	WorldUsers users;

	@Autowired
	UnitCatalog units;

	static Stream<Arguments> matrix() {
		List<Arguments> cases = new ArrayList<>();
		for (Object[] route : Stream.of(ROUTES, WORKFLOW_ROUTES, OTHER_ROUTES, CERTIFICATE_ROUTES, PUBLIC_ROUTES)
			.flatMap(List::stream)
			.toList()) {
			for (int i = 0; i < USERS.size(); i++) {
				int expected = (int) route[2 + i];
				if (expected != 0) {
					cases.add(Arguments.of(USERS.get(i), route[0], route[1], expected));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1} {2} → {3}")
	@MethodSource("matrix")
	void answersAsTheMatrixSays(String username, String method, String path, int expected) throws Exception {
		String[] scope = UNITS.get(username);
		String resolved = path.replace("{own}", id(scope[0]))
			.replace("{account}", String.valueOf(users.current("officer.nd").accountId()));
		if (scope[1] != null) {
			resolved = resolved.replace("{foreign}", id(scope[1]));
		}
		mvc.perform(request(HttpMethod.valueOf(method), resolved).with(users.as(username)).with(csrf()))
			.andExpect(status().is(expected));
	}

	@ParameterizedTest
	@MethodSource("anonymousPaths")
	void anonymousVisitorsAreSentToTheLoginPage(String path) throws Exception {
		mvc.perform(request(HttpMethod.GET, path)).andExpect(status().isFound());
	}

	@ParameterizedTest
	@MethodSource("publicPaths")
	void anonymousVisitorsReachThePublicPages(String path) throws Exception {
		mvc.perform(request(HttpMethod.GET, path)).andExpect(status().isNotFound());
	}

	static Stream<String> publicPaths() {
		return PUBLIC_ROUTES.stream().map(route -> (String) route[1]);
	}

	static Stream<String> anonymousPaths() {
		return ROUTES.stream()
			.filter(route -> "GET".equals(route[0]))
			.map(route -> (String) route[1])
			.filter(path -> !path.startsWith("/khong-co"))
			.map(path -> path.replace("{own}", "1").replace("{foreign}", "1").replace("{account}", "1"));
	}

	/**
	 * Every route the application maps, by method and pattern, has a row in the matrix: a
	 * new page or action without one fails the build.
	 */
	@Test
	void everyRouteHasARowInTheMatrix() {
		PathPatternParser parser = new PathPatternParser();
		List<String> covered = Stream.of(ROUTES, WORKFLOW_ROUTES, OTHER_ROUTES, CERTIFICATE_ROUTES, PUBLIC_ROUTES)
			.flatMap(List::stream)
			.map(route -> route[0] + " "
					+ ((String) route[1]).split("\\?")[0].replace("{own}", "1")
						.replace("{foreign}", "2")
						.replace("{account}", "3"))
			.toList();
		List<String> missing = new ArrayList<>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of(RequestMethod.GET)
					: info.getMethodsCondition().getMethods();
			for (String pattern : Objects.requireNonNull(info.getPathPatternsCondition()).getPatternValues()) {
				if (UNCOVERED.stream().anyMatch(pattern::startsWith)) {
					continue;
				}
				PathPattern parsed = parser.parse(pattern);
				for (RequestMethod method : methods) {
					boolean found = covered.stream()
						.anyMatch(route -> route.startsWith(method.name() + " ") && parsed
							.matches(PathContainer.parsePath(route.substring(method.name().length() + 1))));
					if (!found) {
						missing.add(method + " " + pattern);
					}
				}
			}
		});
		assertThat(missing).isEmpty();
	}

	private String id(String code) {
		return String.valueOf(units.findActiveByCode(code).orElseThrow().id());
	}

	private static Object[] route(String method, String path, int... expected) {
		Object[] route = new Object[2 + expected.length];
		route[0] = method;
		route[1] = path;
		for (int i = 0; i < expected.length; i++) {
			route[2 + i] = expected[i];
		}
		return route;
	}

}
