package vn.thidua.proposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import vn.thidua.award.RuleResult;
import vn.thidua.award.Severity;

/**
 * A line's verdict in words, for the proposal page and the API alike: each rule's result
 * with its message rendered in the reader's language and its legal source, and the
 * earlier proposal that blocks it. One code path, so the page, the submit check and the
 * API never disagree.
 */
@Component
public class LineExplanations {

	/** The rule code of the refusal for a subject already in a proposal sent earlier. */
	public static final String EARLIER_PROPOSAL = "EARLIER_PROPOSAL";

	private final MessageSource messages;

	LineExplanations(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * One result in words.
	 */
	public record Explained(String rule, boolean passed, Severity severity, String message,
			@Nullable String legalSource) {

		public boolean blocks() {
			return !passed && severity == Severity.BLOCKING;
		}

	}

	public List<Explained> explain(LineVerdict verdict, Locale locale) {
		List<Explained> explained = new ArrayList<>();
		if (verdict.alsoProposedIn() != null) {
			explained
				.add(new Explained(EARLIER_PROPOSAL, false, Severity.BLOCKING,
						messages.getMessage(
								new DefaultMessageSourceResolvable(new String[] { "proposal.earlierProposal" },
										new Object[] { verdict.alsoProposedIn(), verdict.earlierProposalId() }),
								locale),
						null));
		}
		for (RuleResult result : verdict.eligibility().results()) {
			explained.add(new Explained(result.ruleCode(), result.passed(), result.severity(),
					messages.getMessage(
							new DefaultMessageSourceResolvable(new String[] { result.messageKey() }, result.args()),
							locale),
					result.legalSource()));
		}
		return explained;
	}

	/**
	 * Every line of the page in words, by line id.
	 */
	public Map<Long, List<Explained>> explain(ProposalPage page, Locale locale) {
		Map<Long, List<Explained>> explained = new LinkedHashMap<>();
		page.lines().forEach(line -> explained.put(line.getId(), explain(page.verdicts().get(line.getId()), locale)));
		return explained;
	}

}
