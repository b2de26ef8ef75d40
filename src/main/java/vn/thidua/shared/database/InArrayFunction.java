package vn.thidua.shared.database;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * {@code in_array(e.id, :ids)} for JPA queries: {@code e.id = any(?)} with the ids bound
 * as one array. Hibernate caches no plan for a query that binds a collection
 * ({@code in :ids}, {@code findAllById}) and translates it again on every call — a third
 * of the statistics page's time went there (docs/benchmarks.md); an array is one value,
 * so the plan is kept, and PostgreSQL still uses the column's index.
 */
public class InArrayFunction implements FunctionContributor {

	@Override
	public void contributeFunctions(FunctionContributions functions) {
		functions.getFunctionRegistry()
			.registerPattern("in_array", "(?1 = any(?2))",
					functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
	}

}
