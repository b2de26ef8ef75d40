package vn.thidua;

import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;

import vn.thidua.shared.database.InArrayFunction;
import vn.thidua.shared.importing.SheetPipeline;
import vn.thidua.shared.sheet.SheetReader;
import vn.thidua.support.Architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.freeze.FreezingArchRule.freeze;

/**
 * Architecture rules that used to hold by discipline, checked on the bytecode with
 * ArchUnit (plain unit tests, no Spring context). Module boundaries themselves are
 * {@link ModularityTests}. See docs/architecture.md.
 */
class ArchitectureTests {

	/**
	 * Controllers ({@code @Controller}, {@code @RestController}) are reached through
	 * their routes only, so nothing outside their package needs to see them.
	 */
	@Test
	void theRulesSeeTheWholeApplication() {
		assertThat(Architecture.mainClasses().that(JavaClass.Predicates.simpleName("ThiDuaApplication"))).hasSize(1);
		assertThat(Architecture.mainClasses()
			.stream()
			.filter((type) -> type.isMetaAnnotatedWith(Controller.class))
			.count()).as("controllers found").isGreaterThan(40);
		assertThat(Architecture.mainClasses().stream().filter((type) -> type.isAnnotatedWith(Entity.class)).count())
			.as("entities found")
			.isGreaterThan(40);
		assertThat(Architecture.mainClasses()
			.stream()
			.filter((type) -> type.isInterface() && type.isAssignableTo(Repository.class))
			.count()).as("Spring Data repositories found (their supertypes resolved up to Repository)")
			.isGreaterThan(30);
	}

	@Test
	void controllersArePackagePrivate() {
		ArchRule rule = classes().that()
			.areMetaAnnotatedWith(Controller.class)
			.should()
			.notBePublic()
			.because("a controller is reached through its routes, not from other code");
		rule.check(Architecture.mainClasses());
	}

	/**
	 * Controllers call the module's services, which check the user's data scope; a
	 * repository in a controller would bypass that check.
	 */
	@Test
	void controllersDoNotUseRepositories() {
		ArchRule rule = noClasses().that()
			.areMetaAnnotatedWith(Controller.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.because("reads and writes go through the services, which check the user's data scope");
		rule.check(Architecture.mainClasses());
	}

	/**
	 * JPA stays in the persistence layer: entities and their embeddables and mapped
	 * superclasses, JPA attribute converters, and Spring Data repositories. The services
	 * that used {@code EntityManager} (pessimistic locks, the audit log's metamodel)
	 * before the rule existed are frozen in src/test/resources/archunit-store: they may
	 * shrink, new ones fail the build.
	 */
	@Test
	void jpaStaysInEntitiesAndRepositories() {
		DescribedPredicate<JavaClass> persistenceLayer = DescribedPredicate.describe(
				"entities, embeddables, mapped superclasses, converters or repositories",
				(type) -> type.isAnnotatedWith(Entity.class) || type.isAnnotatedWith(Embeddable.class)
						|| type.isAnnotatedWith(MappedSuperclass.class) || type.isAnnotatedWith(Converter.class)
						|| type.isAssignableTo(Repository.class));
		ArchRule rule = noClasses().that(DescribedPredicate.not(persistenceLayer))
			.should()
			.dependOnClassesThat()
			.resideInAPackage("jakarta.persistence..")
			.as("no jakarta.persistence outside entities, converters and repositories");
		freeze(rule).check(Architecture.mainClasses());
	}

	/**
	 * Repository queries bind id lists as one array ({@code in_array(e.id, :ids)}, see
	 * {@link InArrayFunction}): Hibernate caches no plan for a query that binds a
	 * collection and translates it again on every call.
	 */
	@Test
	void repositoryQueriesBindNoCollections() {
		DescribedPredicate<List<JavaClass>> aCollection = DescribedPredicate.describe("a collection",
				(types) -> types.stream().anyMatch((type) -> Iterable.class.isAssignableFrom(type.reflect())));
		noMethods().that()
			.areDeclaredInClassesThat()
			.areAssignableTo(Repository.class)
			.should()
			.haveRawParameterTypes(aCollection)
			.because("a query binding a collection is translated again on every call")
			.check(Architecture.mainClasses());
		noClasses().should()
			.callMethodWhere(DescribedPredicate.describe("Spring Data's findAllById",
					(call) -> call.getName().equals("findAllById")
							&& call.getTargetOwner().isAssignableTo(Repository.class)))
			.because("a query binding a collection is translated again on every call")
			.check(Architecture.mainClasses());
	}

	/**
	 * There is one way to read an import sheet: {@code shared.importing}'s
	 * {@link SheetPipeline} maps the header row to declared columns, checks the required
	 * ones, skips blank rows and holds the row limit, streaming a large sheet or reading
	 * a small one whole. Everyone else receives its lines; {@link SheetReader}'s row
	 * reading ({@code read}, {@code forEach}, {@code columns}) stays inside the pipeline,
	 * while its date parsing is for everyone.
	 */
	@Test
	void onlyTheImportPipelineReadsSheetRows() {
		importPipelineOnly("vn.thidua.shared.importing", "vn.thidua.shared.sheet").check(Architecture.mainClasses());
	}

	/**
	 * The rule above sees the pipeline's own row reading when the pipeline is not exempt,
	 * so it would see anyone else's.
	 */
	@Test
	void theSheetRuleSeesRowReading() {
		assertThat(importPipelineOnly("vn.thidua.shared.sheet")
			.evaluate(Architecture.mainClasses().that(JavaClass.Predicates.belongToAnyOf(SheetPipeline.class)))
			.hasViolation()).isTrue();
	}

	private static ArchRule importPipelineOnly(String... allowedPackages) {
		Set<String> rowReading = Set.of("read", "forEach", "columns");
		DescribedPredicate<JavaAccess<?>> readsRows = DescribedPredicate.describe(
				"SheetReader's row reading (read, forEach, columns)",
				(access) -> access.getTargetOwner().isEquivalentTo(SheetReader.class)
						&& rowReading.contains(access.getName()));
		return noClasses().that()
			.resideOutsideOfPackages(allowedPackages)
			.should()
			.accessTargetWhere(readsRows)
			.because(
					"an import sheet is read through shared.importing's SheetPipeline, the one sheet-import mechanism");
	}

	/**
	 * A {@code JdbcClient} query is read as a list, never as a stream: the stream holds
	 * its connection until it is closed, and outside a transaction nothing else closes
	 * it, so an unclosed one leaks a pooled connection for good.
	 */
	@Test
	void jdbcQueriesAreNotStreamed() {
		noClasses().should()
			.callMethodWhere(DescribedPredicate.describe("JdbcClient's stream()",
					(call) -> call.getName().equals("stream")
							&& (call.getTargetOwner().isEquivalentTo(JdbcClient.MappedQuerySpec.class)
									|| call.getTargetOwner().isEquivalentTo(JdbcClient.ResultQuerySpec.class))))
			.because("an unclosed stream keeps its connection from the pool")
			.check(Architecture.mainClasses());
	}

	/**
	 * A request parameter that may be missing says {@code required = false} or has a
	 * default, not only {@code @Nullable}: for a required parameter that is missing,
	 * Spring asks {@code MethodParameter.isOptional()}, which parses the parameter's
	 * nullness annotations again on every request. That was a quarter of the API
	 * registry's CPU.
	 */
	@Test
	void optionalRequestParametersAreNotRequired() {
		optionalParametersNotRequired().check(Architecture.mainClasses());
	}

	@Test
	void theRequestParameterRuleSeesANullableRequiredParameter() {
		assertThat(optionalParametersNotRequired()
			.evaluate(new ClassFileImporter().importClasses(NullableRequiredParameter.class))
			.hasViolation()).isTrue();
	}

	private static ArchRule optionalParametersNotRequired() {
		return methods().that()
			.areDeclaredInClassesThat()
			.areMetaAnnotatedWith(Controller.class)
			.or()
			.areDeclaredIn(NullableRequiredParameter.class)
			.should(new ArchCondition<JavaMethod>("mark a @Nullable @RequestParam required = false") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					for (Parameter parameter : method.reflect().getParameters()) {
						RequestParam param = parameter.getAnnotation(RequestParam.class);
						if (param != null && param.required()
								&& ValueConstants.DEFAULT_NONE.equals(param.defaultValue())
								&& parameter.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
							events.add(SimpleConditionEvent.violated(method,
									method.getFullName() + " " + parameter.getName() + " is @Nullable but required"));
						}
					}
				}
			});
	}

	static class NullableRequiredParameter {

		String list(@RequestParam @Nullable String name) {
			return String.valueOf(name);
		}

	}

}
