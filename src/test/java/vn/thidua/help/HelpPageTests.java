package vn.thidua.help;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The guides exist in Vietnamese only: an English reader is told so rather than left with
 * a page in another language, and the guide declares its language.
 */
@IntegrationTest
class HelpPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorldUsers users;

	@Test
	void anEnglishReaderIsToldTheGuidesAreInVietnamese() throws Exception {
		mvc.perform(get("/help/officer").param("lang", "en").with(users.as("officer.tv")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The user guides are written in Vietnamese only")))
			.andExpect(content().string(containsString("<article class=\"guide\" id=\"guide\" lang=\"vi\">")));
	}

	@Test
	void aVietnameseReaderIsNotToldWhatTheyAlreadyRead() throws Exception {
		mvc.perform(get("/help/officer").param("lang", "vi").with(users.as("officer.tv")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("guides-in-vietnamese"))))
			.andExpect(content().string(containsString("<article class=\"guide\" id=\"guide\" lang=\"vi\">")));
	}

}
