package vn.thidua.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.HtmlUtils;

import vn.thidua.shared.security.SignedInUser;

/**
 * The menu of the page layout, worked out once per request rather than by a security
 * expression and a link expression per entry:
 * {@code <body th:with="menu=${@navigation.menu(#locale)}">}. The entries a set of roles
 * sees, with their labels in a language, are the same for everyone holding those roles,
 * so they are kept per (roles, language), and so is their markup for each page's section
 * (the entry marked active): the layout prints it instead of evaluating some sixty
 * expressions on every page, a fifth of an empty signed-in page's cost
 * (docs/benchmarks.md). Only the name shown is the user's own. Nobody signed in: no menu
 * ({@code null}).
 */
@Component("navigation")
public class Navigation {

	/** Who sees an entry: anyone signed in, or one of these roles. */
	private static final Set<String> STAFF = Set.of("ROLE_ADMIN", "ROLE_OFFICER");

	private static final Set<String> REPORT_READERS = Set.of("ROLE_ADMIN", "ROLE_OFFICER", "ROLE_BOARD_MEMBER",
			"ROLE_BOARD_CHAIR");

	private static final Set<String> ADMIN = Set.of("ROLE_ADMIN");

	/**
	 * The groups that fold rarely used entries into one menu item each, in their order.
	 */
	private static final Fold TOOLS = new Fold("navTools", "nav.tools");

	private static final Fold ADMINISTRATION = new Fold("navAdministration", "nav.administration");

	private static final List<Fold> FOLDS = List.of(TOOLS, ADMINISTRATION);

	/**
	 * The main menu in its order: section, path, label, element id, roles (empty: all),
	 * group (none: on the bar itself).
	 */
	private static final List<Entry> ENTRIES = List.of(new Entry("home", "/", "nav.home", null, Set.of(), null),
			new Entry("units", "/units", "nav.units", null, Set.of(), null),
			new Entry("movements", "/movements", "nav.movements", null, Set.of(), null),
			new Entry("clusters", "/clusters", "nav.clusters", null, Set.of(), null),
			new Entry("proposals", "/proposals", "nav.proposals", null, Set.of(), null),
			new Entry("registry", "/registry", "nav.registry", null, Set.of(), null),
			new Entry("people", "/people", "nav.people", "navPeople", STAFF, null),
			new Entry("reports", "/reports/awards", "nav.reports", null, REPORT_READERS, null),
			new Entry("imports", "/imports", "nav.imports", null, STAFF, TOOLS),
			new Entry("certificate-layouts", "/certificate-layouts", "nav.certificateLayouts", null, STAFF, TOOLS),
			new Entry("signatures", "/signatures/verify", "nav.signatures", "navSignatures", STAFF, TOOLS),
			new Entry("accounts", "/accounts", "nav.accounts", null, ADMIN, ADMINISTRATION),
			new Entry("audit", "/audit", "nav.audit", null, ADMIN, ADMINISTRATION),
			new Entry("api-keys", "/api-keys", "nav.apiKeys", null, ADMIN, ADMINISTRATION),
			new Entry("draft-templates", "/document-templates", "nav.draftTemplates", null, ADMIN, ADMINISTRATION));

	private static final Set<String> SECTIONS = ENTRIES.stream()
		.map(Entry::section)
		.collect(Collectors.toUnmodifiableSet());

	private static final Locale VIETNAMESE = Locale.of("vi");

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final MessageSource messages;

	private final Map<Key, Bar> bars = new ConcurrentHashMap<>();

	Navigation(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The menu of the user signed in to this request, in {@code locale}; {@code null}
	 * when nobody is signed in.
	 */
	public @Nullable Menu menu(Locale locale) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!trust.isAuthenticated(authentication)) {
			return null;
		}
		Set<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toUnmodifiableSet());
		Bar bar = bars.computeIfAbsent(new Key(roles, language(locale), contextPath()), this::bar);
		String name = authentication.getPrincipal() instanceof SignedInUser user ? user.currentUser().fullName()
				: authentication.getName();
		return new Menu(bar, name, roles);
	}

	private Bar bar(Key key) {
		List<Entry> visible = ENTRIES.stream()
			.filter(entry -> entry.roles().isEmpty() || entry.roles().stream().anyMatch(key.roles()::contains))
			.toList();
		List<Item> items = visible.stream()
			.filter(entry -> entry.group() == null)
			.map(entry -> item(entry, key))
			.toList();
		List<Group> groups = FOLDS.stream()
			.map(fold -> new Group(fold.id(), messages.getMessage(fold.label(), null, key.locale()),
					visible.stream()
						.filter(entry -> fold.equals(entry.group()))
						.map(entry -> item(entry, key))
						.toList()))
			.filter(group -> !group.items().isEmpty())
			.toList();
		return new Bar(items, groups);
	}

	private Item item(Entry entry, Key key) {
		return new Item(entry.section(), key.contextPath() + entry.path(),
				messages.getMessage(entry.label(), null, key.locale()), entry.id());
	}

	/**
	 * The bundle a locale reads: Vietnamese, or the default (English) one for any other
	 * language, so that a request's {@code ?lang=} cannot grow the kept menus.
	 */
	static Locale language(Locale locale) {
		return VIETNAMESE.getLanguage().equals(locale.getLanguage()) ? VIETNAMESE : Locale.ROOT;
	}

	int menusKept() {
		return bars.size();
	}

	private static String contextPath() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest().getContextPath() : "";
	}

	/**
	 * What the layout shows of a signed-in user: the menu entries and the name; and
	 * whether the user holds a role, for the pages inside the layout
	 * ({@code th:if="${menu.anyRole('ADMIN')}"}, as
	 * {@code sec:authorize="hasRole('ADMIN')"} without building a security expression
	 * context).
	 */
	public record Menu(Bar bar, String userName, Set<String> authorities) {

		public List<Item> items() {
			return bar.items();
		}

		public List<Group> groups() {
			return bar.groups();
		}

		/**
		 * The menu's list as HTML, its entry for {@code section} marked active; labels
		 * are escaped as {@code th:text} escapes them.
		 */
		public String markup(@Nullable String section) {
			String active = section != null && SECTIONS.contains(section) ? section : "";
			return bar.markup(active);
		}

		public boolean anyRole(String... roles) {
			for (String role : roles) {
				if (authorities.contains("ROLE_" + role)) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * One menu entry: the page's section (the entry is active on it), its link, its label
	 * and an element id for some.
	 */
	public record Item(String section, String href, String label, @Nullable String id) {
	}

	/**
	 * Entries folded into one menu item (a {@code <details>} that opens as a list): its
	 * element id, label and entries; it shows as active on any of its entries' pages.
	 */
	public record Group(String id, String label, List<Item> items) {

		public boolean holds(@Nullable String section) {
			return items.stream().anyMatch(item -> item.section().equals(section));
		}

	}

	private record Entry(String section, String path, String label, @Nullable String id, Set<String> roles,
			@Nullable Fold group) {
	}

	private record Fold(String id, String label) {
	}

	/** The entries a (roles, language) sees, and their markup by active section. */
	public static final class Bar {

		private final List<Item> items;

		private final List<Group> groups;

		private final Map<String, String> markups = new ConcurrentHashMap<>();

		Bar(List<Item> items, List<Group> groups) {
			this.items = items;
			this.groups = groups;
		}

		List<Item> items() {
			return items;
		}

		List<Group> groups() {
			return groups;
		}

		String markup(String section) {
			return markups.computeIfAbsent(section, this::render);
		}

		private String render(String section) {
			StringBuilder html = new StringBuilder(2048).append("<ul class=\"navbar-nav flex-wrap app-menu\">");
			for (Item item : items) {
				html.append("<li class=\"nav-item\">");
				link(html, "nav-link", item, section);
				html.append("</li>");
			}
			for (Group group : groups) {
				html.append("<li class=\"nav-item dropdown nav-group\"><details id=\"")
					.append(escape(group.id()))
					.append("\"><summary class=\"nav-link dropdown-toggle")
					.append(group.holds(section) ? " active" : "")
					.append("\">")
					.append(escape(group.label()))
					.append("</summary><ul class=\"dropdown-menu\">");
				for (Item item : group.items()) {
					html.append("<li>");
					link(html, "dropdown-item", item, section);
					html.append("</li>");
				}
				html.append("</ul></details></li>");
			}
			return html.append("</ul>").toString();
		}

		private static void link(StringBuilder html, String type, Item item, String section) {
			html.append("<a class=\"").append(type).append(item.section().equals(section) ? " active" : "").append('"');
			if (item.id() != null) {
				html.append(" id=\"").append(escape(item.id())).append('"');
			}
			html.append(" href=\"")
				.append(escape(item.href()))
				.append("\">")
				.append(escape(item.label()))
				.append("</a>");
		}

		private static String escape(String text) {
			return HtmlUtils.htmlEscape(text, "UTF-8");
		}

	}

	private record Key(Set<String> roles, Locale locale, String contextPath) {
	}

}
