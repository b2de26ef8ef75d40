package vn.thidua.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * Reads the guides packed from docs/guide (classpath {@code help/}) and renders them as
 * HTML for the help pages. Links between guides ({@code reporter.md}) become links to
 * their help pages and pictures ({@code images/x.png}) to the help's images, so the same
 * Markdown reads on GitHub and in the app. Raw HTML in a guide is escaped.
 */
@Service
public class Guides {

	/** The index of the guides: docs/guide/README.md. */
	public static final String INDEX = "README";

	private static final Pattern IMAGE = Pattern.compile("[a-z0-9-]+\\.png");

	private static final Pattern GUIDE_LINK = Pattern.compile("([a-zA-Z-]+)\\.md(#.*)?");

	private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();

	private final Map<String, RenderedGuide> rendered = new ConcurrentHashMap<>();

	/** A guide as HTML, with the text of its first heading as its title. */
	public record RenderedGuide(String title, String html) {
	}

	/**
	 * The guide {@code page} ({@link #INDEX} or a {@link Guide#page()}), its links
	 * pointing under {@code base} (the help pages' path, ending in a slash).
	 */
	public Optional<RenderedGuide> render(String page, String base) {
		if (!page.equals(INDEX) && Guide.of(page).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(rendered.computeIfAbsent(page + "|" + base, key -> toHtml(read(page + ".md"), base)));
	}

	/** A picture of the guides, by file name; nothing for any other name. */
	public Optional<Resource> image(String name) {
		if (!IMAGE.matcher(name).matches()) {
			return Optional.empty();
		}
		Resource image = new ClassPathResource("help/images/" + name);
		return image.exists() ? Optional.of(image) : Optional.empty();
	}

	private RenderedGuide toHtml(String markdown, String base) {
		Node document = parser.parse(markdown);
		HtmlRenderer renderer = HtmlRenderer.builder()
			.extensions(List.of(TablesExtension.create()))
			.escapeHtml(true)
			.sanitizeUrls(true)
			.attributeProviderFactory(context -> (node, tag, attributes) -> {
				if (node instanceof Link && attributes.containsKey("href")) {
					attributes.put("href", link(attributes.get("href"), base));
				}
				if (node instanceof Image && attributes.containsKey("src")) {
					String src = attributes.get("src");
					attributes.put("src", src.startsWith("images/") ? base + src : src);
					attributes.put("loading", "lazy");
				}
				if (node instanceof TableBlock) {
					attributes.put("class", "table table-sm table-bordered w-auto");
				}
			})
			.build();
		return new RenderedGuide(title(markdown), renderer.render(document));
	}

	static String link(String href, String base) {
		var guide = GUIDE_LINK.matcher(href);
		if (!guide.matches()) {
			return href;
		}
		String anchor = guide.group(2) == null ? "" : guide.group(2);
		String index = base.substring(0, base.length() - 1);
		return (guide.group(1).equals(INDEX) ? index : base + guide.group(1)) + anchor;
	}

	private static String title(String markdown) {
		return markdown.lines()
			.filter(line -> line.startsWith("# "))
			.map(line -> line.substring(2).strip())
			.findFirst()
			.orElse("");
	}

	private static String read(String file) {
		try (InputStream in = new ClassPathResource("help/" + file).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The guide " + file + " is not packed into the application", ex);
		}
	}

}
