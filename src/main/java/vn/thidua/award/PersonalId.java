package vn.thidua.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The personal identification number (số định danh cá nhân) as Thông tư 59/2021/TT-BCA,
 * Điều 7 lays it out: twelve digits — three for the province or country of birth
 * registration (001–096), one for century and sex (0/1 for men/women born 1900–1999, 2/3
 * for 2000–2099, 4/5, 6/7 and 8/9 for the next three centuries), two for the last digits
 * of the birth year, then six random digits. The random digits carry no check digit, so a
 * well-formed number may still be wrong: it is checked against the birth date and sex
 * where they are known.
 */
public final class PersonalId {

	private PersonalId() {
	}

	/**
	 * The message keys of what is wrong with the number, empty when it is well formed and
	 * agrees with the birth year and sex that are known.
	 */
	public static List<String> problems(String number, @Nullable LocalDate birthDate, @Nullable String sex) {
		List<String> problems = new ArrayList<>();
		if (!number.matches("[0-9]{12}")) {
			problems.add("person.personalId.format");
			return problems;
		}
		int province = Integer.parseInt(number.substring(0, 3));
		if (province < 1 || province > 96) {
			problems.add("person.personalId.province");
		}
		int code = number.charAt(3) - '0';
		// the code's century runs from year 1900 + 100 × (code / 2) to 99 years later
		int century = 19 + code / 2;
		if (birthDate != null) {
			int year = birthDate.getYear();
			if (year / 100 != century) {
				problems.add("person.personalId.century");
			}
			else if (year % 100 != Integer.parseInt(number.substring(4, 6))) {
				problems.add("person.personalId.year");
			}
		}
		if (sex != null && !sex.isBlank() && !sex.equals(code % 2 == 0 ? "MALE" : "FEMALE")) {
			problems.add("person.personalId.sex");
		}
		return problems;
	}

	/**
	 * The number as lists and the API show it: its last four digits.
	 */
	public static @Nullable String mask(@Nullable String number) {
		if (number == null || number.isBlank()) {
			return null;
		}
		return "********" + number.substring(Math.max(0, number.length() - 4));
	}

}
