package vn.thidua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import com.deepoove.poi.template.BlockTemplate;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;
import com.deepoove.poi.template.run.RunTemplate;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * Fills a template with poi-tl, and checks a template before it is kept: every field it
 * names must be one of its kind's, used in its shape. Only plain names are allowed (no
 * expressions), so an uploaded template can read nothing but the fields it is given.
 */
final class DraftEngine {

	private static final Pattern COLUMN = Pattern.compile("\\[([^\\]\\[]*)\\]");

	private DraftEngine() {
	}

	static void render(byte[] template, Draft draft, OutputStream out) throws IOException {
		try (XWPFTemplate filled = XWPFTemplate.compile(new ByteArrayInputStream(template), configure(draft.kind()))) {
			filled.render(draft.values());
			filled.write(out);
		}
	}

	/**
	 * Refuses a file Word cannot open as a document, and a template naming anything its
	 * kind does not have; lists every unknown field at once.
	 */
	static void check(DraftKind kind, byte[] template) {
		List<String> problems = new ArrayList<>();
		try (XWPFTemplate compiled = XWPFTemplate.compile(new ByteArrayInputStream(template), configure(kind))) {
			compiled.getElementTemplates().forEach(element -> check(kind, element, null, problems));
		}
		catch (IOException | RuntimeException ex) {
			throw new BusinessRuleViolation("draft.template.unreadable");
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleViolation("draft.template.unknownFields", String.join(", ", problems));
		}
	}

	private static void check(DraftKind kind, MetaTemplate element, @Nullable DraftField inside,
			List<String> problems) {
		if (element instanceof BlockTemplate block) {
			String name = block.getStartMark().getTagName();
			DraftField field = kind.field(name).orElse(null);
			boolean section = field != null && inside == null
					&& (field.shape() == DraftField.Shape.LIST || isFlag(name));
			if (!section) {
				problems.add("{{?" + name + "}}");
				return;
			}
			@Nullable DraftField scope = field.shape() == DraftField.Shape.LIST ? field : null;
			block.getTemplates().forEach(child -> check(kind, child, scope, problems));
			return;
		}
		if (!(element instanceof ElementTemplate tag)) {
			return;
		}
		String name = tag.getTagName();
		String written = "{{" + (tag.getSign() == null || tag.getSign() == '\0' ? "" : tag.getSign()) + name + "}}";
		if (tag.getSign() != null && tag.getSign() != '\0') {
			problems.add(written);
			return;
		}
		if (inside != null) {
			if (!inside.parts().contains(name)) {
				problems.add(written);
			}
			return;
		}
		DraftField field = kind.field(name).orElse(null);
		if (field == null || field.shape() == DraftField.Shape.LIST || isFlag(name)) {
			problems.add(written);
		}
		else if (field.shape() == DraftField.Shape.TABLE) {
			Set<String> columns = columns(tag);
			if (columns == null) {
				problems.add(written);
				return;
			}
			columns.stream()
				.filter(column -> !field.parts().contains(column))
				.forEach(column -> problems.add("[" + column + "]"));
		}
	}

	private static boolean isFlag(String name) {
		return name.equals("hasParent") || name.equals("hasAuthority");
	}

	/**
	 * The columns a table field's repeated row names (the row below the one holding the
	 * field), or null when the field is not in a table.
	 */
	private static @Nullable Set<String> columns(ElementTemplate tag) {
		if (!(tag instanceof RunTemplate run && run.getRun().getParent() instanceof XWPFParagraph paragraph
				&& paragraph.getBody() instanceof XWPFTableCell cell)) {
			return null;
		}
		XWPFTableRow row = cell.getTableRow();
		List<XWPFTableRow> rows = row.getTable().getRows();
		int next = rows.indexOf(row) + 1;
		Set<String> names = new LinkedHashSet<>();
		if (next < rows.size()) {
			rows.get(next).getTableCells().forEach(each -> {
				Matcher matcher = COLUMN.matcher(each.getText());
				while (matcher.find()) {
					names.add(matcher.group(1));
				}
			});
		}
		return names;
	}

	private static Configure configure(DraftKind kind) {
		ConfigureBuilder builder = Configure.builder();
		kind.fields()
			.stream()
			.filter(field -> field.shape() == DraftField.Shape.TABLE)
			.forEach(field -> builder.bind(field.name(), new LoopRowTableRenderPolicy()));
		return builder.build();
	}

}
