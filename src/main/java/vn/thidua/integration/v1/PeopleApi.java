package vn.thidua.integration.v1;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.award.DirectoryFilter;
import vn.thidua.award.DirectoryRow;
import vn.thidua.award.InvalidPerson;
import vn.thidua.award.PeopleDirectory;
import vn.thidua.award.Person;
import vn.thidua.integration.ApiLocale;
import vn.thidua.integration.ApiProblemWriter;
import vn.thidua.integration.v1.RegistryApi.Slice;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * The people of the key's subtree, as the directory shows them: personal identification
 * numbers always masked. People carry personal data, so every call needs a write key (an
 * officer's rights in the key's unit).
 */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "people", description = "Danh bạ cá nhân / The people directory")
class PeopleApi {

	private final PeopleDirectory directory;

	private final PeopleIntake intake;

	private final UnitCatalog units;

	private final ApiProblemWriter problems;

	private final MessageSource messages;

	PeopleApi(PeopleDirectory directory, PeopleIntake intake, UnitCatalog units, ApiProblemWriter problems,
			MessageSource messages) {
		this.directory = directory;
		this.intake = intake;
		this.units = units;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Cá nhân trong phạm vi của khóa / People in the key's scope",
			description = "Theo thứ tự tên, theo con trỏ; tên có dấu hoặc không dấu / In name order by cursor; "
					+ "names with or without diacritics")
	Slice<PersonView> list(@RequestParam(required = false) @Nullable @Size(max = 200) String name,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable @Min(1900) @Max(2100) Integer bornIn,
			@RequestParam(required = false) @Nullable @Size(max = 200) String position,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = Paged.DEFAULT_SIZE) @Min(1) @Max(100) int size, CurrentUser user) {
		Long unitId = unit == null ? null
				: units.findByCode(unit)
					.filter(found -> units.isWithin(found.id(), user.unitId()))
					.orElseThrow(() -> new NotFoundException("unit", unit))
					.id();
		List<DirectoryRow> rows = directory.page(new DirectoryFilter(name, unitId, bornIn, position, after(cursor)),
				size, user);
		List<DirectoryRow> page = rows.stream().limit(size).toList();
		String next = rows.size() > size ? String.valueOf(page.getLast().id()) : null;
		return new Slice<>(page.stream().map(PersonView::of).toList(), size, next,
				next == null ? null : Paged.link("cursor", next));
	}

	private static @Nullable Long after(@Nullable String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		if (!cursor.matches("\\d{1,18}")) {
			throw new InvalidField("cursor", "api.cursor.invalid");
		}
		return Long.valueOf(cursor);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một cá nhân / One person")
	PersonView get(@PathVariable long id, CurrentUser user) {
		Person person = directory.show(id, user);
		UnitRow unit = units.get(person.getUnitId());
		return PersonView.of(person, unit);
	}

	@PostMapping("/lookup")
	@Operation(summary = "Tìm theo số định danh cá nhân / Find by personal identification number",
			description = "Số gửi trong nội dung, không trong đường dẫn / The number goes in the body, never the URL")
	PersonView lookup(@Valid @RequestBody LookupRequest request, CurrentUser user) {
		return directory.byPersonalId(request.personalId(), user)
			.map(PersonView::of)
			.orElseThrow(() -> new NotFoundException("person", "personalId"));
	}

	@PostMapping
	@Operation(summary = "Thêm cá nhân / Add a person",
			description = "Đơn vị trong phạm vi của khóa; nếu đã có người cùng tên (và ngày sinh) trong tỉnh thì cần "
					+ "confirmed=true / A unit of the key's scope; a namesake in the province needs confirmed=true")
	ResponseEntity<PersonView> create(@Valid @RequestBody NewPersonRequest request,
			@Parameter(description = "Gửi lại cùng khóa thì nhận lại cá nhân đã tạo / A repeat returns the same "
					+ "person") @RequestHeader(name = Idempotency.HEADER,
							required = false) @Nullable String idempotencyKey,
			CurrentUser user) {
		PeopleIntake.Created created = intake.create(request, idempotencyKey, user);
		PersonView view = get(created.id(), user);
		return created.replayed() ? ResponseEntity.ok().header("Idempotent-Replayed", "true").body(view)
				: ResponseEntity.status(HttpStatus.CREATED).body(view);
	}

	@ExceptionHandler(InvalidPerson.class)
	ResponseEntity<ProblemDetail> invalid(InvalidPerson invalid, HttpServletRequest request) {
		ProblemDetail problem = problems.problem(request, HttpStatus.BAD_REQUEST, "api.invalid");
		problem.setProperty("errors",
				invalid.problems()
					.stream()
					.map(p -> Map.of("field", p.field(), "message",
							messages.getMessage(p.messageKey(), p.args(), ApiLocale.of(request))))
					.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(PeopleIntake.Namesakes.class)
	ResponseEntity<ProblemDetail> namesakes(PeopleIntake.Namesakes namesakes, HttpServletRequest request) {
		ProblemDetail problem = problems.problem(request, HttpStatus.CONFLICT, "api.people.namesakes");
		problem.setProperty("code", "api.people.namesakes");
		problem.setProperty("namesakes", namesakes.found().inScope().stream().map(PersonView::of).toList());
		problem.setProperty("namesakesOutOfScope", namesakes.found().outOfScope());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	record LookupRequest(
			@NotBlank @Pattern(regexp = "[0-9]{12}", message = "{person.personalId.format}") String personalId) {
	}

	record NewPersonRequest(@NotBlank @Size(max = 200) String fullName, @Nullable LocalDate birthDate,
			@Nullable @Pattern(regexp = "MALE|FEMALE", message = "{person.sex.unknown}") String sex,
			@Nullable @Size(max = 200) String position, @NotBlank @Size(max = 40) String unitCode,
			@Nullable @Size(max = 12) String personalId, @Nullable Boolean confirmed) {
	}

	/**
	 * A person as the API shows them; the personal identification number is masked.
	 */
	record PersonView(long id, String fullName, @Nullable LocalDate birthDate, @Nullable String sex,
			@Nullable String position, String unitCode, String unitName, @Nullable String personalId) {

		static PersonView of(DirectoryRow row) {
			return new PersonView(row.id(), row.fullName(), row.birthDate(), row.sex(), row.position(), row.unitCode(),
					row.unitName(), row.maskedPersonalId());
		}

		static PersonView of(Person person, UnitRow unit) {
			return new PersonView(person.getId(), person.getFullName(), person.getBirthDate(), person.getSex(),
					person.getPosition(), unit.code(), unit.name(), person.getMaskedPersonalId());
		}

	}

}
